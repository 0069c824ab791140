#pragma once

#include <QDateTime>
#include <QString>

namespace steward {

// Steward shows every time in UTC, the time its audit trail records, and says so where the
// time is shown: in the text ("2026-12-04 21:40 UTC") or once in a column header ("When
// (UTC)") above bare times. Digits and order are the same in every language.
namespace TimeText {
QString minutes(const QDateTime& time);    // 2026-12-04 21:40
QString seconds(const QDateTime& time);    // 2026-12-04 21:40:05
QString minutesUtc(const QDateTime& time); // 2026-12-04 21:40 UTC
QString secondsUtc(const QDateTime& time); // 2026-12-04 21:40:05 UTC
} // namespace TimeText

} // namespace steward
