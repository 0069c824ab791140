#include "BacktestFolds.h"

#include "models/db/Database.h"
#include "models/registry/Metrics.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionDetails.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BacktestFolds)
};

int levelRank(const QString& level)
{
    return level == QLatin1String("order") ? 0 : level == QLatin1String("sku") ? 1 : 2;
}
} // namespace

const BacktestFoldsData::Fold* BacktestFoldsData::find(const QString& level, int fold) const
{
    for (const Fold& row : rows) {
        if (row.level == level && row.fold == fold)
            return &row;
    }
    return nullptr;
}

BacktestFoldsData BacktestFolds::build(QString clientId, QString version, QString metric,
                                       const QList<BacktestFoldRow>& rows)
{
    BacktestFoldsData data;
    data.clientId = std::move(clientId);
    data.version = std::move(version);
    QStringList metricKeys;
    for (const BacktestFoldRow& row : rows)
        metricKeys << row.metrics.keys();
    data.metrics = Metrics::ordered(metricKeys);
    data.metric = !metric.isEmpty() ? metric : data.metrics.value(0);

    int maxFold = -1;
    for (const BacktestFoldRow& row : rows) {
        if (row.foldIndex)
            maxFold = qMax(maxFold, *row.foldIndex);
    }
    for (const BacktestFoldRow& row : rows) {
        BacktestFoldsData::Fold fold;
        fold.level = row.level.isEmpty() ? QStringLiteral("order") : row.level;
        fold.fold = row.foldIndex ? *row.foldIndex : ++maxFold;
        fold.trainStart = row.trainStart;
        fold.trainEnd = row.trainEnd;
        fold.testStart = row.testStart;
        fold.testEnd = row.testEnd;
        if (row.metrics.contains(data.metric))
            fold.value = row.metrics.value(data.metric);
        data.rows << fold;
        if (!data.levels.contains(fold.level))
            data.levels << fold.level;
        if (!data.folds.contains(fold.fold))
            data.folds << fold.fold;
    }
    std::sort(data.levels.begin(), data.levels.end(), [](const QString& a, const QString& b) {
        return levelRank(a) != levelRank(b) ? levelRank(a) < levelRank(b) : a < b;
    });
    std::sort(data.folds.begin(), data.folds.end());
    std::stable_sort(data.rows.begin(), data.rows.end(), [](const auto& a, const auto& b) {
        return levelRank(a.level) != levelRank(b.level) ? levelRank(a.level) < levelRank(b.level)
               : a.level != b.level                     ? a.level < b.level
                                                        : a.fold < b.fold;
    });
    return data;
}

Result<BacktestFoldsData> BacktestFolds::load(const ModelRegistry& registry, const QString& clientId,
                                              const QString& version, const QString& metric)
{
    if (!registry.hasTable(QStringLiteral("backtest_results")))
        return Outcome::notFound(Text::tr("this database has no backtest_results table"));
    Database& db = registry.database();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral(
        "SELECT DISTINCT model_version FROM backtest_results WHERE client_id = ? AND model_version IS NOT NULL "
        "ORDER BY model_version DESC"));
    q.addBindValue(clientId);
    if (Outcome ran = db.run(q, Text::tr("listing backtested versions of %1").arg(clientId)); !ran)
        return ran;
    QStringList versions;
    while (q.next())
        versions << q.value(0).toString();
    if (versions.isEmpty())
        return Outcome::notFound(Text::tr("client %1 has no backtests").arg(clientId));
    const QString chosen = version.isEmpty() ? versions.first() : version;
    if (!versions.contains(chosen))
        return Outcome::notFound(Text::tr("version %1 of client %2 has no backtests").arg(chosen, clientId));

    ModelVersion target;
    target.clientId = clientId;
    target.version = chosen;
    auto rows = VersionDetails::backtests(registry, target);
    if (!rows)
        return rows.failure();
    BacktestFoldsData data = build(clientId, chosen, metric, *rows);
    if (!metric.isEmpty() && !data.metrics.contains(metric))
        return Outcome::notFound(Text::tr("the backtests of %1 have no metric %2 (they have: %3)")
                                     .arg(chosen, metric, data.metrics.join(QStringLiteral(", "))));
    data.versions = versions;
    return data;
}

} // namespace steward
