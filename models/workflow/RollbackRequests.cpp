#include "RollbackRequests.h"

#include "models/db/Database.h"
#include "models/monitoring/DeploymentRollback.h"
#include "models/profiles/Profile.h"
#include "models/values/CellValue.h"
#include "models/workflow/ServerRoles.h"
#include "models/workflow/Workflow.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RollbackRequests)
};

const QString kColumns =
    QStringLiteral("request_id, target_kind, target_id, client_id, from_state, status, requested_by, "
                   "requested_at, reason, decided_by, decided_at, decision_comment");

RollbackRequest requestFrom(const QSqlQuery& q)
{
    RollbackRequest r;
    r.requestId = q.value(0).toString();
    r.targetKind = q.value(1).toString();
    r.targetId = q.value(2).toString();
    r.clientId = q.value(3).toString();
    r.fromState = q.value(4).toString();
    r.status = q.value(5).toString();
    r.requestedBy = q.value(6).toString();
    r.requestedAt = parseTimestamp(q.value(7));
    r.reason = q.value(8).toString();
    r.decidedBy = q.value(9).toString();
    r.decidedAt = parseTimestamp(q.value(10));
    r.decisionComment = q.value(11).toString();
    return r;
}

QString detailsJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// What approving a request does to its target, in the same transaction as the approval.
Outcome applyRollback(TransitionContext& context, const QString& requestId, const QString& comment)
{
    Database& db = context.database;
    const QString targetKind = context.row.value(QStringLiteral("target_kind")).toString();
    const QString targetId = context.row.value(QStringLiteral("target_id")).toString();
    AuditEntry entry;
    entry.clientId = context.clientId;
    entry.comment = comment.trimmed();
    entry.details = detailsJson({{QStringLiteral("request_id"), requestId}});

    if (targetKind == RollbackRequests::kSuggestion) {
        QSqlQuery update = db.query();
        update.prepare(
            QStringLiteral("UPDATE llm_suggestions SET status = '%1' WHERE suggestion_id = ? AND status = '%2'")
                .arg(stateName(SuggestionState::Rollback), stateName(SuggestionState::Applied)));
        update.addBindValue(targetId);
        if (Outcome done = db.run(update, Text::tr("rolling back suggestion %1").arg(shortId(targetId))); !done)
            return done;
        if (update.numRowsAffected() != 1)
            return Outcome::conflict(
                Text::tr("suggestion %1 is no longer applied; the rollback request cannot be approved")
                    .arg(shortId(targetId)));
        entry.action = QStringLiteral("rollback");
        entry.targetKind = RollbackRequests::kSuggestion;
        entry.targetId = targetId;
        entry.stateBefore = stateName(SuggestionState::Applied);
        entry.stateAfter = stateName(SuggestionState::Rollback);
        context.extraAudit << entry;
        return Outcome::ok();
    }

    if (targetKind == RollbackRequests::kModelVersion) {
        const QString table = db.appTable(QStringLiteral("active_versions"));
        QSqlQuery current = db.query();
        current.prepare(QStringLiteral("SELECT model_version FROM %1 WHERE client_id = ?").arg(table));
        current.addBindValue(context.clientId);
        if (Outcome done = db.run(current, Text::tr("reading the active version")); !done)
            return done;
        const QString previous = current.next() ? current.value(0).toString() : QString();
        current.finish();
        QSqlQuery remove = db.query();
        remove.prepare(QStringLiteral("DELETE FROM %1 WHERE client_id = ?").arg(table));
        remove.addBindValue(context.clientId);
        if (Outcome done = db.run(remove, Text::tr("replacing the active version")); !done)
            return done;
        QSqlQuery insert = db.query();
        insert.prepare(
            QStringLiteral("INSERT INTO %1 (client_id, model_version, set_by, set_at) VALUES (?, ?, ?, ?)").arg(table));
        insert.addBindValue(context.clientId);
        insert.addBindValue(targetId);
        insert.addBindValue(context.actor);
        insert.addBindValue(timestampText(context.now));
        if (Outcome done = db.run(insert, Text::tr("activating version %1").arg(targetId)); !done)
            return done;
        entry.action = QStringLiteral("activate_version");
        entry.targetKind = QStringLiteral("active_version");
        entry.targetId = context.clientId;
        entry.stateBefore = previous;
        entry.stateAfter = targetId;
        context.extraAudit << entry;
        return Outcome::ok();
    }
    if (targetKind == RollbackRequests::kDeployment)
        return DeploymentRollback::apply(context, requestId, targetId, comment);
    return Outcome::conflict(
        Text::tr("rollback request %1 targets a %2, which this version of Steward cannot roll back")
            .arg(shortId(requestId), targetKind));
}

