#include "Durations.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Durations)
};
} // namespace

QString Durations::span(qint64 seconds)
{
    seconds = qAbs(seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return hours > 0 ? Text::tr("%1 d %2 h").arg(days).arg(hours) : Text::tr("%1 d").arg(days);
    if (hours > 0)
        return minutes > 0 ? Text::tr("%1 h %2 min").arg(hours).arg(minutes) : Text::tr("%1 h").arg(hours);
    if (minutes > 0)
        return Text::tr("%1 min").arg(minutes);
    return Text::tr("< 1 min");
}

QString Durations::timeLeft(const QDateTime& due, const QDateTime& now)
{
    if (!due.isValid() || !now.isValid())
        return {};
    const qint64 seconds = now.secsTo(due);
    return seconds >= 0 ? Text::tr("%1 left").arg(span(seconds)) : Text::tr("overdue by %1").arg(span(seconds));
}

QString Durations::hours(double hours)
{
    if (hours >= 48)
        return Text::tr("%1 days").arg(hours / 24.0, 0, 'f', 1);
    if (hours >= 1)
        return Text::tr("%1 hours").arg(hours, 0, 'f', 1);
    return Text::tr("%1 minutes").arg(hours * 60.0, 0, 'f', 0);
}

} // namespace steward
