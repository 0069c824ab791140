#include "WmapeFigures.h"

#include "TestSupport.h"
#include "models/charts/PerformanceSeries.h"
#include "models/monitoring/PerformanceSummary.h"

#include <QTimeZone>

namespace steward::test {

namespace {
// Sums are added in another order: 12 digits.
QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString optional(const std::optional<double>& value)
{
    return value ? number(*value) : QStringLiteral("none");
}

} // namespace

QStringList performanceSummary(Database& db, const MonitoringFilter& filter)
{
    auto rows = PerformanceSummary::load(db, filter);
    if (!rows)
        return {QStringLiteral("failed: ") + rows.failure().message()};
    QStringList out;
    for (const PerformanceRow& r : *rows) {
        out << QStringList{r.scope,
                           r.modelVersion,
                           r.metric,
                           QString::number(r.points),
                           number(r.first),
                           number(r.last),
                           number(r.min),
                           number(r.max),
                           r.firstAt.toString(Qt::ISODate),
                           r.lastAt.toString(Qt::ISODate),
                           number(r.trend.slopePerDay),
                           optional(r.baseline),
                           r.previousVersion,
                           optional(r.previousLast)}
                   .join(QLatin1Char('|'));
    }
    return out;
}

QStringList performanceChart(Database& db, const MonitoringFilter& filter)
{
    auto data = PerformanceSeries::load(db, filter);
    if (!data)
        return {QStringLiteral("failed: ") + data.failure().message()};
    QStringList out;
    for (const auto& line : data->lines) {
        QStringList points;
        for (const QPointF& p : line.points)
            points << QString::number(p.x(), 'f', 0) + QLatin1Char('=') + number(p.y());
        out << line.label + QLatin1Char(':') + line.trend + QLatin1Char(':') + points.join(QLatin1Char(','));
    }
    return out;
}

QList<MonitoringFilter> performanceFilters()
{
    MonitoringFilter all;
    MonitoringFilter client;
    client.scope = QStringLiteral("saigon_mart");
    MonitoringFilter period;
    period.since = QDateTime(demoAnchor().addDays(-20), QTime(12, 0), QTimeZone::utc());
    period.until = QDateTime(demoAnchor().addDays(-5), QTime(0, 0), QTimeZone::utc());
    return {all, client, period};
}

QStringList performanceEverything(Database& db)
{
    QStringList out;
    for (const MonitoringFilter& filter : performanceFilters())
        out << performanceSummary(db, filter) << QStringLiteral("--") << performanceChart(db, filter)
            << QStringLiteral("==");
    return out;
}

} // namespace steward::test
