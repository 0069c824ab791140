#include "ViolationQuery.h"

#include "models/db/Database.h"
#include "models/db/SearchIndex.h"
#include "models/governance/ViolationTerms.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QUuid>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ViolationQuery)
};

QString fromClause(const SqlDialect& dialect, bool hasAppTables)
{
    QString from = dialect.withSources(
        QStringLiteral("governance_violations v LEFT JOIN governance_policies p ON p.policy_id = v.policy_id"));
    if (hasAppTables) {
        from += QStringLiteral(" LEFT JOIN %1 a ON a.violation_id = %2")
                    .arg(dialect.appTable(QStringLiteral("violation_assignments")),
                         dialect.asText(QStringLiteral("v.violation_id")));
    }
    return from;
}

void addIn(QStringList& where, QVariantList& binds, const QString& column, const QStringList& values)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const QString& value : values) {
        marks << QStringLiteral("?");
        binds << value;
    }
    where << QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
}

QDateTime timestampOf(const QVariant& raw)
{
    return parseTimestamp(raw);
}

// The queue's columns of the current row (the same SELECT list serves lists and the detail).
void readRow(const QSqlQuery& q, ViolationRow& row)
{
    row.severity = q.value(ViolationQuery::Severity).toString();
    row.status = q.value(ViolationQuery::Status).toString();
    row.type = q.value(ViolationQuery::Type).toString();
    row.clientId = q.value(ViolationQuery::Client).toString();
    row.modelVersion = q.value(ViolationQuery::ModelVersion).toString();
    row.policyName = q.value(ViolationQuery::PolicyName).toString();
    row.assignee = q.value(ViolationQuery::Assignee).toString();
    row.detectedAt = timestampOf(q.value(ViolationQuery::DetectedAt));
    row.dueAt = timestampOf(q.value(ViolationQuery::DueAt));
    row.description = q.value(ViolationQuery::Description).toString();
    row.violationId = q.value(ViolationQuery::ViolationId).toString();
    row.resolvedAt = timestampOf(q.value(ViolationQuery::ResolvedAt));
    row.policyId = q.value(ViolationQuery::PolicyId).toString();
}
} // namespace

bool ViolationFilter::isEmpty() const
{
    return statuses.isEmpty() && !activeOnly && severities.isEmpty() && types.isEmpty() && clients.isEmpty() &&
           modelVersion.isEmpty() && assignee.isEmpty() && !unassignedOnly && policyId.isEmpty() && !overdueOnly &&
           search.isEmpty();
}

bool ViolationQuery::isSortable(ViolationQuery::Column column)
{
    return column != Description && column >= 0 && column < ColumnCount;
}

void ViolationQuery::readSearchIndexes(Database& database, ViolationQueryContext& context)
{
    const Result<bool> indexed = SearchIndex::isPresent(database, QStringLiteral("governance_violations"));
    context.searchIndex = indexed && *indexed;
    const Result<bool> marked = SearchIndex::hasMarkedIndex(database, QStringLiteral("governance_violations"));
    context.searchMarks = marked && *marked;
}

