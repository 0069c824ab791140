#pragma once

#include <QDateTime>
#include <QString>

namespace steward {

// How long something took or has left, as people read it in a queue: "3 d 4 h", "5 h 12 min".
namespace Durations {
QString span(qint64 seconds);
// "2 d 3 h left", or "overdue by 4 h"; empty when `due` is invalid.
QString timeLeft(const QDateTime& due, const QDateTime& now);
// Mean durations in reports: "1.5 days", "7.2 hours".
QString hours(double hours);
} // namespace Durations

} // namespace steward
