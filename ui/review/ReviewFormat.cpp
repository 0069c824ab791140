#include "ReviewFormat.h"

#include "models/values/JsonValue.h"
#include "models/workflow/Workflow.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFormat)
};

const QChar kMinus(0x2212);
} // namespace

ReviewFormat::Colours ReviewFormat::statusColours(const QString& status)
{
    if (status == stateName(SuggestionState::Pending))
        return {QColor(0x8a, 0x55, 0x00), QColor(0xff, 0xef, 0xcc)};
    if (status == stateName(SuggestionState::Applied) || status == stateName(RollbackRequestState::Approved))
        return {QColor(0x1b, 0x6e, 0x31), QColor(0xdf, 0xf3, 0xe4)};
    if (status == stateName(SuggestionState::Rejected) || status == stateName(RollbackRequestState::Denied))
        return {QColor(0x9b, 0x2c, 0x22), QColor(0xfb, 0xe4, 0xe0)};
    if (status == stateName(SuggestionState::Rollback) || status == stateName(RollbackRequestState::Requested))
        return {QColor(0x5b, 0x36, 0xa3), QColor(0xec, 0xe5, 0xfa)};
    return {QColor(0x4a, 0x4a, 0x4a), QColor(0xe8, 0xe8, 0xe8)};
}

QString ReviewFormat::statusPillHtml(const QString& status)
{
    const Colours colours = statusColours(status);
    return QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:600;\">&nbsp;%3&nbsp;</span>")
        .arg(colours.background.name(), colours.foreground.name(), status.toHtmlEscaped());
}

QString ReviewFormat::signedChange(double change, int significant)
{
    if (!std::isfinite(change))
        return QString::number(change);
    const double magnitude = std::fabs(change);
    const int decimals = std::clamp(significant - 1 - static_cast<int>(std::floor(std::log10(magnitude))), 0, 7);
    QString digits = QLocale().toString(magnitude, 'f', decimals);
    const QChar point = QLocale().decimalPoint().at(0);
    if (digits.contains(point)) {
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        if (digits.endsWith(point))
            digits.chop(1);
    }
    if (digits == QLatin1String("0") || magnitude == 0)
        return QStringLiteral("0");
    return (change < 0 ? QString(kMinus) : QStringLiteral("+")) + digits;
}

QString ReviewFormat::signedPercent(double fraction)
{
    if (!std::isfinite(fraction))
        return QString();
    const double percent = fraction * 100;
    const QString digits = QLocale().toString(std::fabs(percent), 'f', std::fabs(percent) < 10 ? 1 : 0);
    if (digits == QLocale().toString(0.0, 'f', std::fabs(percent) < 10 ? 1 : 0))
        return digits + QLatin1Char('%');
    return (percent < 0 ? QString(kMinus) : QStringLiteral("+")) + digits + QLatin1Char('%');
}

QString ReviewFormat::metricValue(const QJsonValue& value)
{
    if (value.isUndefined())
        return Text::tr("—");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 4);
    return jsonToCompactText(value);
}

QColor ReviewFormat::verdictColour(MetricVerdict verdict)
{
    switch (verdict) {
    case MetricVerdict::Better:
        return QColor(0x1b, 0x7a, 0x35);
    case MetricVerdict::Worse:
        return QColor(0xb3, 0x26, 0x1e);
    case MetricVerdict::Unchanged:
    case MetricVerdict::Uncoloured:
        break;
    }
    return {};
}

QColor ReviewFormat::verdictBackground(MetricVerdict verdict)
{
    switch (verdict) {
    case MetricVerdict::Better:
        return QColor(0xe4, 0xf4, 0xe7);
    case MetricVerdict::Worse:
        return QColor(0xfb, 0xe6, 0xe3);
    case MetricVerdict::Unchanged:
    case MetricVerdict::Uncoloured:
        break;
    }
    return {};
}

QString ReviewFormat::verdictText(MetricVerdict verdict)
{
    switch (verdict) {
    case MetricVerdict::Better:
        return Text::tr("better");
    case MetricVerdict::Worse:
        return Text::tr("worse");
    case MetricVerdict::Unchanged:
        return Text::tr("unchanged");
    case MetricVerdict::Uncoloured:
        break;
    }
    return Text::tr("no rule for this metric, so it is not judged");
}

QString ReviewFormat::monospaceFamily()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
}

} // namespace steward
