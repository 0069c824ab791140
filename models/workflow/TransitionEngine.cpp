#include "TransitionEngine.h"

#include "core/Clock.h"
#include "db/AppSchema.h"
#include "db/Database.h"
#include "values/TimeText.h"
#include "workflow/RoleRepository.h"

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
        .arg(d.kind->name, shortId(d.targetId), current, d.expectedState, who);
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

Decision Decision::on(const ItemKind& kind, Permission permission, const QString& targetId, const QString& expectedState,
                      const QString& newState, const QString& action)
{
    Decision d;
    d.kind = &kind;
    d.targetId = targetId;
    d.expectedState = expectedState;
    d.newState = newState;
    d.action = action;
    d.permission = permission;
    return d;
}

QString TransitionEngine::changeChannel()
{
    return QStringLiteral("steward_changes");
}

Outcome TransitionEngine::finish(TransitionContext& context, qint64* firstSeq)
{
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

DecisionResult TransitionEngine::apply(const Decision& d)
{
    DecisionResult result;
    result.targetId = d.targetId;
    Q_ASSERT(d.kind);
    TransitionContext context{m_database, m_database.actingUser(), Role::Viewer, Clock::nowUtc(), {}, {}, {}, {}};

    if (d.commentRequired && d.comment.trimmed().isEmpty()) {
        result.outcome = Outcome::usage(Text::tr("%1 needs %2").arg(d.action, d.commentName.isEmpty() ? Text::tr("a comment") : d.commentName));
        return result;
    }
    if (result.outcome = prepare(d.permission, context); !result.outcome)
        return result;

    WriteTransaction transaction(m_database);
    if (result.outcome = transaction.begin(); !result.outcome)
        return result;

    // Read and lock the row as it is now.
    const QString table = d.kind->sqlTable(m_database);
    QStringList columns{d.kind->stateColumn};
    columns << (d.kind->clientColumn.isEmpty() ? QStringLiteral("NULL") : d.kind->clientColumn);
    columns << d.kind->contextColumns;
    QSqlQuery read = m_database.query();
    read.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?%4")
                     .arg(columns.join(QStringLiteral(", ")), table, d.kind->idColumn,
                          m_database.isSqlite() ? QString() : QStringLiteral(" FOR UPDATE")));
    read.addBindValue(d.targetId);
    if (result.outcome = m_database.run(read, Text::tr("reading %1 %2").arg(d.kind->name, shortId(d.targetId))); !result.outcome) {
        // PostgreSQL refuses text that is not a uuid for a uuid id: that id names nothing.
        if (read.lastError().nativeErrorCode() == QLatin1String("22P02"))
            result.outcome = Outcome::notFound(Text::tr("no %1 with id %2").arg(d.kind->name, d.targetId));
        return result;
    }
    if (!read.next()) {
        result.outcome = Outcome::notFound(Text::tr("no %1 with id %2").arg(d.kind->name, d.targetId));
        return result;
    }
    context.currentState = read.value(0).toString();
    context.clientId = read.value(1).toString();
    for (int i = 0; i < d.kind->contextColumns.size(); ++i)
        context.row.insert(d.kind->contextColumns.at(i), read.value(2 + i));
    read.finish();
    result.stateNow = context.currentState;

    if (context.currentState != d.expectedState) {
        auto last = AuditChain::latestFor(m_database, d.kind->name, d.targetId);
        result.lastDecision = last ? *last : std::nullopt;
        result.outcome = Outcome::conflict(conflictMessage(d, context.currentState, result.lastDecision));
        return result;
    }
    if (!d.kind->allows || !d.kind->allows(d.expectedState, d.newState)) {
        result.outcome = Outcome::conflict(Text::tr("%1 is not possible for a %2 that is %3")
                                               .arg(d.action, d.kind->name, context.currentState));
        return result;
    }
    if (d.guard) {
        if (result.outcome = d.guard(context); !result.outcome)
            return result;
    }

    // The write is conditional on the state read above; a concurrent winner makes it touch nothing.
    if (d.newState != d.expectedState || !d.setColumns.isEmpty()) {
        QStringList assignments{d.kind->stateColumn + QStringLiteral(" = ?")};
        for (const auto& [column, value] : d.setColumns) {
            Q_UNUSED(value)
            assignments << column + QStringLiteral(" = ?");
        }
        QSqlQuery update = m_database.query();
        update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ? AND %4 = ?")
                           .arg(table, assignments.join(QStringLiteral(", ")), d.kind->idColumn, d.kind->stateColumn));
        update.addBindValue(d.newState);
        for (const auto& [column, value] : d.setColumns) {
            Q_UNUSED(column)
            update.addBindValue(value);
        }
        update.addBindValue(d.targetId);
        update.addBindValue(d.expectedState);
        if (result.outcome = m_database.run(update, Text::tr("updating %1").arg(d.kind->name)); !result.outcome)
            return result;
        if (update.numRowsAffected() != 1) {
            result.outcome = Outcome::conflict(Text::tr("%1 %2 changed while it was being decided; nothing was changed")
                                                   .arg(d.kind->name, shortId(d.targetId)));
            return result;
        }
    }

    AuditEntry entry;
    entry.action = d.action;
    entry.targetKind = d.kind->name;
    entry.targetId = d.targetId;
    entry.clientId = context.clientId;
    entry.stateBefore = d.expectedState;
    entry.stateAfter = d.newState;
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
    result.stateNow = d.newState;
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

Outcome TransitionEngine::perform(Permission permission, const std::function<Outcome(TransitionContext&)>& write)
{
    TransitionContext context{m_database, m_database.actingUser(), Role::Viewer, Clock::nowUtc(), {}, {}, {}, {}};
    if (Outcome prepared = prepare(permission, context); !prepared)
        return prepared;
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
