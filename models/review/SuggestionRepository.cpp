#include "SuggestionRepository.h"

#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/review/SuggestionArrivals.h"
#include "models/values/CellValue.h"
#include "models/workflow/TransitionEngine.h"
#include "models/workflow/Workflow.h"

#include <QCoreApplication>
#include <QSqlError>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionRepository)
};

bool isUuidColumn(const SchemaCatalog& catalog, const QString& table, const QString& column)
{
    const TableInfo* info = catalog.table(table);
    const ColumnInfo* columnInfo = info ? info->column(column) : nullptr;
    return columnInfo && columnInfo->type == LogicalType::Uuid;
}

QString textOf(const Database& database, const QString& column)
{
    return database.dialect().asText(column);
}

QString cycleColumns(const Database& database)
{
    return QStringLiteral(
               "state, current_iteration, max_iterations, mape_before, mape_after, %1, error_message, client_id")
        .arg(textOf(database, QStringLiteral("config_snapshot")));
}

CycleInfo cycleFrom(const QSqlQuery& q, const QString& cycleId, int first)
{
    CycleInfo cycle;
    cycle.cycleId = cycleId;
    cycle.state = q.value(first).toString();
    cycle.currentIteration = q.value(first + 1);
    cycle.maxIterations = q.value(first + 2);
    cycle.mapeBefore = q.value(first + 3);
    cycle.mapeAfter = q.value(first + 4);
    cycle.configSnapshot = JsonCell::fromRaw(q.value(first + 5));
    cycle.errorMessage = q.value(first + 6).toString();
    cycle.clientId = q.value(first + 7).toString();
    return cycle;
}

Outcome loadCycle(Database& database, const SchemaCatalog& catalog, SuggestionDetail& detail)
{
    if (detail.cycleId.isEmpty() || !catalog.hasTable(QStringLiteral("improvement_cycles")))
        return Outcome::ok();
    QSqlQuery q = database.query();
    q.prepare(QStringLiteral("SELECT %1 FROM improvement_cycles WHERE cycle_id = ?").arg(cycleColumns(database)));
    q.addBindValue(detail.cycleId);
    if (Outcome ran = database.run(q, Text::tr("reading cycle %1").arg(shortId(detail.cycleId))); !ran)
        return ran;
    if (q.next())
        detail.cycle = cycleFrom(q, detail.cycleId, 0);
    return Outcome::ok();
}

Outcome loadFirstSeen(Database& database, const SchemaCatalog& catalog, SuggestionDetail& detail)
{
    const QString arrivals = SuggestionArrivals::table(database.dialect());
    detail.arrivalsRecorded = catalog.hasTable(arrivals);
    if (!detail.arrivalsRecorded)
        return Outcome::ok();
    QSqlQuery q = database.query();
    q.prepare(QStringLiteral("SELECT a.first_seen_at FROM %1 a JOIN llm_suggestions s ON s.id = a.id "
                             "WHERE s.suggestion_id = ?")
                  .arg(arrivals));
    q.addBindValue(detail.suggestionId);
    if (Outcome ran = database.run(q, Text::tr("reading when Steward first saw %1").arg(shortId(detail.suggestionId)));
        !ran)
        return ran;
    if (q.next())
        detail.firstSeenAt = parseTimestamp(q.value(0));
    return Outcome::ok();
}

Outcome loadDecisions(Database& database, SuggestionDetail& detail)
{
    AuditChain::Filter filter;
    filter.targetKind = ItemKinds::suggestion().name;
    filter.targetId = detail.suggestionId;
    filter.limit = 200;
    auto history = AuditChain::list(database, filter);
    if (!history)
        return history.failure();
    detail.history = history.take();
    auto requests = RollbackRequests::listFor(database, RollbackRequests::kSuggestion, detail.suggestionId);
    if (!requests)
        return requests.failure();
    detail.rollbacks = requests.take();
    return Outcome::ok();
}
} // namespace

const RollbackRequest* SuggestionDetail::openRollback() const
{
    for (const RollbackRequest& request : rollbacks) {
        if (request.status == stateName(RollbackRequestState::Requested))
            return &request;
    }
    return nullptr;
}

QStringList SuggestionDetail::invalidJsonColumns() const
{
    QStringList columns;
    if (!parameterDiff.isNull && !parameterDiff.valid)
        columns << QStringLiteral("parameter_diff");
    if (!beforeMetrics.isNull && !beforeMetrics.valid)
        columns << QStringLiteral("before_metrics");
    if (!afterMetrics.isNull && !afterMetrics.valid)
        columns << QStringLiteral("after_metrics");
    return columns;
}

