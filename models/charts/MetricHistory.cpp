#include "MetricHistory.h"

#include "models/db/Database.h"
#include "models/registry/Metrics.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionId.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MetricHistory)
};
} // namespace

QList<QPointF> MetricHistoryData::xy() const
{
    QList<QPointF> out;
    out.reserve(points.size());
    for (const Point& p : points)
        out << QPointF(static_cast<double>(p.trainedAt.toMSecsSinceEpoch()), p.value);
    return out;
}

int MetricHistoryData::indexOf(const QString& version) const
{
    for (int i = 0; i < points.size(); ++i) {
        if (points.at(i).version == version)
            return i;
    }
    return -1;
}

QStringList MetricHistoryData::models() const
{
    QStringList out;
    for (const Point& p : points) {
        if (!out.contains(p.model))
            out << p.model;
    }
    return out;
}

MetricHistoryData MetricHistory::build(QString clientId, QString metric, QList<MetricHistoryData::Point> points)
{
    MetricHistoryData data;
    data.clientId = std::move(clientId);
    data.metric = std::move(metric);
    const qsizetype before = points.size();
    points.removeIf(
        [](const MetricHistoryData::Point& p) { return !std::isfinite(p.value) || !p.trainedAt.isValid(); });
    data.versionsWithoutMetric = before - points.size();
    std::stable_sort(points.begin(), points.end(), [](const auto& a, const auto& b) {
        return a.trainedAt != b.trainedAt ? a.trainedAt < b.trainedAt : a.version < b.version;
    });
    data.points = std::move(points);
    return data;
}

Result<MetricHistoryData> MetricHistory::load(const ModelRegistry& registry, const QString& clientId,
                                              const QString& metric, const QStringList* knownMetrics)
{
    auto metrics = knownMetrics ? Result<QStringList>(*knownMetrics) : registry.metricKeys(clientId);
    if (!metrics)
        return metrics.failure();
    QString chosen = metric;
    if (chosen.isEmpty() && !metrics->isEmpty())
        chosen = metrics->first();
    if (chosen.isEmpty())
        return Outcome::notFound(Text::tr("client %1 has no versions with numeric metrics").arg(clientId));
    if (!metrics->contains(chosen))
        return Outcome::notFound(Text::tr("no version of client %1 has the metric %2 (it has: %3)")
                                     .arg(clientId, chosen, metrics->join(QStringLiteral(", "))));
    if (!Metrics::isSqlSafeKey(chosen))
        return Outcome::usage(Text::tr("the metric name %1 cannot be charted").arg(chosen));

    Database& db = registry.database();
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    q.prepare(db.dialect().withSources(
        QStringLiteral(
            "SELECT model_version, created_at, %1, %2 FROM model_metadata WHERE client_id = ? ORDER BY model_version")
            .arg(db.dialect().jsonNumber(QStringLiteral("metrics"), chosen),
                 registry.namesModels() ? QStringLiteral("model_name") : QStringLiteral("NULL"))));
    q.addBindValue(clientId);
    if (Outcome ran = db.run(q, Text::tr("reading %1 of %2").arg(chosen, clientId)); !ran)
        return ran;
    QList<MetricHistoryData::Point> points;
    qint64 missing = 0;
    while (q.next()) {
        if (q.value(2).isNull()) {
            ++missing;
            continue;
        }
        const QString version = q.value(0).toString();
        // The row's created_at only when the id carries no time: the PostgreSQL driver turns a
        // timestamptz into a local QDateTime, half of reading 40,000 versions.
        QDateTime trainedAt = VersionId::timestamp(version);
        if (!trainedAt.isValid())
            trainedAt = parseTimestamp(q.value(1));
        points << MetricHistoryData::Point{version, trainedAt, q.value(2).toDouble(), q.value(3).toString()};
    }
    MetricHistoryData data = build(clientId, chosen, std::move(points));
    data.versionsWithoutMetric += missing;
    data.metrics = *metrics;
    auto actives = registry.activeVersions(clientId);
    if (!actives)
        return actives.failure();
    for (const ActiveVersion& active : std::as_const(*actives)) {
        if (!active.version.isEmpty())
            data.activeVersions << active.version;
    }
    if (data.activeVersions.size() == 1)
        data.activeVersion = data.activeVersions.first();
    return data;
}

} // namespace steward
