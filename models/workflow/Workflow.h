#pragma once

#include "models/workflow/Role.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

struct ItemKind;

// The states people move items between, per kind of item. The database stores them as words;
// a word Steward does not know (a newer pipeline's) has no enum value and allows only the
// steps that start from any state.
enum class SuggestionState { Pending, Applied, Rejected, Rollback, Superseded };
enum class RollbackRequestState { Requested, Approved, Denied };
enum class ViolationState { Open, Investigating, Resolved, FalsePositive };
// Feedback other systems collect on predictions (UrutiIQ's AILearningFeedback), reviewed like suggestions.
enum class FeedbackState { Pending, Processed, Ignored };
// A deployment of a model in an environment (UrutiIQ's AIDeployment).
enum class DeploymentState { Deploying, Active, Failed, RolledBack };

QString stateName(SuggestionState state);
QString stateName(RollbackRequestState state);
QString stateName(ViolationState state);
QString stateName(FeedbackState state);
QString stateName(DeploymentState state);
std::optional<SuggestionState> suggestionState(const QString& word);
std::optional<RollbackRequestState> rollbackRequestState(const QString& word);
std::optional<ViolationState> violationState(const QString& word);
std::optional<FeedbackState> feedbackState(const QString& word);

// Everything a person can decide in Steward.
enum class Action {
    ApproveSuggestion,
    RejectSuggestion,
    RequestSuggestionRollback,
    ApproveRollback,
    DenyRollback,
    InvestigateViolation,
    ResolveViolation,
    MarkViolationFalsePositive,
    ReturnViolationToOpen,
    ReopenViolation,
    AssignViolation,
    CommentOnViolation,
    // Audited writes that change no item's state.
    RequestModelRollback,
    ImportModels,
    GrantRole,
    RevokeRole,
    ChangeDeadlines,
    // Monitoring: the feedback queue, and a rollback of a deployment (decided as a rollback request).
    ProcessFeedback,
    IgnoreFeedback,
    RequestDeploymentRollback,
};

// One row of the workflow: what an action does and who may take it. The transition engine
// applies it, and its dry run (TransitionEngine::check) answers the GUI's enabled states and
// tooltips and the CLI's refusals from the same row, so no rule is written twice.
struct WorkflowStep
{
    Action action;
    const ItemKind* kind;  // the item whose state it changes; null for writes that change none
    const char* recorded;  // the action's name in the audit trail
    QStringList from;      // the states it starts from; empty: any state, unknown words included
    QString to;            // the state it leads to; empty: the state stays as it is
    Permission permission; // the least role: minimumRole(permission)
    bool commentRequired;
    const char* commentName; // what the comment is, for a refusal: "a reason", "the resolution"
    const char* notFrom;     // why it cannot start from another state; %1 is that state

    // Whether the step starts from `state`, and where it leads from there.
    bool startsFrom(const QString& state) const;
    QString target(const QString& from) const { return to.isEmpty() ? from : to; }
    // The refusal for a person who saw the item in `state`, which the step does not start from.
    QString refusalFrom(const QString& state) const;
    QString commentText() const;
};

namespace Workflow {
const WorkflowStep& step(Action action);
// Every step, in the order of the Action enum.
const QList<WorkflowStep>& steps();
} // namespace Workflow

} // namespace steward