Result<SuggestionDetail> SuggestionRepository::find(Database& database, const SchemaCatalog& catalog,
                                                    const QString& suggestionId, bool withAppData)
{
    const QString table = QStringLiteral("llm_suggestions");
    const Outcome missing = Outcome::notFound(Text::tr("no suggestion with id %1").arg(suggestionId));
    if (isUuidColumn(catalog, table, QStringLiteral("suggestion_id")) && !database.dialect().canNameUuid(suggestionId))
        return missing;
    QSqlQuery q = database.query();
    const QStringList columns{textOf(database, QStringLiteral("suggestion_id")),
                              textOf(database, QStringLiteral("cycle_id")),
                              QStringLiteral("client_id"),
                              QStringLiteral("category"),
                              QStringLiteral("summary"),
                              QStringLiteral("reasoning"),
                              textOf(database, QStringLiteral("parameter_diff")),
                              textOf(database, QStringLiteral("before_metrics")),
                              textOf(database, QStringLiteral("after_metrics")),
                              QStringLiteral("status")};
    q.prepare(QStringLiteral("SELECT %1 FROM llm_suggestions WHERE suggestion_id = ?")
                  .arg(columns.join(QStringLiteral(", "))));
    q.addBindValue(suggestionId);
    if (Outcome ran = database.run(q, Text::tr("reading suggestion %1").arg(shortId(suggestionId))); !ran)
        return ran;
    if (!q.next())
        return missing;
    SuggestionDetail detail;
    detail.suggestionId = q.value(0).toString();
    detail.cycleId = q.value(1).toString();
    detail.clientId = q.value(2).toString();
    detail.category = q.value(3).toString();
    detail.summary = q.value(4).toString();
    detail.reasoning = q.value(5).toString();
    detail.parameterDiff = JsonCell::fromRaw(q.value(6));
    detail.beforeMetrics = JsonCell::fromRaw(q.value(7));
    detail.afterMetrics = JsonCell::fromRaw(q.value(8));
    detail.status = q.value(9).toString();
    detail.asOf = database.asOf();
    q.finish();
    if (Outcome loaded = loadCycle(database, catalog, detail); !loaded)
        return loaded;
    if (withAppData) {
        if (Outcome loaded = loadFirstSeen(database, catalog, detail); !loaded)
            return loaded;
        if (Outcome loaded = loadDecisions(database, detail); !loaded)
            return loaded;
    }
    return detail;
}

namespace {
// Whether an index of llm_suggestions on the server leads with `column`: then its few values are
// found by one probe each, where DISTINCT reads a million rows (PostgreSQL 15 has no skip scan);
// without one, a probe would be a scan, and DISTINCT scans once.
bool leadsAnIndexOnServer(Database& database, const QString& column)
{
    if (database.isSqlite())
        return false;
    auto found = database.hasRow(
        {QStringLiteral("SELECT 1 FROM pg_catalog.pg_index i JOIN pg_catalog.pg_attribute a ON a.attrelid = "
                        "i.indrelid AND a.attnum = i.indkey[0] WHERE i.indrelid = to_regclass('llm_suggestions') "
                        "AND i.indpred IS NULL AND a.attname = ?"),
         {column}},
        Text::tr("looking for an index on %1").arg(column));
    return found && *found;
}
} // namespace

bool SuggestionRepository::listsValuesQuickly(Database& database, const QString& column)
{
    return database.isSqlite() || leadsAnIndexOnServer(database, column);
}

Result<QStringList> SuggestionRepository::distinctValues(Database& database, const QString& column)
{
    static const QStringList allowed{QStringLiteral("status"), QStringLiteral("client_id"), QStringLiteral("category")};
    if (!allowed.contains(column))
        return Outcome::usage(Text::tr("no list of values for %1").arg(column));
    // The pipeline's columns are NOT NULL: both forms list the same values, in order.
    auto qResult =
        database.select(leadsAnIndexOnServer(database, column)
                            ? database.dialect().distinctIndexed(QStringLiteral("llm_suggestions"), column)
                            : QStringLiteral("SELECT DISTINCT %1 FROM llm_suggestions ORDER BY %1").arg(column),
                        Text::tr("listing the values of %1").arg(column));
    if (!qResult)
        return qResult.failure();
    QSqlQuery q = qResult.take();
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

QStringList SuggestionRepository::knownStatuses()
{
    return {stateName(SuggestionState::Pending), stateName(SuggestionState::Applied),
            stateName(SuggestionState::Rejected), stateName(SuggestionState::Rollback)};
}

QStringList SuggestionRepository::knownCategories()
{
    return {QStringLiteral("hyperparameter"), QStringLiteral("feature"),     QStringLiteral("event"),
            QStringLiteral("calendar"),       QStringLiteral("cross_audit"), QStringLiteral("other")};
}

Result<QList<CycleInfo>> SuggestionRepository::cycles(Database& database, const QString& clientId, int limit)
{
    QSqlQuery q = database.query();
    QString sql = QStringLiteral("SELECT %1, %2 FROM improvement_cycles")
                      .arg(textOf(database, QStringLiteral("cycle_id")), cycleColumns(database));
    if (!clientId.isEmpty())
        sql += QStringLiteral(" WHERE client_id = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    q.prepare(sql);
    if (!clientId.isEmpty())
        q.addBindValue(clientId);
    q.addBindValue(limit);
    if (Outcome ran = database.run(q, Text::tr("listing improvement cycles")); !ran)
        return ran;
    QList<CycleInfo> found;
    while (q.next())
        found << cycleFrom(q, q.value(0).toString(), 1);
    return found;
}

} // namespace steward
