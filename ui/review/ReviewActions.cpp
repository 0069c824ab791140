#include "ReviewActions.h"

#include "shell/Session.h"
#include "widgets/Prompt.h"
#include "workflow/SuggestionDecisions.h"

#include <QAction>
#include <QApplication>

namespace steward {

ReviewActions::ReviewActions(Session* session, QWidget* promptParent)
    : QObject(promptParent), m_session(session), m_promptParent(promptParent)
{
    m_approve = makeAction(QStringLiteral("approveAction"), tr("✓ Approve"), QKeySequence(Qt::Key_A), &ReviewActions::runApprove);
    m_reject = makeAction(QStringLiteral("rejectAction"), tr("✗ Reject…"), QKeySequence(Qt::Key_R), &ReviewActions::runReject);
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

QString ReviewActions::whyNot(Permission permission, const QString& requiredStatus, bool single) const
{
    if (const QString reason = m_session->whyNot(permission); !reason.isEmpty())
        return reason;
    if (m_targets.isEmpty())
        return tr("Select a suggestion first.");
    if (single && m_targets.size() > 1)
        return tr("Select one suggestion: a rollback request is made for one at a time.");
    QStringList others;
    for (const ReviewTarget& target : m_targets) {
        if (target.seenStatus != requiredStatus && !others.contains(target.seenStatus))
            others << target.seenStatus;
    }
    if (others.isEmpty())
        return {};
    if (m_targets.size() == 1)
        return tr("Only %1 suggestions can take this step; this one is %2.").arg(requiredStatus, others.first());
    return tr("Only %1 suggestions can take this step; the selection includes %2 ones.")
        .arg(requiredStatus, others.join(QStringLiteral(", ")));
}

QString ReviewActions::whyNotDecideRollback() const
{
    if (const QString reason = m_session->whyNot(Permission::DecideRollback); !reason.isEmpty())
        return reason;
    if (!m_openRequest)
        return tr("There is no open rollback request for the selected item.");
    if (m_openRequest->requestedBy == m_session->actingUser())
        return tr("You requested this rollback; another manager must decide it.");
    return {};
}

void ReviewActions::update()
{
    const auto set = [](QAction* action, const QString& reason, const QString& what) {
        action->setEnabled(reason.isEmpty());
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(reason.isEmpty() ? tr("%1 (%2)").arg(what, keys) : reason);
    };
    const QString many = m_targets.size() > 1 ? tr("the %1 selected suggestions").arg(m_targets.size())
                                              : tr("the selected suggestion");
    set(m_approve, whyNot(Permission::ReviewSuggestion, QStringLiteral("pending"), false), tr("Approve %1").arg(many));
    set(m_reject, whyNot(Permission::ReviewSuggestion, QStringLiteral("pending"), false), tr("Reject %1, with a comment").arg(many));
    QString rollbackRequestReason = whyNot(Permission::RequestRollback, QStringLiteral("applied"), true);
    if (rollbackRequestReason.isEmpty() && m_openRequest && m_openRequest->targetId == m_targets.first().suggestionId)
        rollbackRequestReason = tr("%1 already requested a rollback of this suggestion; it awaits a manager.")
                                    .arg(m_openRequest->requestedBy);
    set(m_requestRollback, rollbackRequestReason, tr("Ask a manager to roll the applied suggestion back"));
    const QString rollbackReason = whyNotDecideRollback();
    set(m_approveRollback, rollbackReason, tr("Approve the rollback request"));
    set(m_denyRollback, rollbackReason, tr("Deny the rollback request, with a comment"));
    // Rollback decisions are a manager's: out of the way for everyone else.
    const bool manager = static_cast<int>(m_session->role()) >= static_cast<int>(Role::Manager);
    m_approveRollback->setVisible(manager && m_openRequest.has_value());
    m_denyRollback->setVisible(manager && m_openRequest.has_value());
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
    const auto comment = Prompt::comment(m_promptParent, tr("Reject"),
                                         tr("Why are you rejecting %1? The comment goes into the audit trail.").arg(what),
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
    const auto reason = Prompt::comment(m_promptParent, tr("Request rollback"),
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
    const auto comment = Prompt::comment(m_promptParent, tr("Deny rollback"),
                                         tr("%1 asked: “%2”. Why is the rollback denied?")
                                             .arg(request.requestedBy, request.reason),
                                         true, tr("Deny rollback"));
    if (!comment)
        return;
    apply({RollbackRequests::deny(request.requestId, *comment)}, tr("Rollback denied:"), tr("Rollback not denied:"));
}

} // namespace steward
