#include "MetricMoveText.h"

#include "ui/render/ThemeColors.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MetricMoveText)
};
} // namespace

QString MetricMoveText::change(const VersionChanges::Move& move)
{
    const QString delta = Metrics::formatDelta(move.delta.change, move.base);
    return move.delta.ofMagnitude
               ? QStringLiteral("%1 %2").arg(MetricDelta::measuredName(move.key, Metrics::direction(move.key)), delta)
               : delta;
}

QString MetricMoveText::sentence(const VersionChanges::Move& move)
{
    const QString verdict = move.delta.verdict < 0   ? Text::tr("worse")
                            : move.delta.verdict > 0 ? Text::tr("better")
                                                     : Text::tr("unchanged");
    return Text::tr("%1 %2 → %3; %4: %5")
        .arg(move.key, Metrics::format(move.base), Metrics::format(move.value), change(move), verdict);
}

QColor MetricMoveText::colour(const VersionChanges::Move& move)
{
    if (move.delta.verdict == 0)
        return {};
    return ThemeColors::text(move.delta.verdict < 0 ? ThemeColors::bad() : ThemeColors::good());
}

} // namespace steward
