#include "Workflow.h"

#include "models/workflow/ItemKind.h"

#include <QCoreApplication>

namespace steward {

namespace {
template <typename State> std::optional<State> stateFrom(const QString& word, std::initializer_list<State> states)
{
    for (State state : states) {
        if (stateName(state) == word)
            return state;
    }
    return std::nullopt;
}

QString translated(const char* text)
{
    return text ? QCoreApplication::translate("Workflow", text) : QString();
}

QList<WorkflowStep> makeSteps()
{
    const ItemKind* suggestion = &ItemKinds::suggestion();
    const ItemKind* request = &ItemKinds::rollbackRequest();
    const ItemKind* violation = &ItemKinds::violation();
    const ItemKind* feedback = &ItemKinds::feedback();
    const ItemKind* deployment = &ItemKinds::deployment();
    const QString feedbackPending = stateName(FeedbackState::Pending);
    const QString pending = stateName(SuggestionState::Pending);
    const QString applied = stateName(SuggestionState::Applied);
    const QString requested = stateName(RollbackRequestState::Requested);
    const QString open = stateName(ViolationState::Open);
    const QString investigating = stateName(ViolationState::Investigating);
    const QString resolved = stateName(ViolationState::Resolved);
    const QString falsePositive = stateName(ViolationState::FalsePositive);
    const QString stays;
    const QStringList anyState;

    // clang-format off
    return {
        {Action::ApproveSuggestion, suggestion, "approve", {pending}, applied, Permission::ReviewSuggestion, false, nullptr,
         QT_TRANSLATE_NOOP("Workflow", "only a pending suggestion can be approved; this one is %1")},
        {Action::RejectSuggestion, suggestion, "reject", {pending}, stateName(SuggestionState::Rejected),
         Permission::ReviewSuggestion, true, QT_TRANSLATE_NOOP("Workflow", "a comment saying why"),
         QT_TRANSLATE_NOOP("Workflow", "only a pending suggestion can be rejected; this one is %1")},
        {Action::RequestSuggestionRollback, suggestion, "request_rollback", {applied}, stays, Permission::RequestRollback,
         true, QT_TRANSLATE_NOOP("Workflow", "a reason"),
         QT_TRANSLATE_NOOP("Workflow", "only an applied suggestion can be rolled back; this one is %1")},
        {Action::ApproveRollback, request, "approve_rollback", {requested}, stateName(RollbackRequestState::Approved),
         Permission::DecideRollback, false, nullptr,
         QT_TRANSLATE_NOOP("Workflow", "this rollback request was %1 already")},
        {Action::DenyRollback, request, "deny_rollback", {requested}, stateName(RollbackRequestState::Denied),
         Permission::DecideRollback, true, QT_TRANSLATE_NOOP("Workflow", "a comment saying why"),
         QT_TRANSLATE_NOOP("Workflow", "this rollback request was %1 already")},
        {Action::InvestigateViolation, violation, "investigate", {open}, investigating, Permission::WorkViolation, false,
         nullptr, QT_TRANSLATE_NOOP("Workflow", "only an open violation can be taken up; this one is %1")},
        {Action::ResolveViolation, violation, "resolve", {investigating}, resolved, Permission::WorkViolation, true,
         QT_TRANSLATE_NOOP("Workflow", "the resolution"),
         QT_TRANSLATE_NOOP("Workflow", "start the investigation first: only a violation under investigation can be "
                                       "closed; this one is %1")},
        {Action::MarkViolationFalsePositive, violation, "false_positive", {investigating}, falsePositive,
         Permission::WorkViolation, true, QT_TRANSLATE_NOOP("Workflow", "a justification"),
         QT_TRANSLATE_NOOP("Workflow", "start the investigation first: only a violation under investigation can be "
                                       "closed; this one is %1")},
        {Action::ReturnViolationToOpen, violation, "return_to_open", {investigating}, open, Permission::WorkViolation,
         false, nullptr,
         QT_TRANSLATE_NOOP("Workflow", "only a violation under investigation can be handed back to the queue; this one "
                                       "is %1 (a closed one is reopened)")},
        {Action::ReopenViolation, violation, "reopen", {resolved, falsePositive}, open, Permission::ReopenViolation,
         false, nullptr,
         QT_TRANSLATE_NOOP("Workflow", "only a resolved or false-positive violation can be reopened; this one is %1")},
        {Action::AssignViolation, violation, "assign", {open, investigating}, stays, Permission::WorkViolation, false,
         nullptr, QT_TRANSLATE_NOOP("Workflow", "the violation is %1; reopen it before assigning it")},
        {Action::CommentOnViolation, violation, "comment", anyState, stays, Permission::WorkViolation, true,
         QT_TRANSLATE_NOOP("Workflow", "the comment's text"), nullptr},
        {Action::RequestModelRollback, nullptr, "request_rollback", anyState, stays, Permission::RequestRollback, true,
         QT_TRANSLATE_NOOP("Workflow", "a reason"), nullptr},
        {Action::ImportModels, nullptr, "import_version", anyState, stays, Permission::ImportModels, false, nullptr, nullptr},
        {Action::GrantRole, nullptr, "grant_role", anyState, stays, Permission::ManageRoles, false, nullptr, nullptr},
        {Action::RevokeRole, nullptr, "revoke_role", anyState, stays, Permission::ManageRoles, false, nullptr, nullptr},
        {Action::ChangeDeadlines, nullptr, "change_setting", anyState, stays, Permission::ChangeSettings, false, nullptr,
         nullptr},
        {Action::ProcessFeedback, feedback, "process", {feedbackPending}, stateName(FeedbackState::Processed),
         Permission::ReviewFeedback, true, QT_TRANSLATE_NOOP("Workflow", "a comment saying what was done"),
         QT_TRANSLATE_NOOP("Workflow", "only pending feedback can be processed; this is %1")},
        {Action::IgnoreFeedback, feedback, "ignore", {feedbackPending}, stateName(FeedbackState::Ignored),
         Permission::ReviewFeedback, true, QT_TRANSLATE_NOOP("Workflow", "a comment saying why"),
         QT_TRANSLATE_NOOP("Workflow", "only pending feedback can be ignored; this is %1")},
        {Action::RequestDeploymentRollback, deployment, "request_rollback", {stateName(DeploymentState::Active)}, stays,
         Permission::RequestRollback, true, QT_TRANSLATE_NOOP("Workflow", "a reason"),
         QT_TRANSLATE_NOOP("Workflow", "only an active deployment can be rolled back; this one is %1")},
    };
    // clang-format on
}
} // namespace

QString stateName(SuggestionState state)
{
    switch (state) {
    case SuggestionState::Pending:
        return QStringLiteral("pending");
    case SuggestionState::Applied:
        return QStringLiteral("applied");
    case SuggestionState::Rejected:
        return QStringLiteral("rejected");
    case SuggestionState::Rollback:
        return QStringLiteral("rollback");
    case SuggestionState::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}

QString stateName(RollbackRequestState state)
{
    switch (state) {
    case RollbackRequestState::Requested:
        return QStringLiteral("requested");
    case RollbackRequestState::Approved:
        return QStringLiteral("approved");
    case RollbackRequestState::Denied:
        return QStringLiteral("denied");
    }
    return {};
}

QString stateName(ViolationState state)
{
    switch (state) {
    case ViolationState::Open:
        return QStringLiteral("open");
    case ViolationState::Investigating:
        return QStringLiteral("investigating");
    case ViolationState::Resolved:
        return QStringLiteral("resolved");
    case ViolationState::FalsePositive:
        return QStringLiteral("false_positive");
    }
    return {};
}

QString stateName(FeedbackState state)
{
    switch (state) {
    case FeedbackState::Pending:
        return QStringLiteral("pending");
    case FeedbackState::Processed:
        return QStringLiteral("processed");
    case FeedbackState::Ignored:
        return QStringLiteral("ignored");
    }
    return {};
}

QString stateName(DeploymentState state)
{
    switch (state) {
    case DeploymentState::Deploying:
        return QStringLiteral("deploying");
    case DeploymentState::Active:
        return QStringLiteral("active");
    case DeploymentState::Failed:
        return QStringLiteral("failed");
    case DeploymentState::RolledBack:
        return QStringLiteral("rolled_back");
    }
    return {};
}

std::optional<SuggestionState> suggestionState(const QString& word)
{
    return stateFrom(word, {SuggestionState::Pending, SuggestionState::Applied, SuggestionState::Rejected,
                            SuggestionState::Rollback, SuggestionState::Superseded});
}

std::optional<RollbackRequestState> rollbackRequestState(const QString& word)
{
    return stateFrom(word,
                     {RollbackRequestState::Requested, RollbackRequestState::Approved, RollbackRequestState::Denied});
}

std::optional<ViolationState> violationState(const QString& word)
{
    return stateFrom(word, {ViolationState::Open, ViolationState::Investigating, ViolationState::Resolved,
                            ViolationState::FalsePositive});
}

std::optional<FeedbackState> feedbackState(const QString& word)
{
    return stateFrom(word, {FeedbackState::Pending, FeedbackState::Processed, FeedbackState::Ignored});
}

bool WorkflowStep::startsFrom(const QString& state) const
{
    return from.isEmpty() || from.contains(state);
}

QString WorkflowStep::refusalFrom(const QString& state) const
{
    return notFrom ? translated(notFrom).arg(state)
                   : QCoreApplication::translate("Workflow", "Not possible from %1 (%2)")
                         .arg(state, QLatin1String(recorded));
}

QString WorkflowStep::commentText() const
{
    return commentName ? translated(commentName) : QCoreApplication::translate("Workflow", "a comment");
}

const QList<WorkflowStep>& Workflow::steps()
{
    static const QList<WorkflowStep> all = makeSteps();
    return all;
}

const WorkflowStep& Workflow::step(Action action)
{
    const WorkflowStep& found = steps().at(static_cast<int>(action));
    Q_ASSERT(found.action == action);
    return found;
}

} // namespace steward
