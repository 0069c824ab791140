#pragma once

#include "models/workflow/RollbackRequests.h"
#include "models/workflow/TransitionEngine.h"
#include "ui/widgets/MessageBar.h"

#include <QList>
#include <QObject>
#include <optional>

class QAction;
class QWidget;

namespace steward {

class Session;

// A suggestion as the reviewer saw it: the decision is conditional on this status.
struct ReviewTarget
{
    QString suggestionId;
    QString seenStatus;
};

// The decisions of the review page as actions with shortcuts: approve, reject (with a
// comment), request a rollback, and, for managers, approve or deny a rollback request. An
// action the user's role or the item's state does not allow is disabled and its tooltip says
// why. Several selected suggestions are decided each on its own, after one confirmation.
class ReviewActions : public QObject
{
    Q_OBJECT

public:
    ReviewActions(Session* session, QWidget* promptParent);

    QAction* approve() const { return m_approve; }
    QAction* reject() const { return m_reject; }
    QAction* requestRollback() const { return m_requestRollback; }
    QAction* approveRollback() const { return m_approveRollback; }
    QAction* denyRollback() const { return m_denyRollback; }
    QList<QAction*> all() const;

    // What the decisions would apply to now.
    void setTargets(const QList<ReviewTarget>& targets, const std::optional<RollbackRequest>& openRequest);
    // Role or connection changed: enable and explain again.
    void update();

signals:
    // After decisions were attempted: what to tell the reviewer, and which items they were.
    void finished(MessageBar::Kind kind, const QString& message, const QList<DecisionResult>& results);

private:
    QAction* makeAction(const QString& name, const QString& text, const QKeySequence& key,
                        void (ReviewActions::*run)());
    void runApprove();
    void runReject();
    void runRequestRollback();
    void runApproveRollback();
    void runDenyRollback();
    void apply(const QList<Decision>& decisions, const QString& doneVerb, const QString& notDoneVerb);
    // Why `decisions` cannot be made now, as the transition engine's dry run says, or empty.
    QString whyNot(const QList<Decision>& decisions) const;

    Session* m_session;
    QWidget* m_promptParent;
    QList<ReviewTarget> m_targets;
    std::optional<RollbackRequest> m_openRequest;
    QAction* m_approve;
    QAction* m_reject;
    QAction* m_requestRollback;
    QAction* m_approveRollback;
    QAction* m_denyRollback;
};

} // namespace steward
