#include "SuggestionQuery.h"

#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/db/SearchIndex.h"
#include "models/db/SqlDialect.h"
#include "models/review/MetricRules.h"
#include "models/review/SuggestionArrivals.h"
#include "models/review/SuggestionSortIndex.h"
#include "models/workflow/Workflow.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionQuery)
};

const QString kTable = QStringLiteral("llm_suggestions");

LogicalType typeOf(const SchemaCatalog& catalog, const QString& column, LogicalType fallback)
{
    const TableInfo* table = catalog.table(kTable);
    const ColumnInfo* info = table ? table->column(column) : nullptr;
    return info ? info->type : fallback;
}

// A uuid column reads as text on PostgreSQL so that both backends hand the same strings out.
QString asText(const SqlDialect& dialect, const QString& expression, LogicalType type)
{
    return type == LogicalType::Uuid ? dialect.asText(expression) : expression;
}

QString metricDelta(const SqlDialect& dialect, const QString& key, bool magnitude)
{
    const QString after = dialect.jsonNumber(QStringLiteral("s.after_metrics"), key);
    const QString before = dialect.jsonNumber(QStringLiteral("s.before_metrics"), key);
    return magnitude ? QStringLiteral("(abs(%1) - abs(%2))").arg(after, before)
                     : QStringLiteral("(%1 - %2)").arg(after, before);
}

QStringList magnitudeColumns()
{
    QStringList names;
    for (const MetricRule& rule : MetricRules::all()) {
        if (rule.direction == MetricDirection::CloserToZeroIsBetter)
            names << MetricRules::magnitudeDeltaColumn(rule.key);
    }
    return names;
}
} // namespace

bool SuggestionFilter::isEmpty() const
{
    return status.isEmpty() && client.isEmpty() && category.isEmpty() && cycle.isEmpty() && search.trimmed().isEmpty();
}

QStringList SuggestionQuery::deltaColumns()
{
    QStringList names;
    for (const MetricRule& rule : MetricRules::all())
        names << MetricRules::deltaColumn(rule.key);
    return names;
}

QStringList SuggestionQuery::columnNames()
{
    return QStringList{
               QStringLiteral("suggestion_id"), QStringLiteral("status"),        QStringLiteral("summary"),
               QStringLiteral("created_at"),    QStringLiteral("first_seen_at"), QStringLiteral("category"),
               QStringLiteral("client_id"),     QStringLiteral("cycle_id"),      QStringLiteral("cycle_state")} +
           deltaColumns() + magnitudeColumns();
}

QStringList SuggestionQuery::sortableColumns()
{
    return QStringList{QStringLiteral("summary"),  QStringLiteral("created_at"), QStringLiteral("first_seen_at"),
                       QStringLiteral("category"), QStringLiteral("client_id"),  QStringLiteral("cycle_state"),
                       QStringLiteral("status")} +
           deltaColumns();
}

bool SuggestionQuery::hasCreatedAt(const SchemaCatalog& catalog)
{
    const TableInfo* table = catalog.table(kTable);
    return table && table->column(QStringLiteral("created_at"));
}

bool SuggestionQuery::hasArrivals(const SqlDialect& dialect, const SchemaCatalog& catalog)
{
    return catalog.hasTable(SuggestionArrivals::table(dialect));
}