Result<QList<RollbackRequest>> readRequests(Database& database, const QString& where, const QVariantList& binds)
{
    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(kColumns, database.appTable(QStringLiteral("rollback_requests")));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY requested_at DESC, request_id");
    QSqlQuery q = database.query();
    q.prepare(sql);
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (Outcome done = database.run(q, Text::tr("listing rollback requests")); !done)
        return done;
    QList<RollbackRequest> requests;
    while (q.next())
        requests << requestFrom(q);
    return requests;
}

// Who decided a request, when and why, on the request itself (in the decision's transaction).
Outcome recordDecision(TransitionContext& context, const QString& requestId, const QString& comment)
{
    Database& db = context.database;
    QSqlQuery update = db.query();
    update.prepare(
        QStringLiteral("UPDATE %1 SET decided_by = ?, decided_at = ?, decision_comment = ? WHERE request_id = ?")
            .arg(db.appTable(QStringLiteral("rollback_requests"))));
    update.addBindValue(context.actor);
    update.addBindValue(timestampText(context.now));
    update.addBindValue(comment.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(comment.trimmed()));
    update.addBindValue(requestId);
    return db.run(update, Text::tr("recording the decision on rollback request %1").arg(shortId(requestId)));
}

Decision decide(const QString& requestId, Action action, const QString& comment)
{
    Decision d = Decision::on(action, requestId, stateName(RollbackRequestState::Requested));
    d.comment = comment;
    d.guard = [](TransitionContext& context) -> Outcome {
        const QString requester = context.row.value(QStringLiteral("requested_by")).toString();
        if (requester == context.actor)
            return Outcome::forbidden(
                Text::tr("%1 requested this rollback and cannot decide it; another manager must").arg(context.actor));
        return Outcome::ok();
    };
    d.effect = [requestId, comment](TransitionContext& context) { return recordDecision(context, requestId, comment); };
    return d;
}
} // namespace

Outcome RollbackRequests::refuseIfOpen(Database& db, const QString& targetKind, const QString& targetId,
                                       const QString& clientId)
{
    const QString table = db.appTable(QStringLiteral("rollback_requests"));
    QSqlQuery open = db.query();
    open.prepare(QStringLiteral("SELECT request_id, requested_by FROM %1 WHERE target_kind = ? AND target_id = ? "
                                "AND coalesce(client_id, '') = ? AND status = '%2'")
                     .arg(table, stateName(RollbackRequestState::Requested)));
    open.addBindValue(targetKind);
    open.addBindValue(targetId);
    open.addBindValue(clientId);
    if (Outcome done = db.run(open, Text::tr("looking for open rollback requests")); !done)
        return done;
    if (open.next()) {
        return Outcome::conflict(
            Text::tr("a rollback of %1 %2 was already requested by %3 (request %4) and awaits a manager")
                .arg(targetKind, shortId(targetId), open.value(1).toString(), shortId(open.value(0).toString())));
    }
    return Outcome::ok();
}

