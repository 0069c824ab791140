#pragma once

#include "models/core/Outcome.h"
#include "models/workflow/TransitionEngine.h"

#include <optional>

namespace steward {

// The decisions people make on governance violations, all applied by the TransitionEngine:
// each is conditional on `seenState`, the status the person was looking at, and is written
// with its audit record(s) in one transaction.
//   open -> investigating (assigned to someone) -> resolved | false_positive
//   investigating -> open; resolved | false_positive -> open (reopening: a manager's)
// Closing a critical violation is a manager's; comments are allowed in any state.
namespace ViolationDecisions {
// Assigns the violation to `assignee`, or keeps its assignee, or assigns the acting user.
Decision investigate(const QString& violationId, const QString& assignee = {}, const QString& comment = {},
                     const QString& seenState = stateName(ViolationState::Open));
// resolved_by and resolved_at come from the acting user and the engine's clock.
Decision resolve(const QString& violationId, const QString& resolution,
                 const QString& seenState = stateName(ViolationState::Investigating));
Decision markFalsePositive(const QString& violationId, const QString& justification,
                           const QString& seenState = stateName(ViolationState::Investigating));
// A closed violation back to open: clears its resolution (the audit record keeps it).
Decision reopen(const QString& violationId, const QString& reason, const QString& seenState);
// An investigation handed back to the queue (the assignment stays).
Decision returnToOpen(const QString& violationId, const QString& comment,
                      const QString& seenState = stateName(ViolationState::Investigating));
// `seenAssignee`, when given, is who the person saw assigned ("" for nobody): if someone else
// reassigned it meanwhile the assignment is refused as a conflict.
Decision assign(const QString& violationId, const QString& assignee, const QString& seenState,
                const std::optional<QString>& seenAssignee = std::nullopt);
Decision comment(const QString& violationId, const QString& text, const QString& seenState);

// The decision that moves a violation from `seenState` to `targetState` (the CLI's
// `transition --to`): a conflict when that step does not exist, usage when `targetState` is
// not a status.
Result<Decision> transition(const QString& violationId, const QString& seenState, const QString& targetState,
                            const QString& comment);
} // namespace ViolationDecisions

} // namespace steward
