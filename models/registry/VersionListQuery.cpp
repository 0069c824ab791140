#include "VersionListQuery.h"

#include "models/db/Database.h"
#include "models/registry/Metrics.h"
#include "models/registry/ModelRegistry.h"

#include <QCoreApplication>

namespace steward {

namespace {
const QString kDefaultOrder = QStringLiteral("m.model_version DESC, m.id DESC");

// A column of the version's producing job: the newest completed-or-not job naming the version.
QString jobColumn(const QString& expression)
{
    return QStringLiteral("(SELECT %1 FROM training_jobs j WHERE j.client_id = m.client_id AND j.model_version = "
                          "m.model_version ORDER BY j.started_at DESC, j.id DESC LIMIT 1)")
        .arg(expression);
}
} // namespace

bool VersionListQuery::isFixedColumn(const QString& name)
{
    return QStringList{kVersion,    kCreatedAt,    kFeatureCount, kTrainingSamples, kJobStatus,
                       kJobStarted, kJobCompleted, kJobDuration,  kPreviousMetrics, kPreviousVersion}
        .contains(name);
}

PagedQuery VersionListQuery::build(const ModelRegistry& registry, const QString& clientId,
                                   const QStringList& metricKeys)
{
    const SqlDialect& dialect = registry.database().dialect();
    PagedQuery query;
    query.columns << PagedQuery::Column{kVersion, QStringLiteral("m.model_version"), LogicalType::Text, false};
    query.columns << PagedQuery::Column{kCreatedAt, QStringLiteral("m.created_at"), LogicalType::Timestamp, false};
    for (const QString& key : metricKeys) {
        if (!Metrics::isSqlSafeKey(key) || isFixedColumn(key) || query.columnIndex(key) >= 0)
            continue;
        query.columns << PagedQuery::Column{key, dialect.jsonNumber(QStringLiteral("m.metrics"), key),
                                            LogicalType::Numeric, false};
    }
    query.columns << PagedQuery::Column{kFeatureCount, QStringLiteral("m.feature_count"), LogicalType::Integer, false};
    query.columns << PagedQuery::Column{kTrainingSamples, QStringLiteral("m.training_samples"), LogicalType::Integer,
                                        false};
    if (registry.hasTable(QStringLiteral("training_jobs"))) {
        query.columns << PagedQuery::Column{kJobStatus, jobColumn(QStringLiteral("j.status")), LogicalType::Text,
                                            false};
        query.columns << PagedQuery::Column{kJobStarted, jobColumn(QStringLiteral("j.started_at")),
                                            LogicalType::Timestamp, false};
        query.columns << PagedQuery::Column{kJobCompleted, jobColumn(QStringLiteral("j.completed_at")),
                                            LogicalType::Timestamp, false};
        query.columns << PagedQuery::Column{
            kJobDuration,
            jobColumn(dialect.secondsBetween(QStringLiteral("j.started_at"), QStringLiteral("j.completed_at"))),
            LogicalType::Integer, false};
    }
    query.from = QStringLiteral("model_metadata m");
    // Another system's tables are read through their views (SourceTables), job columns included.
    for (PagedQuery::Column& column : query.columns)
        column.expression = dialect.withSources(column.expression);
    query.from = dialect.withSources(query.from);
    query.where = QStringLiteral("m.client_id = ?");
    query.binds = {clientId};
    query.key = QStringLiteral("m.id");
    query.orderBy = kDefaultOrder;
    query.orderedByKey = false;
    return query;
}

namespace {
// `expression` of the previous version's row `p`. Versions are named by when they were trained,
// so the previous one is the greatest name below this one; (client_id, model_version) is
// indexed. Where the system names its models, the previous version is the same model's.
QString previous(const ModelRegistry& registry, const QString& expression)
{
    const QString sameModel = registry.namesModels() ? QStringLiteral(" AND p.model_name = m.model_name") : QString();
    return registry.database().dialect().withSources(
        QStringLiteral("(SELECT %1 FROM model_metadata p WHERE p.client_id = m.client_id%2 AND p.model_version < "
                       "m.model_version ORDER BY p.model_version DESC LIMIT 1)")
            .arg(expression, sameModel));
}

// A metric's value as a score where smaller is better (Metrics::bestIndex's convention).
QString score(Metrics::Direction direction, const QString& value)
{
    switch (direction) {
    case Metrics::Direction::HigherIsBetter:
        return QStringLiteral("(-(%1))").arg(value);
    case Metrics::Direction::CloserToZero:
        return QStringLiteral("abs(%1)").arg(value);
    case Metrics::Direction::LowerIsBetter:
        break;
    }
    return value;
}
} // namespace

void VersionListQuery::withPrevious(PagedQuery& query, const ModelRegistry& registry)
{
    const SqlDialect& dialect = registry.database().dialect();
    query.columns.insert(1, PagedQuery::Column{kPreviousMetrics,
                                               previous(registry, dialect.jsonAsText(QStringLiteral("p.metrics"))),
                                               LogicalType::Text, false});
    query.columns << PagedQuery::Column{kPreviousVersion, previous(registry, QStringLiteral("p.model_version")),
                                        LogicalType::Text, false};
}

bool VersionListQuery::sortBy(PagedQuery& query, const QString& column, bool descending)
{
    const int index = query.columnIndex(column);
    if (index < 0 || column == kPreviousMetrics)
        return false;
    const QString expression = query.columns.at(index).expression;
    // NULLs last in both directions and on both backends.
    query.orderBy = QStringLiteral("(%1) IS NULL, %1 %2, %3")
                        .arg(expression, descending ? QStringLiteral("DESC") : QStringLiteral("ASC"), kDefaultOrder);
    return true;
}

bool VersionListQuery::sortByChange(PagedQuery& query, const ModelRegistry& registry, const QString& keyMetric,
                                    bool descending)
{
    if (query.columnIndex(kPreviousMetrics) < 0 || !metricColumns(query).contains(keyMetric) ||
        !Metrics::isSqlSafeKey(keyMetric))
        return false;
    const SqlDialect& dialect = registry.database().dialect();
    const Metrics::Direction direction = Metrics::direction(keyMetric);
    const QString change =
        QStringLiteral("(%1 - %2)")
            .arg(score(direction, dialect.jsonNumber(QStringLiteral("m.metrics"), keyMetric)),
                 previous(registry, score(direction, dialect.jsonNumber(QStringLiteral("p.metrics"), keyMetric))));
    // Computed once a row: a value past every change stands for none, instead of a second
    // "IS NULL" term that would look the previous version up again.
    query.orderBy = QStringLiteral("COALESCE(%1, %2) %3, %4")
                        .arg(change, descending ? QStringLiteral("-1e300") : QStringLiteral("1e300"),
                             descending ? QStringLiteral("DESC") : QStringLiteral("ASC"), kDefaultOrder);
    query.keysFirst = true;
    return true;
}

QStringList VersionListQuery::metricColumns(const PagedQuery& query)
{
    QStringList keys;
    for (const PagedQuery::Column& column : query.columns) {
        if (!isFixedColumn(column.name))
            keys << column.name;
    }
    return keys;
}

Result<int> VersionListQuery::rowInDefaultOrder(const ModelRegistry& registry, const QString& clientId,
                                                const QString& version)
{
    Database& db = registry.database();
    QSqlQuery q = db.query();
    q.prepare(db.dialect().withSources(
        QStringLiteral("SELECT (SELECT count(*) FROM model_metadata WHERE client_id = ? AND model_version > ?), "
                       "(SELECT count(*) FROM model_metadata WHERE client_id = ? AND model_version = ?)")));
    q.addBindValue(clientId);
    q.addBindValue(version);
    q.addBindValue(clientId);
    q.addBindValue(version);
    if (Outcome ran = db.run(q, QCoreApplication::translate("VersionListQuery", "locating version %1").arg(version));
        !ran)
        return ran;
    if (!q.next() || q.value(1).toLongLong() == 0)
        return -1;
    return q.value(0).toInt();
}

} // namespace steward
