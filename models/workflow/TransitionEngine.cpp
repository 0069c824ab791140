#include "TransitionEngine.h"

#include "models/core/Clock.h"
#include "models/db/AppSchema.h"
#include "models/db/Database.h"
#include "models/profiles/Profile.h"
#include "models/values/TimeText.h"
#include "models/values/VisibleText.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/ServerRoles.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QTimeZone>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TransitionEngine)
};

QString conflictMessage(const Decision& d, const QString& current, const std::optional<AuditEntry>& last)
{
    QString who;
    if (last && last->stateAfter == current)
        who = Text::tr(" (%1 by %2 at %3)").arg(last->action, last->actor, TimeText::minutesUtc(last->recordedAt));
    else
        who = Text::tr(" (changed outside Steward)");
    return Text::tr("%1 %2 is %3 now, not %4%5; nothing was changed")
        .arg(d.kind().name, shortId(d.targetId), current, d.expectedState, who);
}
} // namespace

QString shortId(const QString& id)
{
    return id.size() > 13 ? id.left(8) + QStringLiteral("…") : id;
}

Result<Role> TransitionEngine::actorRole() const
{
    return RoleRepository(m_database).roleOf(m_database.actingUser());
}

Outcome TransitionEngine::prepare(Permission permission, TransitionContext& context) const
{
    if (Outcome writable = m_database.requireWritable(permissionDescription(permission)); !writable)
        return writable;
    if (Outcome current = AppSchema::requireCurrent(m_database); !current)
        return current;
    auto role = actorRole();
    if (!role)
        return role.failure();
    context.role = *role;
    return authorize(context.actor, context.role, permission);
}

Decision Decision::on(Action action, const QString& targetId, const QString& expectedState)
{
    Decision d;
    d.action = action;
    d.targetId = targetId;
    d.expectedState = expectedState;
    return d;
}

QString TransitionEngine::changeChannel()
{
    return QStringLiteral("steward_changes");
}

Outcome TransitionEngine::finish(TransitionContext& context, qint64* firstSeq)
{
    // Where the server decides, only its functions write audit records.
    Q_ASSERT(!context.onServer || context.extraAudit.isEmpty());
    QStringList kinds;
    for (AuditEntry& entry : context.extraAudit) {
        if (entry.actor.isEmpty())
            entry.actor = context.actor;
        entry.recordedAt = context.now;
        if (Outcome appended = AuditChain::append(m_database, entry); !appended)
            return appended;
        if (firstSeq && *firstSeq == 0)
            *firstSeq = entry.seq;
        if (!kinds.contains(entry.targetKind))
            kinds << entry.targetKind;
    }
    for (const QString& kind : std::as_const(kinds)) {
        if (Outcome announced = m_database.notify(changeChannel(), kind); !announced)
            return announced;
    }
    return Outcome::ok();
}

Outcome TransitionEngine::evaluate(const Decision& d, TransitionContext& context, DecisionResult& result, bool lock)
{
    const WorkflowStep& step = d.step();
    Q_ASSERT(step.kind);
    if (!step.kind->keptIn(m_database))
        return Outcome::failed(
            Text::tr("this database (%1) keeps no %2 items").arg(m_database.profile().title, step.kind->name));
    if (Outcome prepared = prepare(step.permission, context); !prepared)
        return prepared;

    // Read (and, deciding, lock) the row as it is now.
    const ItemKind kind = step.kind->bound(m_database);
    QStringList columns{kind.stateColumn};
    columns << (kind.clientColumn.isEmpty() ? QStringLiteral("NULL") : kind.clientColumn);
    columns << kind.contextColumns;
    QSqlQuery read = m_database.query();
    read.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?%4")
                     .arg(columns.join(QStringLiteral(", ")), kind.sqlTable(m_database), kind.idColumn,
                          lock ? m_database.dialect().forUpdate() : QString()));
    read.addBindValue(d.targetId);
    if (Outcome done = m_database.run(read, Text::tr("reading %1 %2").arg(kind.name, shortId(d.targetId))); !done) {
        // PostgreSQL refuses text that is not a uuid for a uuid id: that id names nothing.
        if (read.lastError().nativeErrorCode() == QLatin1String("22P02"))
            return Outcome::notFound(Text::tr("no %1 with id %2").arg(kind.name, d.targetId));
        return done;
    }
    if (!read.next())
        return Outcome::notFound(Text::tr("no %1 with id %2").arg(kind.name, d.targetId));
    context.currentState = kind.stewardState(read.value(0).toString());
    context.clientId = read.value(1).toString();
    const QStringList& keys = kind.contextKeys.isEmpty() ? kind.contextColumns : kind.contextKeys;
    for (int i = 0; i < kind.contextColumns.size(); ++i)
        context.row.insert(keys.at(i), read.value(2 + i));
    read.finish();
    result.stateNow = context.currentState;

    if (context.currentState != d.expectedState) {
        auto last = AuditChain::latestFor(m_database, kind.name, d.targetId);
        result.lastDecision = last ? *last : std::nullopt;
        return Outcome::conflict(conflictMessage(d, context.currentState, result.lastDecision));
    }
    if (!step.startsFrom(context.currentState))
        return Outcome::conflict(step.refusalFrom(context.currentState));
    return d.guard ? d.guard(context) : Outcome::ok();
}

DecisionResult TransitionEngine::check(const Decision& decision)
{
    TransitionContext context{m_database, m_database.actingUser(), Role::Viewer, Clock::nowUtc(), {}, {}, {}, {}};
    DecisionResult result;
    result.targetId = decision.targetId;
    result.outcome = evaluate(decision, context, result, false);
    return result;
}

