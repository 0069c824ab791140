#include "Deployments.h"

#include "models/db/Database.h"
#include "models/monitoring/DecisionSources.h"
#include "models/profiles/Profile.h"
#include "models/values/CellValue.h"
#include "models/workflow/ItemKind.h"
#include "models/workflow/Workflow.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Deployments)
};

const QString kDeploymentField = QStringLiteral("deployment");

Result<QSqlQuery> run(Database& database, const QString& sql)
{
    QSqlQuery q = database.query();
    q.prepare(sql);
    if (Outcome done = database.run(q, Text::tr("reading the deployments")); !done)
        return done;
    return q;
}

Result<QList<Deployment>> rows(Database& database)
{
    using namespace DecisionSources;
    const Profile& profile = database.profile();
    const EntityMap& d = *profile.entity(ItemKinds::deployment().name);
    const QString a = QStringLiteral("d");
    const QStringList columns{
        QStringLiteral("CAST(%1 AS TEXT)").arg(column(d, a, QStringLiteral("id"))),
        text(d, a, QStringLiteral("name")),
        text(d, a, QStringLiteral("environment")),
        text(d, a, QStringLiteral("state")),
        modelField(profile, d, a, QStringLiteral("name")),
        modelField(profile, d, a, QStringLiteral("version")),
        text(d, a, QStringLiteral("version")),
        text(d, a, QStringLiteral("scope")),
        text(d, a, QStringLiteral("deployed_at")),
    };
    auto q = run(database, QStringLiteral("SELECT %1 FROM %2 d")
                               .arg(columns.join(QStringLiteral(", ")), SqlDialect::quoteIdentifier(d.table)));
    if (!q)
        return q.failure();
    QList<Deployment> out;
    while (q->next()) {
        Deployment row;
        row.deploymentId = q->value(0).toString();
        row.name = q->value(1).toString();
        row.environment = q->value(2).toString();
        row.status = d.stewardState(q->value(3).toString());
        row.modelName = q->value(4).toString();
        row.deploymentVersion = q->value(6).toString();
        // The model version it runs; without a link to one, the version the deployment names.
        row.modelVersion = q->value(5).isNull() ? row.deploymentVersion : q->value(5).toString();
        row.clientId = q->value(7).toString();
        row.deployedAt = parseTimestamp(q->value(8));
        out << row;
    }
    return out;
}

Result<QList<Deployment>> modelColumn(Database& database)
{
    using namespace DecisionSources;
    const EntityMap& m = *database.profile().entity(QStringLiteral("model_version"));
    const QString a = QStringLiteral("m");
    const QStringList columns{
        QStringLiteral("CAST(%1 AS TEXT)").arg(column(m, a, QStringLiteral("id"))),
        text(m, a, QStringLiteral("name")),
        text(m, a, kDeploymentField),
        text(m, a, QStringLiteral("version")),
        text(m, a, QStringLiteral("scope")),
        text(m, a, QStringLiteral("deployed_at")),
    };
    auto q = run(database, QStringLiteral("SELECT %1 FROM %2 m WHERE %3 IS NOT NULL")
                               .arg(columns.join(QStringLiteral(", ")), SqlDialect::quoteIdentifier(m.table),
                                    column(m, a, kDeploymentField)));
    if (!q)
        return q.failure();
    QList<Deployment> out;
    while (q->next()) {
        Deployment row;
        row.deploymentId = q->value(0).toString();
        row.name = q->value(1).toString();
        row.modelName = row.name;
        const QString word = q->value(2).toString();
        // A version in an environment runs there; any other word (retired) is its state.
        row.environment = Deployments::isEnvironment(word) ? word : QString();
        row.status = row.environment.isEmpty() ? word : stateName(DeploymentState::Active);
        row.modelVersion = q->value(3).toString();
        row.clientId = q->value(4).toString();
        row.deployedAt = parseTimestamp(q->value(5));
        row.perModelColumn = true;
        out << row;
    }
    return out;
}
} // namespace

bool Deployments::isEnvironment(const QString& word)
{
    static const QStringList environments{QStringLiteral("development"), QStringLiteral("staging"),
                                          QStringLiteral("production")};
    return environments.contains(word);
}

Deployments::Kind Deployments::kindIn(Database& database)
{
    if (ItemKinds::deployment().keptIn(database))
        return Kind::Rows;
    const EntityMap* model = database.profile().entity(QStringLiteral("model_version"));
    return model && model->has(kDeploymentField) ? Kind::ModelColumn : Kind::None;
}

Result<QList<Deployment>> Deployments::list(Database& database, const QString& environment, const QString& status)
{
    Result<QList<Deployment>> all = QList<Deployment>();
    switch (kindIn(database)) {
    case Kind::Rows:
        all = rows(database);
        break;
    case Kind::ModelColumn:
        all = modelColumn(database);
        break;
    case Kind::None:
        return Outcome::failed(Text::tr("this database (%1) keeps no deployments").arg(database.profile().title));
    }
    if (!all)
        return all;
    QList<Deployment> out;
    for (const Deployment& row : std::as_const(*all)) {
        if ((environment.isEmpty() || row.environment == environment) && (status.isEmpty() || row.status == status))
            out << row;
    }
    std::stable_sort(out.begin(), out.end(), [](const Deployment& a, const Deployment& b) {
        if (a.environment != b.environment)
            return a.environment < b.environment;
        if (a.name != b.name)
            return a.name < b.name;
        if (a.deployedAt != b.deployedAt)
            return a.deployedAt > b.deployedAt;
        return a.deploymentId < b.deploymentId;
    });
    return out;
}

} // namespace steward