PagedQuery ViolationQuery::queue(const SqlDialect& dialect, const ViolationFilter& filter,
                                 const ViolationQueryContext& context, ViolationQuery::Column sortColumn,
                                 bool descending)
{
    const QString due = dialect.plusDaysTimestamp(QStringLiteral("v.detected_at"),
                                                  context.deadlines.daysSql(QStringLiteral("v.severity")));
    const QString assignee = context.hasAppTables ? QStringLiteral("a.assignee") : QStringLiteral("NULL");
    PagedQuery query;
    query.columns = {
        PagedQuery::Column{QStringLiteral("severity"), QStringLiteral("v.severity"), LogicalType::Text, false},
        PagedQuery::Column{QStringLiteral("status"), QStringLiteral("v.status"), LogicalType::Text, false},
        PagedQuery::Column{QStringLiteral("violation_type"), QStringLiteral("v.violation_type"), LogicalType::Text,
                           false},
        PagedQuery::Column{QStringLiteral("client_id"), QStringLiteral("v.client_id"), LogicalType::Text, false},
        PagedQuery::Column{QStringLiteral("model_version"), QStringLiteral("v.model_version"), LogicalType::Text,
                           false},
        PagedQuery::Column{QStringLiteral("policy_name"), QStringLiteral("p.policy_name"), LogicalType::Text, false},
        PagedQuery::Column{QStringLiteral("assignee"), assignee, LogicalType::Text, false},
        PagedQuery::Column{QStringLiteral("detected_at"), QStringLiteral("v.detected_at"), LogicalType::Timestamp,
                           false},
        // Age is shown from detected_at (and resolved_at) against the clock; selected again so
        // that the column has a value to sort by.
        PagedQuery::Column{QStringLiteral("age"), QStringLiteral("v.detected_at"), LogicalType::Timestamp, false},
        PagedQuery::Column{QStringLiteral("due_at"), due, LogicalType::Timestamp, false},
        PagedQuery::Column{QStringLiteral("description"), QStringLiteral("v.description"), LogicalType::Text, false},
        PagedQuery::Column{QStringLiteral("violation_id"), dialect.asText(QStringLiteral("v.violation_id")),
                           LogicalType::Uuid, false},
        PagedQuery::Column{QStringLiteral("resolved_at"), QStringLiteral("v.resolved_at"), LogicalType::Timestamp,
                           false},
        PagedQuery::Column{QStringLiteral("policy_id"), dialect.asText(QStringLiteral("v.policy_id")),
                           LogicalType::Uuid, false},
    };
    query.from = fromClause(dialect, context.hasAppTables);
    query.key = QStringLiteral("v.id");

    QStringList where;
    QVariantList binds;
    addIn(where, binds, QStringLiteral("v.status"), filter.statuses);
    if (filter.activeOnly)
        where << QStringLiteral("v.status NOT IN %1").arg(ViolationTerms::closedStatusSql());
    addIn(where, binds, QStringLiteral("v.severity"), filter.severities);
    addIn(where, binds, QStringLiteral("v.violation_type"), filter.types);
    addIn(where, binds, QStringLiteral("v.client_id"), filter.clients);
    if (!filter.modelVersion.isEmpty()) {
        where << QStringLiteral("v.model_version = ?");
        binds << filter.modelVersion;
    }
    if (!filter.policyId.isEmpty()) {
        where << dialect.asText(QStringLiteral("v.policy_id")) + QStringLiteral(" = ?");
        binds << filter.policyId;
    }
    if (filter.unassignedOnly) {
        where << QStringLiteral("%1 IS NULL").arg(assignee);
    } else if (!filter.assignee.isEmpty()) {
        // Without Steward's tables nobody is assigned anything.
        where << (context.hasAppTables ? QStringLiteral("a.assignee = ?") : QStringLiteral("1 = 0"));
        if (context.hasAppTables)
            binds << filter.assignee;
    }
    if (filter.overdueOnly) {
        where << context.deadlines.overdueSql(dialect, QStringLiteral("v.detected_at"), QStringLiteral("v.severity"),
                                              QStringLiteral("v.status"));
        binds << SqlDialect::instantValue(context.now);
    }
    if (!filter.search.isEmpty()) {
        // The index names candidates; the LIKE decides, as without it.
        if (context.searchIndex && dialect.isSqlite() && SearchIndex::canSearch(filter.search)) {
            where << SearchIndex::candidates(dialect, QStringLiteral("governance_violations"), QStringLiteral("v.id"));
            binds << SearchIndex::phrase(filter.search);
        }
        if (context.searchMarks && !dialect.isSqlite() && SearchIndex::marksHelp(filter.search)) {
            where << SearchIndex::markedText(QStringLiteral("v.description")) + QStringLiteral(" ILIKE ?");
            binds << SearchIndex::markedPattern(filter.search);
        }
        where << dialect.containsMatch(QStringLiteral("v.description"), QStringLiteral("?"));
        binds << SqlDialect::likePattern(filter.search);
    }
    query.where = where.join(QStringLiteral(" AND "));
    query.binds = binds;

    // Sort expressions come from this allow-list, never from the caller's text.
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    const QString closedLast =
        QStringLiteral("CASE WHEN v.status IN %1 THEN 1 ELSE 0 END").arg(ViolationTerms::closedStatusSql());
    const QString dueInstant = dialect.plusDaysInstant(QStringLiteral("v.detected_at"),
                                                       context.deadlines.daysSql(QStringLiteral("v.severity")));
    QString order;
    switch (isSortable(sortColumn) ? sortColumn : DueAt) {
    case Severity:
        order = ViolationTerms::severityRankSql(QStringLiteral("v.severity")) +
                (descending ? QString() : QStringLiteral(" DESC"));
        break;
    case Status:
        order = QStringLiteral("v.status") + direction;
        break;
    case Type:
        order = QStringLiteral("v.violation_type") + direction;
        break;
    case Client:
        order = QStringLiteral("v.client_id") + direction;
        break;
    case ModelVersion:
        order = QStringLiteral("v.model_version") + direction;
        break;
    case PolicyName:
        order = QStringLiteral("p.policy_name") + direction;
        break;
    case Assignee:
        order = QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, %1%2").arg(assignee, direction);
        break;
    case DetectedAt:
        order = dialect.instant(QStringLiteral("v.detected_at")) + direction;
        break;
    case Age: // oldest first is the longest age
        order = dialect.instant(QStringLiteral("v.detected_at")) + (descending ? QString() : QStringLiteral(" DESC"));
        break;
    case ViolationId:
        order = QStringLiteral("v.violation_id") + direction;
        break;
    case ResolvedAt:
        order = QStringLiteral("CASE WHEN v.resolved_at IS NULL THEN 1 ELSE 0 END, %1%2")
                    .arg(dialect.instant(QStringLiteral("v.resolved_at")), direction);
        break;
    case PolicyId:
        order = QStringLiteral("v.policy_id") + direction;
        break;
    default: { // DueAt: open work first, nearest deadline first, no deadline after those
        const QString rank = ViolationTerms::severityRankSql(QStringLiteral("v.severity"));
        // Of the work already past its deadline, the most severe comes first: a critical an hour
        // late before a medium a week late.
        const QString overdueFirst = !descending && context.now.isValid() && context.severeOverdueFirst
                                         ? QStringLiteral("CASE WHEN %1 < %2 THEN %3 ELSE 0 END DESC, ")
                                               .arg(dueInstant, dialect.instantLiteral(context.now), rank)
                                         : QString();
        order = QStringLiteral("%1, %2CASE WHEN %3 IS NULL THEN 1 ELSE 0 END, %3%4, %5 DESC")
                    .arg(closedLast, overdueFirst, dueInstant, direction, rank);
        break;
    }
    }
    query.orderBy = order + QStringLiteral(", v.id") + direction;
    query.orderedByKey = false;
    // Urgency, age and severity are computed: no index serves them, so the order is read once
    // and pages are fetched by id instead of sorting every row again for each page.
    query.keysFirst = sortColumn != ViolationId && sortColumn != PolicyId;
    return query;
}

