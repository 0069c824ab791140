#include "Trend.h"

#include <QRegularExpression>
#include <QStringList>
#include <cmath>
#include <limits>

namespace steward {

void TrendSums::add(double t, double value)
{
    ++points;
    sumT += t;
    sumV += value;
    sumTT += t * t;
    sumTV += t * value;
}

MetricSense Trend::sense(const QString& metric)
{
    // Matched on whole words of the name (snake_case or camelCase), so that "p95_latency_ms",
    // "validationLoss" and "error_rate" count.
    static const QStringList lower{QStringLiteral("mae"),      QStringLiteral("mape"),    QStringLiteral("wmape"),
                                   QStringLiteral("smape"),    QStringLiteral("rmse"),    QStringLiteral("mse"),
                                   QStringLiteral("error"),    QStringLiteral("latency"), QStringLiteral("loss"),
                                   QStringLiteral("drift"),    QStringLiteral("fnr"),     QStringLiteral("fpr"),
                                   QStringLiteral("residual"), QStringLiteral("psi")};
    QString spaced = metric.trimmed();
    spaced.replace(QRegularExpression(QStringLiteral("([a-z0-9])([A-Z])")), QStringLiteral("\\1_\\2"));
    const QStringList words =
        spaced.toLower().split(QRegularExpression(QStringLiteral("[^a-z0-9]+")), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (lower.contains(word))
            return MetricSense::LowerIsBetter;
    }
    // error_rate is caught by "error"; a metric nobody listed is a score (accuracy, f1, auc,
    // r2, precision, recall, throughput...), which is better higher.
    return MetricSense::HigherIsBetter;
}

TrendResult Trend::fromSums(const TrendSums& sums, double spanDays, MetricSense sense, double tolerance)
{
    TrendResult result;
    if (sums.points < 1)
        return result;
    const double n = static_cast<double>(sums.points);
    result.mean = sums.sumV / n;
    const double spread = n * sums.sumTT - sums.sumT * sums.sumT;
    // All points at one time (or one point) give no line: no trend, rather than a guess.
    if (sums.points < 2 || !(spanDays > 0) || !(spread > 1e-12 * n * n))
        return result;
    result.slopePerDay = (n * sums.sumTV - sums.sumT * sums.sumV) / spread;
    result.change = result.slopePerDay * spanDays;
    const double scale = std::fabs(result.mean);
    result.relativeChange = scale > std::numeric_limits<double>::min() ? result.change / scale
                            : result.change == 0                       ? 0.0
                                                                       : std::copysign(HUGE_VAL, result.change);
    if (std::fabs(result.relativeChange) < tolerance) {
        result.kind = TrendKind::Stable;
        return result;
    }
    const bool rising = result.change > 0;
    result.kind = rising == (sense == MetricSense::HigherIsBetter) ? TrendKind::Improving : TrendKind::Declining;
    return result;
}

TrendResult Trend::of(const QList<Point>& series, MetricSense sense, double tolerance)
{
    TrendSums sums;
    double first = 0;
    double last = 0;
    for (const Point& p : series) {
        if (!std::isfinite(p.t) || !std::isfinite(p.value))
            continue;
        if (sums.points == 0 || p.t < first)
            first = p.t;
        if (sums.points == 0 || p.t > last)
            last = p.t;
        sums.add(p.t, p.value);
    }
    return fromSums(sums, last - first, sense, tolerance);
}

QString Trend::name(const std::optional<TrendKind>& kind)
{
    if (!kind)
        return {};
    switch (*kind) {
    case TrendKind::Improving:
        return QStringLiteral("improving");
    case TrendKind::Declining:
        return QStringLiteral("declining");
    case TrendKind::Stable:
        return QStringLiteral("stable");
    }
    return {};
}

QString Trend::senseName(MetricSense sense)
{
    return sense == MetricSense::LowerIsBetter ? QStringLiteral("lower") : QStringLiteral("higher");
}

} // namespace steward
