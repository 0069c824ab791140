#include "VersionId.h"

#include "models/values/TimeText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace steward {

bool VersionId::isTimestampId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{8}_\\d{6}$"));
    return pattern.match(id).hasMatch() && timestamp(id).isValid();
}

QDateTime VersionId::timestamp(const QString& id)
{
    if (id.size() != 15 || id.at(8) != QLatin1Char('_'))
        return {};
    // yyyyMMdd_HHmmss read digit by digit: QDate and QTime's fromString took 30 µs a version,
    // most of reading 120,000 versions for a monitoring summary.
    int digits[14];
    int count = 0;
    for (qsizetype i = 0; i < id.size(); ++i) {
        if (i == 8)
            continue;
        const char16_t c = id.at(i).unicode();
        if (c < u'0' || c > u'9')
            return {};
        digits[count++] = c - u'0';
    }
    const auto number = [&digits](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i)
            value = value * 10 + digits[i];
        return value;
    };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    const QTime time(number(8, 2), number(10, 2), number(12, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    // Qt::UTC, not a QTimeZone: such a time is held inline, where one with a zone allocates
    // (120,000 versions held megabytes of them).
    return QDateTime(date, time, Qt::UTC);
}

QDateTime VersionId::trainedAt(const QString& id, const QDateTime& fallback)
{
    const QDateTime fromId = timestamp(id);
    return fromId.isValid() ? fromId : fallback.toUTC();
}

QString VersionId::readable(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return TimeText::secondsUtc(utc);
}

QString VersionId::describe(const QString& id, const QDateTime& fallback)
{
    const QDateTime when = trainedAt(id, fallback);
    return when.isValid() ? QStringLiteral("%1 (%2)").arg(id, readable(when)) : id;
}

} // namespace steward