Result<QList<ViolationRow>> ViolationQuery::fetch(Database& database, const PagedQuery& query, int limit)
{
    QString sql = query.selectStatement();
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ?");
    QSqlQuery q = database.query();
    if (Outcome prepared = database.prepare(q, sql); !prepared)
        return prepared;
    for (const QVariant& bind : query.binds)
        q.addBindValue(bind);
    if (limit > 0)
        q.addBindValue(limit);
    if (Outcome ran = database.run(q, Text::tr("reading violations")); !ran)
        return ran;
    QList<ViolationRow> rows;
    while (q.next()) {
        ViolationRow row;
        readRow(q, row);
        rows << row;
    }
    return rows;
}

Result<qint64> ViolationQuery::count(Database& database, const PagedQuery& query)
{
    QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(query.from);
    if (!query.where.isEmpty())
        sql += QStringLiteral(" WHERE ") + query.where;
    QSqlQuery q = database.query();
    if (Outcome prepared = database.prepare(q, sql); !prepared)
        return prepared;
    for (const QVariant& bind : query.binds)
        q.addBindValue(bind);
    if (Outcome ran = database.run(q, Text::tr("counting violations")); !ran)
        return ran;
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QString> ViolationQuery::resolveId(Database& database, const QString& idOrPrefix)
{
    const QString text = idOrPrefix.trimmed().toLower();
    if (!QUuid::fromString(text).isNull())
        return text;
    // Other systems' ids need not be uuids (UrutiIQ's are cuids): a whole id is taken as given.
    const QString idText = database.dialect().asText(QStringLiteral("v.violation_id"));
    auto exact =
        database.select(database.dialect().withSources(
                            QStringLiteral("SELECT %1 FROM governance_violations v WHERE %1 = ? LIMIT 1").arg(idText)),
                        {idOrPrefix.trimmed()}, Text::tr("looking up violation %1").arg(idOrPrefix));
    if (!exact)
        return exact.failure();
    if (exact->next())
        return exact->value(0).toString();
    if (text.size() < 6)
        return Outcome::notFound(
            Text::tr("no violation with id %1 (give the id, or at least its first six characters)").arg(idOrPrefix));
    QSqlQuery q = database.query();
    q.prepare(database.dialect().withSources(
        QStringLiteral("SELECT %1 FROM governance_violations v WHERE %1 LIKE ? ESCAPE '\\' LIMIT 2")
            .arg(database.dialect().asText(QStringLiteral("v.violation_id")))));
    q.addBindValue(SqlDialect::likePattern(text).mid(1));
    if (Outcome ran = database.run(q, Text::tr("looking up violation %1").arg(idOrPrefix)); !ran)
        return ran;
    if (!q.next())
        return Outcome::notFound(Text::tr("no violation with id %1").arg(idOrPrefix));
    const QString id = q.value(0).toString();
    if (q.next())
        return Outcome::usage(
            Text::tr("%1 is the start of more than one violation id; give more of it").arg(idOrPrefix));
    return id;
}

Result<Violation> ViolationQuery::find(Database& database, const QString& violationId,
                                       const ViolationQueryContext& context)
{
    const SqlDialect& dialect = database.dialect();
    PagedQuery base = queue(dialect, {}, context);
    QStringList extra{dialect.jsonAsText(QStringLiteral("v.details")), QStringLiteral("v.resolution"),
                      QStringLiteral("v.resolved_by")};
    extra << (context.hasAppTables ? QStringLiteral("a.assigned_by") : QStringLiteral("NULL"));
    extra << (context.hasAppTables ? QStringLiteral("a.assigned_at") : QStringLiteral("NULL"));
    // On PostgreSQL the pipeline's id is a uuid: compare as one (using its index), and never send
    // the server text that is not a uuid. Another system's ids are its own text (UrutiIQ's cuids).
    const bool pipelineTable =
        dialect.source(QStringLiteral("governance_violations")) == QLatin1String("governance_violations");
    if (pipelineTable && !dialect.canNameUuid(violationId))
        return Outcome::notFound(Text::tr("no violation with id %1").arg(violationId));
    const QString match = pipelineTable ? QStringLiteral("v.violation_id = ") + dialect.uuidParameter()
                                        : dialect.asText(QStringLiteral("v.violation_id")) + QStringLiteral(" = ?");
    QSqlQuery q = database.query();
    const QString sql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4")
                            .arg(base.selectList(), extra.join(QStringLiteral(", ")), base.from, match);
    if (Outcome prepared = database.prepare(q, sql); !prepared)
        return prepared;
    q.addBindValue(violationId);
    if (Outcome ran = database.run(q, Text::tr("reading violation %1").arg(violationId)); !ran)
        return ran;
    if (!q.next())
        return Outcome::notFound(Text::tr("no violation with id %1").arg(violationId));
    Violation v;
    readRow(q, v);
    const int first = ColumnCount + 1; // after the key
    v.details = JsonCell::fromRaw(q.value(first));
    v.resolution = q.value(first + 1).toString();
    v.resolvedBy = q.value(first + 2).toString();
    v.assignedBy = q.value(first + 3).toString();
    v.assignedAt = timestampOf(q.value(first + 4));
    return v;
}

Result<QStringList> ViolationQuery::distinctValues(Database& database, ViolationQuery::Column column,
                                                   const ViolationQueryContext& context, int limit)
{
    QString expression;
    QString from = database.dialect().withSources(QStringLiteral("governance_violations v"));
    switch (column) {
    case Severity:
        expression = QStringLiteral("v.severity");
        break;
    case Status:
        expression = QStringLiteral("v.status");
        break;
    case Type:
        expression = QStringLiteral("v.violation_type");
        break;
    case Client:
        expression = QStringLiteral("v.client_id");
        break;
    case ModelVersion:
        expression = QStringLiteral("v.model_version");
        break;
    case Assignee:
        if (!context.hasAppTables)
            return QStringList();
        expression = QStringLiteral("a.assignee");
        from = database.appTable(QStringLiteral("violation_assignments")) + QStringLiteral(" a");
        break;
    default:
        return Outcome::usage(Text::tr("violations cannot be listed by that column"));
    }
    QSqlQuery q = database.query();
    q.prepare(
        QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY %1 LIMIT ?").arg(expression, from));
    q.addBindValue(limit);
    if (Outcome ran = database.run(q, Text::tr("reading filter choices")); !ran)
        return ran;
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace steward
