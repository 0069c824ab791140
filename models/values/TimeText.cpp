#include "TimeText.h"

namespace steward {

namespace {
QString format(const QDateTime& time, const QString& pattern)
{
    return time.isValid() ? time.toUTC().toString(pattern) : QString();
}
} // namespace

QString TimeText::minutes(const QDateTime& time)
{
    return format(time, QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TimeText::seconds(const QDateTime& time)
{
    return format(time, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString TimeText::minutesUtc(const QDateTime& time)
{
    return format(time, QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString TimeText::secondsUtc(const QDateTime& time)
{
    return format(time, QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace steward