Outcome RollbackRequests::file(TransitionContext& context, const QString& targetKind, const QString& targetId,
                               const QString& clientId, const QString& fromState, const QString& reason,
                               QString* requestId)
{
    Database& db = context.database;
    if (Outcome none = refuseIfOpen(db, targetKind, targetId, clientId); !none)
        return none;
    const QString table = db.appTable(QStringLiteral("rollback_requests"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery insert = db.query();
    insert.prepare(QStringLiteral("INSERT INTO %1 (request_id, target_kind, target_id, client_id, from_state, status, "
                                  "requested_by, requested_at, reason) VALUES (?, ?, ?, ?, ?, '%2', ?, ?, ?)")
                       .arg(table, stateName(RollbackRequestState::Requested)));
    insert.addBindValue(id);
    insert.addBindValue(targetKind);
    insert.addBindValue(targetId);
    insert.addBindValue(clientId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(clientId));
    insert.addBindValue(fromState.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(fromState));
    insert.addBindValue(context.actor);
    insert.addBindValue(timestampText(context.now));
    insert.addBindValue(reason.trimmed());
    if (Outcome done = db.run(insert, Text::tr("filing the rollback request")); !done)
        return done;
    if (requestId)
        *requestId = id;
    // The request's own audit entry says it exists; the caller's entry says why.
    if (!context.extraAudit.isEmpty())
        context.extraAudit.first().details = detailsJson({{QStringLiteral("request_id"), id}});
    else {
        AuditEntry entry;
        entry.action = QStringLiteral("request_rollback");
        entry.targetKind = targetKind;
        entry.targetId = targetId;
        entry.clientId = clientId;
        entry.stateBefore = fromState;
        entry.stateAfter = fromState;
        entry.comment = reason.trimmed();
        entry.details = detailsJson({{QStringLiteral("request_id"), id}});
        context.extraAudit << entry;
    }
    return Outcome::ok();
}

Outcome RollbackRequests::requestModelRollback(Database& database, const QString& clientId, const QString& version,
                                               const QString& reason, QString* requestId)
{
    if (reason.trimmed().isEmpty())
        return Outcome::usage(Text::tr("a rollback request needs a reason"));
    if (clientId.isEmpty())
        return Outcome::usage(Text::tr("a model rollback needs the client (--client)"));
    TransitionEngine engine(database);
    return engine.perform(Action::RequestModelRollback, [&](TransitionContext& context) -> Outcome {
        if (context.onServer && database.profile().name == QLatin1String("pipeline")) {
            // One statement in the server: of two requests at the same moment, one is filed.
            auto id = ServerRoles::requestModelRollback(database, clientId, version, reason);
            if (!id)
                return id.failure();
            if (requestId)
                *requestId = *id;
            return Outcome::ok();
        }
        // Another system's versions are named as Steward's views of its tables name them ("name
        // version"), which the server's function does not read: the request is filed here, as
        // before the server decided on that system's tables.
        context.onServer = false;
        QSqlQuery exists = database.query();
        exists.prepare(database.dialect().withSources(
            QStringLiteral("SELECT 1 FROM model_metadata WHERE client_id = ? AND model_version = ?")));
        exists.addBindValue(clientId);
        exists.addBindValue(version);
        if (Outcome done = database.run(exists, Text::tr("looking up model version %1").arg(version)); !done)
            return done;
        if (!exists.next())
            return Outcome::notFound(Text::tr("client %1 has no model version %2").arg(clientId, version));
        exists.finish();
        QSqlQuery active = database.query();
        active.prepare(QStringLiteral("SELECT model_version FROM %1 WHERE client_id = ?")
                           .arg(database.appTable(QStringLiteral("active_versions"))));
        active.addBindValue(clientId);
        if (Outcome done = database.run(active, Text::tr("reading the active version")); !done)
            return done;
        const QString current = active.next() ? active.value(0).toString() : QString();
        active.finish();
        if (current == version)
            return Outcome::conflict(Text::tr("%1 is already the active version of %2").arg(version, clientId));
        return file(context, kModelVersion, version, clientId, current, reason, requestId);
    });
}

Decision RollbackRequests::approve(const QString& requestId, const QString& comment)
{
    Decision d = decide(requestId, Action::ApproveRollback, comment);
    d.effect = [requestId, comment](TransitionContext& context) {
        if (Outcome recorded = recordDecision(context, requestId, comment); !recorded)
            return recorded;
        return applyRollback(context, requestId, comment);
    };
    return d;
}

Decision RollbackRequests::deny(const QString& requestId, const QString& comment)
{
    return decide(requestId, Action::DenyRollback, comment);
}

Result<QList<RollbackRequest>> RollbackRequests::list(Database& database, const QString& status)
{
    return status.isEmpty() ? readRequests(database, {}, {})
                            : readRequests(database, QStringLiteral("status = ?"), {status});
}

Result<QList<RollbackRequest>> RollbackRequests::listFor(Database& database, const QString& targetKind,
                                                         const QString& targetId)
{
    return readRequests(database, QStringLiteral("target_kind = ? AND target_id = ?"), {targetKind, targetId});
}

Result<RollbackRequest> RollbackRequests::find(Database& database, const QString& requestId)
{
    QSqlQuery q = database.query();
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE request_id = ?")
                  .arg(kColumns, database.appTable(QStringLiteral("rollback_requests"))));
    q.addBindValue(requestId);
    if (Outcome done = database.run(q, Text::tr("reading rollback request %1").arg(requestId)); !done)
        return done;
    if (!q.next())
        return Outcome::notFound(Text::tr("no rollback request with id %1").arg(requestId));
    return requestFrom(q);
}

} // namespace steward
