#pragma once

#include "models/core/Outcome.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/ItemKind.h"
#include "models/workflow/Role.h"
#include "models/workflow/Workflow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QVariant>
#include <QVariantMap>
#include <functional>
#include <optional>

namespace steward {

class Database;
struct TransitionContext;

// One person's decision on one item: the step they take (a row of the workflow table, which
// says where it leads, who may take it and whether it needs a comment) and the state they saw.
// Everything that changes a state in Steward is one of these.
struct Decision
{
    Action action = Action::ApproveSuggestion;
    QString targetId;
    QString expectedState;
    QString comment;
    QList<QPair<QString, QVariant>> setColumns; // written with the state (resolved_by, resolved_at...)
    QJsonObject details;
    // What the server needs to repeat the effect where it makes the decision (the assignee...).
    QJsonObject serverArguments;
    // After the row is read (and locked), before any write: may refuse on what the table cannot
    // know (two-person rule, severity, assignee).
    std::function<Outcome(TransitionContext&)> guard;
    // After the state is written, in the same transaction: further writes and audit entries.
    std::function<Outcome(TransitionContext&)> effect;

    const WorkflowStep& step() const { return Workflow::step(action); }
    const ItemKind& kind() const { return *step().kind; }
    QString newState() const { return step().target(expectedState); }

    // A decision to take `action` on an item seen in `expectedState`; callers add the comment,
    // guard and effect.
    static Decision on(Action action, const QString& targetId, const QString& expectedState);
};

struct TransitionContext
{
    Database& database;
    QString actor;
    Role role = Role::Viewer;
    QDateTime now; // UTC, the one clock reading for the whole decision
    QString currentState;
    QString clientId;
    QVariantMap row; // the kind's context columns
    QList<AuditEntry> extraAudit;
    // The server makes the decision and writes its audit records (ServerRoles): writes call its
    // functions instead of writing the rows and adding to extraAudit.
    bool onServer = false;
};

struct DecisionResult
{
    Outcome outcome;
    // The item moved on since the person saw it (someone else decided): deciding reports the
    // conflict with who did it.
    bool isStale(const Decision& decision) const
    {
        return outcome.code() == OutcomeCode::Conflict && !stateNow.isEmpty() && stateNow != decision.expectedState;
    }
    QString targetId;
    QString stateNow;                       // after success, or the state found on conflict
    std::optional<AuditEntry> lastDecision; // on conflict: who decided last, if Steward knows
    qint64 auditSeq = 0;
};

// The one transition-and-audit mechanism: checks the role, writes conditionally on the state
// the person saw in one write transaction, appends the audit record(s) in the same
// transaction, and returns a typed outcome (done / conflict / forbidden / not found / ...).
class TransitionEngine
{
public:
    explicit TransitionEngine(Database& database) : m_database(database) {}

    DecisionResult apply(const Decision& decision);
    // The dry run of apply(): every check it makes before writing (a writable connection,
    // Steward's tables, the role, the item's state against the one seen, the step from that
    // state, the decision's guard), with the outcome apply() would return. Only the comment,
    // which a person writes after choosing the action, is left to apply(). The GUI enables
    // actions and explains disabled ones with it; nothing is written or locked. As from
    // apply(), stateNow says what the item is now, and lastDecision who moved it there.
    DecisionResult check(const Decision& decision);
    // Each decision on its own: one failing never stops or undoes the others.
    QList<DecisionResult> applyEach(const QList<Decision>& decisions);

    // An audited write that is not one row's state change (role grants, settings, imports): a
    // workflow step without an item. `write` runs inside the transaction and adds the audit
    // entries to context.extraAudit.
    Outcome perform(Action action, const std::function<Outcome(TransitionContext&)>& write);
    // Whether the acting user may take `action` at all (read-only, Steward's tables, role).
    Outcome checkPermission(Action action) const;

    // The acting user's role, as the engine checks it.
    Result<Role> actorRole() const;

    // On PostgreSQL every committed decision is announced on this channel, its payload the kind
    // of item it changed (see AuditEntry::targetKind), so that other sessions can refresh.
    static QString changeChannel();

private:
    Outcome prepare(Permission permission, TransitionContext& context) const;
    // Reads the item (locking it when `lock`) and runs every check up to the write.
    Outcome evaluate(const Decision& decision, TransitionContext& context, DecisionResult& result, bool lock);
    Outcome finish(TransitionContext& context, qint64* firstSeq);
    // apply() where the server decides: the checks above for their messages, then its function.
    DecisionResult applyOnServer(const Decision& decision);

    Database& m_database;
};

QString shortId(const QString& id);

} // namespace steward
