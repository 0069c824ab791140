#include "ReviewActions.h"

#include "models/workflow/SuggestionDecisions.h"
#include "ui/shell/Session.h"
#include "ui/widgets/Prompt.h"

#include <QAction>
#include <QApplication>

namespace steward {

ReviewActions::ReviewActions(Session* session, QWidget* promptParent)
    : QObject(promptParent), m_session(session), m_promptParent(promptParent)
{
    m_approve = makeAction(QStringLiteral("approveAction"), tr("✓ Approve"), QKeySequence(Qt::Key_A),
                           &ReviewActions::runApprove);
    m_reject =
        makeAction(QStringLiteral("rejectAction"), tr("✗ Reject…"), QKeySequence(Qt::Key_R), &ReviewActions::runReject);
    m_requestRollback = makeAction(QStringLiteral("requestRollbackAction"), tr("↩ Request rollback…"),
                                   QKeySequence(Qt::SHIFT | Qt::Key_R), &ReviewActions::runRequestRollback);
    m_approveRollback = makeAction(QStringLiteral("approveRollbackAction"), tr("Approve rollback…"),
                                   QKeySequence(Qt::SHIFT | Qt::Key_A), &ReviewActions::runApproveRollback);
    m_denyRollback = makeAction(QStringLiteral("denyRollbackAction"), tr("Deny rollback…"),
                                QKeySequence(Qt::SHIFT | Qt::Key_D), &ReviewActions::runDenyRollback);
    update();
}

QList<QAction*> ReviewActions::all() const
{
    return {m_approve, m_reject, m_requestRollback, m_approveRollback, m_denyRollback};
}

QAction* ReviewActions::makeAction(const QString& name, const QString& text, const QKeySequence& key,
                                   void (ReviewActions::*run)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    // Single-letter keys act where the queue or the detail has focus, never while typing a search.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, run);
    return action;
}

void ReviewActions::setTargets(const QList<ReviewTarget>& targets, const std::optional<RollbackRequest>& openRequest)
{
    m_targets = targets;
    m_openRequest = openRequest;
    update();
}

QString ReviewActions::whyNot(const QList<Decision>& decisions) const
{
    if (!m_session->isOpen())
        return tr("No database is open.");
    // The engine's dry run of each decision, so that the rules live in one place. A large
    // selection is checked on its first items: each is decided on its own anyway. An item that
    // someone else moved on since it was shown stays decidable: deciding says who moved it.
    constexpr int kChecked = 25;
    TransitionEngine engine(*m_session->database());
    for (const Decision& decision : decisions.mid(0, kChecked)) {
        const DecisionResult allowed = engine.check(decision);
        if (allowed.outcome || allowed.isStale(decision))
            continue;
        const QString why = allowed.outcome.message() + QLatin1Char('.');
        return decisions.size() == 1 ? why : tr("Not for suggestion %1: %2").arg(shortId(decision.targetId), why);
    }
    return {};
}

void ReviewActions::update()
{
    const auto set = [](QAction* action, const QString& reason, const QString& what) {
        action->setEnabled(reason.isEmpty());
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(reason.isEmpty() ? tr("%1 (%2)").arg(what, keys) : reason);
    };
    const QString many =
        m_targets.size() > 1 ? tr("the %1 selected suggestions").arg(m_targets.size()) : tr("the selected suggestion");
    QList<Decision> approvals;
    QList<Decision> rejections;
    for (const ReviewTarget& target : std::as_const(m_targets)) {
        approvals << SuggestionDecisions::approve(target.suggestionId, {}, target.seenStatus);
        rejections << SuggestionDecisions::reject(target.suggestionId, {}, target.seenStatus);
    }
    const QString none = m_targets.isEmpty() ? tr("Select a suggestion first.") : QString();
    set(m_approve, none.isEmpty() ? whyNot(approvals) : none, tr("Approve %1").arg(many));
    set(m_reject, none.isEmpty() ? whyNot(rejections) : none, tr("Reject %1, with a comment").arg(many));
    QString rollbackRequestReason = none;
    if (rollbackRequestReason.isEmpty() && m_targets.size() > 1)
        rollbackRequestReason = tr("Select one suggestion: a rollback request is made for one at a time.");
    if (rollbackRequestReason.isEmpty())
        rollbackRequestReason = whyNot(
            {SuggestionDecisions::requestRollback(m_targets.first().suggestionId, {}, m_targets.first().seenStatus)});
    set(m_requestRollback, rollbackRequestReason, tr("Ask a manager to roll the applied suggestion back"));
    const QString rollbackReason = m_openRequest ? whyNot({RollbackRequests::approve(m_openRequest->requestId)})
                                                 : tr("There is no open rollback request for the selected item.");
    set(m_approveRollback, rollbackReason, tr("Approve the rollback request"));
    set(m_denyRollback, rollbackReason, tr("Deny the rollback request, with a comment"));
    // Rollback decisions are a manager's: out of the way for everyone else.
    const bool decides = m_session->roleAllows(Action::ApproveRollback);
    m_approveRollback->setVisible(decides && m_openRequest.has_value());
    m_denyRollback->setVisible(decides && m_openRequest.has_value());
}

void ReviewActions::apply(const QList<Decision>& decisions, const QString& doneVerb, const QString& notDoneVerb)
{
    if (!m_session->isOpen() || decisions.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    TransitionEngine engine(*m_session->database());
    const QList<DecisionResult> results = engine.applyEach(decisions);
    QApplication::restoreOverrideCursor();

    QStringList failures;
    QStringList succeeded;
    for (const DecisionResult& result : results) {
        if (result.outcome)
            succeeded << shortId(result.targetId);
        else
            failures << result.outcome.message();
    }
    // Which ones, by id: all of a handful, the first few of a long list.
    const auto some = [](QStringList ids) {
        constexpr int kShown = 5;
        if (ids.size() <= kShown)
            return ids.join(QStringLiteral(", "));
        const auto more = ids.size() - kShown;
        return tr("%1 and %2 more").arg(ids.mid(0, kShown).join(QStringLiteral(", "))).arg(more);
    };
    QString message;
    MessageBar::Kind kind = MessageBar::Kind::Success;
    if (failures.isEmpty()) {
        message = results.size() == 1 ? tr("%1 %2.").arg(doneVerb, succeeded.first())
                                      : tr("%1 %2 items: %3.").arg(doneVerb).arg(results.size()).arg(some(succeeded));
    } else if (results.size() == 1) {
        kind = MessageBar::Kind::Error;
        message = tr("%1 %2: %3").arg(notDoneVerb, shortId(results.first().targetId), failures.first());
    } else {
        kind = succeeded.isEmpty() ? MessageBar::Kind::Error : MessageBar::Kind::Warning;
        message = tr("%1 %2 of %3%4. %5: %6")
                      .arg(doneVerb)
                      .arg(succeeded.size())
                      .arg(results.size())
                      .arg(succeeded.isEmpty() ? QString() : tr(" (%1)").arg(some(succeeded)))
                      .arg(notDoneVerb, failures.join(QStringLiteral("; ")));
    }
    emit finished(kind, message, results);
}

void ReviewActions::runApprove()
{
    update();
    if (!m_approve->isEnabled())
        return;
    // What the reviewer saw when they asked; a refresh while a prompt is open must not change it.
    const QList<ReviewTarget> seen = m_targets;
    if (seen.size() > 1 &&
        !Prompt::confirm(m_promptParent, tr("Approve suggestions"),
                         tr("Approve these %1 suggestions? Each is decided on its own: any that someone else has "
                            "decided in the meantime is left as it is.")
                             .arg(seen.size()),
                         tr("Approve %1").arg(seen.size())))
        return;
    QList<Decision> decisions;
    for (const ReviewTarget& target : seen)
        decisions << SuggestionDecisions::approve(target.suggestionId, {}, target.seenStatus);
    apply(decisions, tr("Approved"), tr("Not approved"));
}

void ReviewActions::runReject()
{
    update();
    if (!m_reject->isEnabled())
        return;
    const QList<ReviewTarget> seen = m_targets;
    const QString what = seen.size() > 1 ? tr("these %1 suggestions").arg(seen.size()) : tr("this suggestion");
    const auto comment = Prompt::comment(
        m_promptParent, tr("Reject"), tr("Why are you rejecting %1? The comment goes into the audit trail.").arg(what),
        true, seen.size() > 1 ? tr("Reject %1").arg(seen.size()) : tr("Reject"));
    if (!comment)
        return;
    QList<Decision> decisions;
    for (const ReviewTarget& target : seen)
        decisions << SuggestionDecisions::reject(target.suggestionId, *comment, target.seenStatus);
    apply(decisions, tr("Rejected"), tr("Not rejected"));
}

void ReviewActions::runRequestRollback()
{
    update();
    if (!m_requestRollback->isEnabled())
        return;
    const ReviewTarget target = m_targets.first();
    const auto reason =
        Prompt::comment(m_promptParent, tr("Request rollback"),
                        tr("Why should this applied suggestion be rolled back? A manager other than you "
                           "approves or denies the request."),
                        true, tr("Request rollback"));
    if (!reason)
        return;
    apply({SuggestionDecisions::requestRollback(target.suggestionId, *reason, target.seenStatus)},
          tr("Rollback requested for"), tr("No rollback requested for"));
}

void ReviewActions::runApproveRollback()
{
    update();
    if (!m_approveRollback->isEnabled())
        return;
    const RollbackRequest request = *m_openRequest;
    const auto comment = Prompt::comment(m_promptParent, tr("Approve rollback"),
                                         tr("%1 asked: “%2”. Approving rolls the %3 back now. A comment is optional.")
                                             .arg(request.requestedBy, request.reason, request.targetKind),
                                         false, tr("Approve rollback"));
    if (!comment)
        return;
    apply({RollbackRequests::approve(request.requestId, *comment)}, tr("Rollback approved:"),
          tr("Rollback not approved:"));
}

void ReviewActions::runDenyRollback()
{
    update();
    if (!m_denyRollback->isEnabled())
        return;
    const RollbackRequest request = *m_openRequest;
    const auto comment =
        Prompt::comment(m_promptParent, tr("Deny rollback"),
                        tr("%1 asked: “%2”. Why is the rollback denied?").arg(request.requestedBy, request.reason),
                        true, tr("Deny rollback"));
    if (!comment)
        return;
    apply({RollbackRequests::deny(request.requestId, *comment)}, tr("Rollback denied:"), tr("Rollback not denied:"));
}

} // namespace steward
