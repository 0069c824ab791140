#include "ReviewFormat.h"

#include "models/registry/Metrics.h"
#include "models/values/JsonValue.h"
#include "models/workflow/Workflow.h"
#include "ui/render/ReadableColor.h"
#include "ui/render/ThemeColors.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFormat)
};

const QChar kMinus(0x2212);
} // namespace

namespace {
// A colour washed behind its own text, the text kept legible on the wash, light or dark.
ReviewFormat::Colours pill(const QColor& accent)
{
    const QColor background = ThemeColors::tint(accent);
    return {ReadableColor::on(accent, background), background};
}

QColor verdictAccent(MetricVerdict verdict)
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
} // namespace

ReviewFormat::Colours ReviewFormat::statusColours(const QString& status)
{
    if (status == stateName(SuggestionState::Pending))
        return pill(QColor(0x8a, 0x55, 0x00));
    if (status == stateName(SuggestionState::Applied) || status == stateName(RollbackRequestState::Approved))
        return pill(QColor(0x1b, 0x6e, 0x31));
    if (status == stateName(SuggestionState::Rejected) || status == stateName(RollbackRequestState::Denied))
        return pill(QColor(0x9b, 0x2c, 0x22));
    if (status == stateName(SuggestionState::Rollback) || status == stateName(RollbackRequestState::Requested))
        return pill(QColor(0x5b, 0x36, 0xa3));
    // A status from a newer pipeline: the palette's own text on a neutral wash.
    return pill(QGuiApplication::palette().color(QPalette::Text));
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
        return Metrics::format(value.toDouble());
    return jsonToCompactText(value);
}

QColor ReviewFormat::verdictColour(MetricVerdict verdict)
{
    // Legible on the verdict's own wash, and so on the plain base too.
    const QColor accent = verdictAccent(verdict);
    return accent.isValid() ? ReadableColor::on(accent, ThemeColors::tint(accent)) : QColor();
}

QColor ReviewFormat::verdictBackground(MetricVerdict verdict)
{
    const QColor accent = verdictAccent(verdict);
    return accent.isValid() ? ThemeColors::tint(accent) : QColor();
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
