#pragma once

#include <QString>
#include <QStringList>

namespace steward {

// The words monitors use for a violation's severity and status. A newer monitor may use words
// this build does not know ("severe", "escalated"): they are shown as they are, ranked as the
// most urgent, and never counted as closed.
namespace ViolationTerms {
// Most severe first.
const QStringList& knownSeverities();
const QStringList& knownStatuses();
bool isKnownSeverity(const QString& severity);
bool isKnownStatus(const QString& status);

// Resolved or a false positive: the violation needs no more work until someone reopens it.
bool isClosed(const QString& status);
// Closing a critical violation (or one whose severity this build does not know, which may be
// worse) is a manager's decision.
bool closingNeedsManager(const QString& severity);
// critical 4, high 3, medium 2, low 1; an unknown severity 5, so that it is looked at first.
int severityRank(const QString& severity);

// The same vocabulary in SQL, alike on both backends. "('resolved', 'false_positive')": the
// closed statuses, for NOT IN / IN.
QString closedStatusSql();
// severityRank() of a severity column: 1 (low) to 4 (critical), 5 for an unknown severity.
QString severityRankSql(const QString& column);

// For people: "Critical", "False positive"; unknown words as they are.
QString severityLabel(const QString& severity);
QString statusLabel(const QString& status);
} // namespace ViolationTerms

} // namespace steward