Result<PagedQuery> SuggestionQuery::build(const SqlDialect& dialect, const SchemaCatalog& catalog,
                                          const SuggestionFilter& filter, const SuggestionOrder& order,
                                          const Indexes& indexes)
{
    if (!order.column.isEmpty() && !sortableColumns().contains(order.column))
        return Outcome::usage(Text::tr("the queue cannot be sorted by %1; sortable columns: %2")
                                  .arg(order.column, sortableColumns().join(QStringLiteral(", "))));
    const LogicalType idType = typeOf(catalog, QStringLiteral("suggestion_id"), LogicalType::Uuid);
    const LogicalType cycleType = typeOf(catalog, QStringLiteral("cycle_id"), LogicalType::Uuid);
    if (!filter.cycle.isEmpty() && cycleType == LogicalType::Uuid && !dialect.canNameUuid(filter.cycle))
        return Outcome::usage(Text::tr("%1 is not a cycle id (cycle ids are UUIDs)").arg(filter.cycle));

    PagedQuery query;
    query.from = kTable + QStringLiteral(" s");
    query.key = QStringLiteral("s.id");
    const QString firstSeen = hasArrivals(dialect, catalog)
                                  ? QStringLiteral("(SELECT a.first_seen_at FROM %1 a WHERE a.id = s.id)")
                                        .arg(SuggestionArrivals::table(dialect))
                                  : QStringLiteral("CAST(NULL AS TEXT)");
    const QString cycleState =
        catalog.hasTable(QStringLiteral("improvement_cycles"))
            ? QStringLiteral("(SELECT c.state FROM improvement_cycles c WHERE c.cycle_id = s.cycle_id)")
            : QStringLiteral("CAST(NULL AS TEXT)");
    query.columns = {
        {QStringLiteral("suggestion_id"), asText(dialect, QStringLiteral("s.suggestion_id"), idType), idType, false},
        {QStringLiteral("status"), QStringLiteral("s.status"), LogicalType::Text, false},
        {QStringLiteral("summary"), QStringLiteral("s.summary"), LogicalType::Text, false},
        // The pipeline's schema has no creation time; a database that records one shows it, and
        // sorting by it otherwise falls back to the order of arrival (the key).
        {QStringLiteral("created_at"),
         hasCreatedAt(catalog) ? QStringLiteral("s.created_at") : QStringLiteral("CAST(NULL AS TEXT)"),
         LogicalType::Timestamp, false},
        // When Steward first saw it (SuggestionArrivals), looked up by the key like the cycle's
        // state, so that counts and filters read the suggestions alone; NULL where Steward has
        // not seen it yet, and sorting by it puts those last.
        {QStringLiteral("first_seen_at"), firstSeen, LogicalType::Timestamp, false},
        {QStringLiteral("category"), QStringLiteral("s.category"), LogicalType::Text, false},
        {QStringLiteral("client_id"), QStringLiteral("s.client_id"), LogicalType::Text, false},
        {QStringLiteral("cycle_id"), asText(dialect, QStringLiteral("s.cycle_id"), cycleType), cycleType, false},
        {QStringLiteral("cycle_state"), cycleState, LogicalType::Text, false},
    };
    for (const MetricRule& rule : MetricRules::all())
        query.columns << PagedQuery::Column{MetricRules::deltaColumn(rule.key), metricDelta(dialect, rule.key, false),
                                            LogicalType::Numeric, false};
    for (const MetricRule& rule : MetricRules::all()) {
        if (rule.direction == MetricDirection::CloserToZeroIsBetter)
            query.columns << PagedQuery::Column{MetricRules::magnitudeDeltaColumn(rule.key),
                                                metricDelta(dialect, rule.key, true), LogicalType::Numeric, false};
    }

    QStringList where;
    const auto equals = [&](const QString& column, const QString& value) {
        if (!value.isEmpty()) {
            where << column + QStringLiteral(" = ?");
            query.binds << value;
        }
    };
    equals(QStringLiteral("s.status"), filter.status);
    equals(QStringLiteral("s.client_id"), filter.client);
    equals(QStringLiteral("s.category"), filter.category);
    equals(QStringLiteral("s.cycle_id"), filter.cycle);
    bool searchReadsAll = false;
    if (const QString text = filter.search.trimmed(); !text.isEmpty()) {
        // With Steward's full-text index (SQLite) and few candidates, the index names them; the
        // LIKE below decides either way, so the rows are the same with and without it. With
        // many candidates the queue's order is walked and each row tested, which stops at the
        // first rows (listing every candidate would cost more). A NULL reasoning makes its LIKE
        // NULL, which OR treats as false: no COALESCE, so that PostgreSQL's trigram index on the
        // bare column serves it.
        const bool indexed = dialect.isSqlite() && catalog.hasTable(SearchIndex::ftsTable(dialect, kTable)) &&
                             SearchIndex::canSearch(text);
        if (indexed && indexes.fewSearchMatches) {
            where << SearchIndex::candidates(dialect, kTable, QStringLiteral("s.id"));
            query.binds << SearchIndex::phrase(text);
        }
        searchReadsAll = !indexed || indexes.fewSearchMatches;
        if (indexes.searchMarks && !dialect.isSqlite()) {
            where << QStringLiteral("(%1 ILIKE ? OR %2 ILIKE ?)")
                         .arg(SearchIndex::markedText(QStringLiteral("s.summary")),
                              SearchIndex::markedText(QStringLiteral("s.reasoning")));
            query.binds << SearchIndex::markedPattern(text) << SearchIndex::markedPattern(text);
        }
        where << QStringLiteral("(%1 OR %2)")
                     .arg(dialect.containsMatch(QStringLiteral("s.summary"), QStringLiteral("?")),
                          dialect.containsMatch(QStringLiteral("s.reasoning"), QStringLiteral("?")));
        query.binds << SqlDialect::likePattern(text) << SqlDialect::likePattern(text);
    }
    query.where = where.join(QStringLiteral(" AND "));

    if (order.column.isEmpty()) {
        if (filter.status.isEmpty()) {
            // Pending first: two groups, each read along the (status, id) index.
            const QString pending = stateName(SuggestionState::Pending);
            query.segments = {{QStringLiteral("s.status = '%1'").arg(pending), {}},
                              {QStringLiteral("s.status <> '%1'").arg(pending), {}}};
            query.orderBy = QStringLiteral("s.status, s.id");
            // A search that reads every row (no index) or few (the index's candidates) reads
            // them once in table order, both groups together, instead of walking the status
            // index group by group; its ids are then its count and its pages.
            query.keysFirst = searchReadsAll;
        } else {
            query.orderBy = QStringLiteral("s.id");
            query.orderedByKey = true;
        }
        return query;
    }
    if (indexes.sortIndex && deltaColumns().contains(order.column)) {
        // Steward's table of deltas, indexed both ways: the first page is read along the
        // index, and the count comes after it.
        // The table holds every suggestion (isComplete), so the join orders and never filters:
        // counts read the suggestions alone, without a lookup in the sort table per row.
        query.countFrom = query.from;
        query.from += QStringLiteral(" JOIN %1 o ON o.id = s.id").arg(SuggestionSortIndex::table(dialect));
        query.orderBy = SuggestionSortIndex::orderBy(order.column, order.descending);
        query.keysForFarPages = true;
        return query;
    }
    if (order.column == QLatin1String("first_seen_at") && hasArrivals(dialect, catalog)) {
        // Along the index on first_seen_at: the suggestions Steward has seen, oldest (or newest)
        // first, then those it has not, each group paged on its own. The join is the key's;
        // filtering on it makes it an inner join for the first group, which the planner then
        // drives from the index.
        query.from += QStringLiteral(" LEFT JOIN %1 a ON a.id = s.id").arg(SuggestionArrivals::table(dialect));
        query.segments = {{QStringLiteral("a.id IS NOT NULL"), {}}, {QStringLiteral("a.id IS NULL"), {}}};
        query.orderBy = order.descending ? QStringLiteral("a.first_seen_at DESC, s.id DESC")
                                         : QStringLiteral("a.first_seen_at, s.id");
        query.keysForFarPages = true;
        return query;
    }
    const int index = query.columnIndex(order.column);
    const QString direction = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Computed columns put missing values last whichever way, on both backends. The pipeline's
    // NOT NULL columns go without, so that their indexes (status, client) still serve the order.
    static const QStringList notNull{QStringLiteral("status"), QStringLiteral("summary"), QStringLiteral("category"),
                                     QStringLiteral("client_id")};
    const QString nulls = notNull.contains(order.column) ? QString() : QStringLiteral(" NULLS LAST");
    query.keysFirst = order.column != QLatin1String("status") && order.column != QLatin1String("client_id");
    // The key keeps pages apart where values repeat.
    query.orderBy = QStringLiteral("%1%2%3, s.id%2").arg(query.columns.at(index).expression, direction, nulls);
    return query;
}

Result<PagedQuery> SuggestionQuery::build(Database& database, const SchemaCatalog& catalog,
                                          const SuggestionFilter& filter, const SuggestionOrder& order)
{
    Indexes indexes;
    indexes.sortIndex = deltaColumns().contains(order.column) && SuggestionSortIndex::isComplete(database);
    const QString text = filter.search.trimmed();
    indexes.fewSearchMatches = SearchIndex::fewCandidates(database, kTable, text);
    if (SearchIndex::marksHelp(text)) {
        auto marked = SearchIndex::hasMarkedIndex(database, kTable);
        indexes.searchMarks = marked && *marked;
    }
    return build(database.dialect(), catalog, filter, order, indexes);
}

} // namespace steward
