#include "DeploymentRollback.h"

#include "models/db/AppSchema.h"
#include "models/db/Database.h"
#include "models/monitoring/Deployments.h"
#include "models/profiles/Profile.h"
#include "models/values/CellValue.h"
#include "models/workflow/RollbackRequests.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentRollback)
};

QString literal(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

struct Predecessor
{
    QString id;
    QString state; // the system's word
};

// "Same model": same model name (and scope) where the system names its models, else the same model id.
QString sameModel(Database& database, const ItemKind& kind)
{
    const QString model = kind.column(QStringLiteral("model"));
    QString same = QStringLiteral("p.%1 = t.%1").arg(model);
    const EntityMap* models = database.profile().entity(QStringLiteral("model_version"));
    if (models && models->has(QStringLiteral("id")) && models->has(QStringLiteral("name"))) {
        const auto col = [&](const QString& field) { return SqlDialect::quoteIdentifier(models->column(field)); };
        QString names = QStringLiteral("mp.%1 = mt.%1").arg(col(QStringLiteral("name")));
        if (models->has(QStringLiteral("scope")))
            names += QStringLiteral(" AND mp.%1 = mt.%1").arg(col(QStringLiteral("scope")));
        same = QStringLiteral("(%1 OR EXISTS (SELECT 1 FROM %2 mp, %2 mt WHERE mp.%3 = p.%4 AND mt.%3 = t.%4 AND %5))")
                   .arg(same, SqlDialect::quoteIdentifier(models->table), col(QStringLiteral("id")), model, names);
    }
    if (!kind.clientColumn.isEmpty())
        same += QStringLiteral(" AND p.%1 = t.%1").arg(kind.clientColumn);
    return same;
}

// The deployment that `deploymentId` replaced in its environment (see DeploymentRollback.h).
Result<Predecessor> predecessor(Database& database, const QString& deploymentId)
{
    const ItemKind kind = ItemKinds::deployment().bound(database);
    const QString deployedAt = kind.column(QStringLiteral("deployed_at"));
    const QString environment = kind.column(QStringLiteral("environment"));
    if (deployedAt.isEmpty() || environment.isEmpty() || kind.column(QStringLiteral("model")).isEmpty())
        return Outcome::conflict(Text::tr("%1 does not record when and where each deployment ran; Steward cannot "
                                          "tell which deployment came before")
                                     .arg(database.profile().title));
    const QStringList ended{kind.systemState(stateName(DeploymentState::Failed)),
                            kind.systemState(stateName(DeploymentState::Deploying)),
                            kind.systemState(stateName(DeploymentState::RolledBack))};
    QStringList endedWords;
    for (const QString& word : ended)
        endedWords << literal(word);
    QSqlQuery q = database.query();
    q.prepare(QStringLiteral("SELECT CAST(p.%1 AS TEXT), p.%2 FROM %3 p, %3 t WHERE t.%1 = ? AND p.%1 <> t.%1 "
                             "AND p.%4 = t.%4 AND %5 AND p.%6 < t.%6 AND p.%2 NOT IN (%7) "
                             "ORDER BY p.%6 DESC, p.%1 DESC LIMIT 1")
                  .arg(kind.idColumn, kind.stateColumn, kind.sqlTable(database), environment, sameModel(database, kind),
                       deployedAt, endedWords.join(QStringLiteral(", "))));
    q.addBindValue(deploymentId);
    if (Outcome done = database.run(q, Text::tr("looking for the deployment before %1").arg(shortId(deploymentId)));
        !done)
        return done;
    if (!q.next())
        return Outcome::conflict(Text::tr("deployment %1 has no earlier deployment of the same model in its "
                                          "environment to return to; nothing was changed")
                                     .arg(shortId(deploymentId)));
    return Predecessor{q.value(0).toString(), q.value(1).toString()};
}

// Moves one deployment from `from` to `to` (system words), refusing when it is no longer in `from`.
Outcome move(TransitionContext& context, const ItemKind& kind, const QString& id, const QString& from,
             const QString& to)
{
    Database& db = context.database;
    QString assignments = kind.stateColumn + QStringLiteral(" = ?");
    const QString updated = kind.columns.value(QStringLiteral("updated_at"));
    if (!updated.isEmpty())
        assignments += QStringLiteral(", %1 = ?").arg(updated);
    QSqlQuery update = db.query();
    update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ? AND %4 = ?")
                       .arg(kind.sqlTable(db), assignments, kind.idColumn, kind.stateColumn));
    update.addBindValue(to);
    if (!updated.isEmpty())
        update.addBindValue(timestampText(context.now));
    update.addBindValue(id);
    update.addBindValue(from);
    if (Outcome done = db.run(update, Text::tr("updating deployment %1").arg(shortId(id))); !done)
        return done;
    if (update.numRowsAffected() != 1)
        return Outcome::conflict(Text::tr("deployment %1 changed while the rollback was being approved; nothing was "
                                          "changed")
                                     .arg(shortId(id)));
    return Outcome::ok();
}
} // namespace

QString DeploymentRollback::whyNot(Database& database)
{
    const Profile& profile = database.profile();
    switch (Deployments::kindIn(database)) {
    case Deployments::Kind::Rows:
        return {};
    case Deployments::Kind::ModelColumn: {
        const EntityMap* model = profile.entity(QStringLiteral("model_version"));
        return Text::tr("%1 keeps one deployment status per model version (%2.%3), not the deployments each "
                        "environment ran, so Steward cannot tell which version to return to; change %3 in %1 itself")
            .arg(profile.title, model->table, model->column(QStringLiteral("deployment")));
    }
    case Deployments::Kind::None:
        break;
    }
    return Text::tr("this database (%1) keeps no deployments").arg(profile.title);
}

