#pragma once

#include "models/core/Outcome.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace steward {

class Database;
struct Violation;

// One step in a violation's life: its detection, and every transition, assignment and comment
// the audit trail holds for it (plus a resolution recorded outside Steward, if there was one).
struct TimelineEntry
{
    QDateTime at;
    QString actor;
    QString action; // detected, investigate, assign, resolve, false_positive, reopen, return_to_open, comment...
    QString stateBefore;
    QString stateAfter;
    QString comment;
    QString details;     // compact JSON, or empty
    qint64 auditSeq = 0; // 0 for entries that are not audit records

    // "alice started investigating", "bob resolved it": a sentence without the time.
    QString summary() const;
};

namespace ViolationTimeline {
// Oldest first. Without Steward's tables only the detection (and resolution) are known.
Result<QList<TimelineEntry>> load(Database& database, const Violation& violation, bool hasAppTables);
// The step that last took the violation into investigation (who started it, and when), if the
// timeline holds one: a status written by the monitor itself has none.
std::optional<TimelineEntry> investigationStart(const QList<TimelineEntry>& entries);
// A readable name for an audit action on any kind ("Suggestion approved", "Violation resolved").
QString actionLabel(const QString& targetKind, const QString& action);
} // namespace ViolationTimeline

} // namespace steward
