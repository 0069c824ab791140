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
    const QDate date = QDate::fromString(id.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(id.mid(9), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return {};
    // One zone shared by every time made here: QTimeZone::utc() builds a zone of its own each
    // call (120,000 versions held 17 MB of them).
    static const QTimeZone utc = QTimeZone::utc();
    return QDateTime(date, time, utc);
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