DecisionResult TransitionEngine::apply(const Decision& d)
{
    DecisionResult result;
    result.targetId = d.targetId;
    const WorkflowStep& step = d.step();
    TransitionContext context{m_database, m_database.actingUser(), Role::Viewer, Clock::nowUtc(), {}, {}, {}, {}};

    if (step.commentRequired && !VisibleText::hasVisible(d.comment)) {
        result.outcome = Outcome::usage(Text::tr("This decision needs %1").arg(step.commentText()));
        return result;
    }
    if (Outcome writable = m_database.requireWritable(permissionDescription(step.permission)); !writable) {
        result.outcome = writable;
        return result;
    }
    auto onServer = ServerRoles::active(m_database);
    if (!onServer) {
        result.outcome = onServer.failure();
        return result;
    }
    if (*onServer)
        return applyOnServer(d);
    WriteTransaction transaction(m_database);
    if (result.outcome = transaction.begin(); !result.outcome)
        return result;
    if (result.outcome = evaluate(d, context, result, true); !result.outcome)
        return result;

    // The write is conditional on the state read above; a concurrent winner makes it touch nothing.
    const QString newState = d.newState();
    const ItemKind kind = d.kind().bound(m_database);
    if (newState != d.expectedState || !d.setColumns.isEmpty()) {
        QStringList assignments{kind.stateColumn + QStringLiteral(" = ?")};
        for (const auto& [column, value] : d.setColumns) {
            Q_UNUSED(value)
            assignments << column + QStringLiteral(" = ?");
        }
        QSqlQuery update = m_database.query();
        update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ? AND %4 = ?")
                           .arg(kind.sqlTable(m_database), assignments.join(QStringLiteral(", ")), kind.idColumn,
                                kind.stateColumn));
        update.addBindValue(kind.systemState(newState));
        for (const auto& [column, value] : d.setColumns) {
            Q_UNUSED(column)
            update.addBindValue(value);
        }
        update.addBindValue(d.targetId);
        update.addBindValue(kind.systemState(d.expectedState));
        if (result.outcome = m_database.run(update, Text::tr("updating %1").arg(kind.name)); !result.outcome)
            return result;
        if (update.numRowsAffected() != 1) {
            result.outcome = Outcome::conflict(Text::tr("%1 %2 changed while it was being decided; nothing was changed")
                                                   .arg(kind.name, shortId(d.targetId)));
            return result;
        }
    }

    AuditEntry entry;
    entry.action = QLatin1String(step.recorded);
    entry.targetKind = kind.name;
    entry.targetId = d.targetId;
    entry.clientId = context.clientId;
    entry.stateBefore = d.expectedState;
    entry.stateAfter = newState;
    entry.comment = d.comment.trimmed();
    if (!d.details.isEmpty())
        entry.details = QString::fromUtf8(QJsonDocument(d.details).toJson(QJsonDocument::Compact));
    context.extraAudit.prepend(entry);

    // Effects append their own entries after the main one (and may add details to it).
    if (d.effect) {
        if (result.outcome = d.effect(context); !result.outcome)
            return result;
    }
    if (result.outcome = finish(context, &result.auditSeq); !result.outcome)
        return result;
    if (result.outcome = transaction.commit(); !result.outcome)
        return result;
    result.stateNow = newState;
    return result;
}

DecisionResult TransitionEngine::applyOnServer(const Decision& d)
{
    DecisionResult result;
    result.targetId = d.targetId;
    {
        TransitionContext context{m_database, m_database.actingUser(), Role::Viewer, Clock::nowUtc(), {}, {}, {}, {}};
        context.onServer = true;
        WriteTransaction transaction(m_database);
        if (result.outcome = transaction.begin(); !result.outcome)
            return result;
        // The server checks all of this again on the locked row; read here, refusals say who decided.
        if (result.outcome = evaluate(d, context, result, false); !result.outcome)
            return result;
        result.outcome = ServerRoles::decide(m_database, d.action, d.targetId, d.expectedState, d.comment,
                                             d.serverArguments, &result.auditSeq);
        if (result.outcome) {
            if (result.outcome = transaction.commit(); result.outcome)
                result.stateNow = d.newState();
            return result;
        }
        if (result.outcome.code() != OutcomeCode::Conflict)
            return result;
    }
    // Someone decided between the read and the lock: say who, as the client path does.
    DecisionResult now = check(d);
    if (now.outcome.code() == OutcomeCode::Conflict && now.stateNow != d.expectedState)
        return now;
    return result;
}

QList<DecisionResult> TransitionEngine::applyEach(const QList<Decision>& decisions)
{
    QList<DecisionResult> results;
    results.reserve(decisions.size());
    for (const Decision& decision : decisions)
        results << apply(decision);
    return results;
}

Outcome TransitionEngine::checkPermission(Action action) const
{
    TransitionContext context{m_database, m_database.actingUser(), Role::Viewer, Clock::nowUtc(), {}, {}, {}, {}};
    return prepare(Workflow::step(action).permission, context);
}

Outcome TransitionEngine::perform(Action action, const std::function<Outcome(TransitionContext&)>& write)
{
    TransitionContext context{m_database, m_database.actingUser(), Role::Viewer, Clock::nowUtc(), {}, {}, {}, {}};
    if (Outcome prepared = prepare(Workflow::step(action).permission, context); !prepared)
        return prepared;
    auto onServer = ServerRoles::active(m_database);
    if (!onServer)
        return onServer.failure();
    context.onServer = *onServer;
    WriteTransaction transaction(m_database);
    if (Outcome begun = transaction.begin(); !begun)
        return begun;
    if (Outcome written = write(context); !written)
        return written;
    if (Outcome recorded = finish(context, nullptr); !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace steward
