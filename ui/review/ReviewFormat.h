#pragma once

#include "models/review/MetricRules.h"

#include <QColor>
#include <QJsonValue>
#include <QString>

namespace steward {

// How review data looks wherever it is shown: status colours, signed changes, verdict colours.
namespace ReviewFormat {
struct Colours
{
    QColor foreground;
    QColor background;
};
// Known statuses have their own colours; a status from a newer pipeline gets a neutral grey.
Colours statusColours(const QString& status);
// A status as a small coloured label for rich text.
QString statusPillHtml(const QString& status);
// A change with its sign, to `significant` digits without trailing zeros: "−0.0118", "+0.94".
QString signedChange(double change, int significant = 3);
// A relative change as a percentage: "−8.4%".
QString signedPercent(double fraction);
// A metric value as stored: numbers as Metrics::format writes them everywhere, anything else
// as JSON text.
QString metricValue(const QJsonValue& value);
// Green for better, red for worse; invalid (the palette's own colour) otherwise.
QColor verdictColour(MetricVerdict verdict);
QColor verdictBackground(MetricVerdict verdict);
QString verdictText(MetricVerdict verdict);
// Monospace family for ids, paths and JSON.
QString monospaceFamily();
} // namespace ReviewFormat

} // namespace steward