Decision DeploymentRollback::requestDecision(const QString& deploymentId, const QString& reason, QString* requestId)
{
    Decision d = Decision::on(Action::RequestDeploymentRollback, deploymentId, stateName(DeploymentState::Active));
    d.comment = reason;
    // A request a manager could not approve is not filed.
    d.guard = [deploymentId](TransitionContext& context) -> Outcome {
        auto previous = predecessor(context.database, deploymentId);
        return previous ? Outcome::ok() : previous.failure();
    };
    d.effect = [deploymentId, reason, requestId](TransitionContext& context) {
        // The engine locked the deployment's row: of two requests at the same moment, the second
        // waits here and then finds the first.
        return RollbackRequests::file(context, RollbackRequests::kDeployment, deploymentId, context.clientId,
                                      stateName(DeploymentState::Active), reason, requestId);
    };
    return d;
}

DecisionResult DeploymentRollback::request(Database& database, const QString& deploymentId, const QString& reason,
                                           QString* requestId)
{
    DecisionResult result;
    result.targetId = deploymentId;
    if (const QString why = whyNot(database); !why.isEmpty()) {
        result.outcome =
            Deployments::kindIn(database) == Deployments::Kind::None ? Outcome::failed(why) : Outcome::conflict(why);
        return result;
    }
    TransitionEngine engine(database);
    DecisionResult filed = engine.apply(requestDecision(deploymentId, reason, requestId));
    // Where the server filed it, the effect that names the request did not run here.
    if (filed.outcome && requestId && requestId->isEmpty()) {
        auto open = openRequests(database);
        if (!open)
            filed.outcome = open.failure();
        else
            *requestId = open->value(deploymentId);
    }
    return filed;
}

Result<QHash<QString, QString>> DeploymentRollback::openRequests(Database& database)
{
    QHash<QString, QString> open;
    auto version = AppSchema::installedVersion(database);
    if (!version)
        return version.failure();
    if (*version == 0)
        return open;
    auto requests = RollbackRequests::list(database, stateName(RollbackRequestState::Requested));
    if (!requests)
        return requests.failure();
    for (const RollbackRequest& request : std::as_const(*requests)) {
        if (request.targetKind == RollbackRequests::kDeployment)
            open.insert(request.targetId, request.requestId);
    }
    return open;
}

Outcome DeploymentRollback::apply(TransitionContext& context, const QString& requestId, const QString& deploymentId,
                                  const QString& comment)
{
    Database& db = context.database;
    if (const QString why = whyNot(db); !why.isEmpty())
        return Outcome::conflict(why);
    const ItemKind kind = ItemKinds::deployment().bound(db);
    const QString active = stateName(DeploymentState::Active);
    const QString rolledBack = stateName(DeploymentState::RolledBack);

    QSqlQuery read = db.query();
    read.prepare(QStringLiteral("SELECT %1, CAST(%2 AS TEXT) FROM %3 WHERE %4 = ?%5")
                     .arg(kind.stateColumn, kind.clientColumn.isEmpty() ? QStringLiteral("NULL") : kind.clientColumn,
                          kind.sqlTable(db), kind.idColumn, db.dialect().forUpdate()));
    read.addBindValue(deploymentId);
    if (Outcome done = db.run(read, Text::tr("reading deployment %1").arg(shortId(deploymentId))); !done)
        return done;
    if (!read.next())
        return Outcome::notFound(
            Text::tr("deployment %1 is gone; the rollback request cannot be approved").arg(shortId(deploymentId)));
    const QString state = kind.stewardState(read.value(0).toString());
    const QString clientId = read.value(1).toString();
    read.finish();
    if (state != active)
        return Outcome::conflict(Text::tr("deployment %1 is %2 now, no longer active; the rollback request cannot be "
                                          "approved")
                                     .arg(shortId(deploymentId), state));
    auto previous = predecessor(db, deploymentId);
    if (!previous)
        return previous.failure();

    if (Outcome done = move(context, kind, deploymentId, kind.systemState(active), kind.systemState(rolledBack)); !done)
        return done;
    if (Outcome done = move(context, kind, previous->id, previous->state, kind.systemState(active)); !done)
        return done;

    AuditEntry rolled;
    rolled.action = QStringLiteral("rollback");
    rolled.targetKind = RollbackRequests::kDeployment;
    rolled.targetId = deploymentId;
    rolled.clientId = clientId;
    rolled.stateBefore = active;
    rolled.stateAfter = rolledBack;
    rolled.comment = comment.trimmed();
    rolled.details =
        compactJson({{QStringLiteral("request_id"), requestId}, {QStringLiteral("reactivated"), previous->id}});
    AuditEntry reactivated = rolled;
    reactivated.action = QStringLiteral("reactivate");
    reactivated.targetId = previous->id;
    reactivated.stateBefore = kind.stewardState(previous->state);
    reactivated.stateAfter = active;
    reactivated.details =
        compactJson({{QStringLiteral("request_id"), requestId}, {QStringLiteral("replaces"), deploymentId}});
    context.extraAudit << rolled << reactivated;
    return Outcome::ok();
}

} // namespace steward
