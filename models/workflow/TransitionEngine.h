#pragma once

#include "core/Outcome.h"
#include "workflow/AuditChain.h"
#include "workflow/ItemKind.h"
#include "workflow/Role.h"

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

// One person's decision on one item: what they saw (expectedState) and what they want
// (newState). Everything that changes a state in Steward is one of these.
struct Decision
{
    const ItemKind* kind = nullptr;
    QString targetId;
    QString expectedState;
    QString newState; // equal to expectedState for steps that leave the state (comments, requests)
    QString action;   // as recorded: approve, reject, request_rollback, assign, resolve...
    Permission permission = Permission::ReviewSuggestion;
    QString comment;
    bool commentRequired = false;
    QString commentName; // what the comment is, for the refusal message: "a reason", "the resolution"
    QList<QPair<QString, QVariant>> setColumns; // written with the state (resolved_by, resolved_at...)
    QJsonObject details;
    // After the row is read and locked, before any write: may refuse (two-person rule, severity).
    std::function<Outcome(TransitionContext&)> guard;
    // After the state is written, in the same transaction: further writes and audit entries.
    std::function<Outcome(TransitionContext&)> effect;

    // A decision with what every kind needs; callers add the comment, guard and effect.
    static Decision on(const ItemKind& kind, Permission permission, const QString& targetId,
                       const QString& expectedState, const QString& newState, const QString& action);
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
};

struct DecisionResult
{
    Outcome outcome;
    QString targetId;
    QString stateNow;                        // after success, or the state found on conflict
    std::optional<AuditEntry> lastDecision;  // on conflict: who decided last, if Steward knows
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
    // Each decision on its own: one failing never stops or undoes the others.
    QList<DecisionResult> applyEach(const QList<Decision>& decisions);

    // An audited write that is not one row's state change (role grants, settings, imports):
    // `write` runs inside the transaction and adds the audit entries to context.extraAudit.
    Outcome perform(Permission permission, const std::function<Outcome(TransitionContext&)>& write);

    // The acting user's role, as the engine checks it.
    Result<Role> actorRole() const;

    // On PostgreSQL every committed decision is announced on this channel, its payload the kind
    // of item it changed (see AuditEntry::targetKind), so that other sessions can refresh.
    static QString changeChannel();

private:
    Outcome prepare(Permission permission, TransitionContext& context) const;
    Outcome finish(TransitionContext& context, qint64* firstSeq);

    Database& m_database;
};

QString shortId(const QString& id);

} // namespace steward
