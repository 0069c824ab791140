#include "SourceTables.h"

#include "models/db/Database.h"
#include "models/profiles/BuiltInProfiles.h"
#include "models/profiles/Profile.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SourceTables)
};

// The pipeline tables another system's tables can stand in for, and the entity each holds.
struct Adapter
{
    const char* pipelineTable;
    const char* entity;
};
constexpr Adapter kAdapters[] = {
    {"governance_policies", "policy"},
    {"governance_violations", "violation"},
    {"model_metadata", "model_version"},
    {"training_jobs", "training_run"},
};

bool isPipeline(const Profile& profile)
{
    return profile.name == QLatin1String("pipeline");
}

QString viewName(const QString& pipelineTable)
{
    return QStringLiteral("steward_") + pipelineTable;
}

QString quoted(const QString& identifier)
{
    return SqlDialect::quoteIdentifier(identifier);
}

QString literal(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// A model version's label as Models shows it: "anomaly_detection v1.2" where the system names
// its models, else the version alone. `alias` is the model table's alias.
QString modelLabel(const EntityMap& model, const QString& alias)
{
    const QString version = alias + QLatin1Char('.') + quoted(model.column(QStringLiteral("version")));
    if (!model.has(QStringLiteral("name")))
        return version;
    return QStringLiteral("%1.%2 || ' ' || %3").arg(alias, quoted(model.column(QStringLiteral("name"))), version);
}

// `expression` (over alias m) of the model version that row `s` belongs to.
QString fromModel(const Profile& profile, const EntityMap& source, const QString& expression)
{
    const EntityMap* model = profile.entity(QStringLiteral("model_version"));
    return QStringLiteral("(SELECT %1 FROM %2 m WHERE m.%3 = s.%4)")
        .arg(expression, quoted(model->table), quoted(model->column(QStringLiteral("id"))),
             quoted(source.column(QStringLiteral("model"))));
}

bool hasModel(const Profile& profile, const EntityMap& source)
{
    const EntityMap* model = profile.entity(QStringLiteral("model_version"));
    return source.entity != QLatin1String("model_version") && source.has(QStringLiteral("model")) && model &&
           model->has(QStringLiteral("version"));
}

// Metrics kept one per column ("metric.f1": "f1Score") as the JSON object the pipeline keeps.
QString metricsObject(const Database& database, const EntityMap& source)
{
    QStringList ordered;
    for (auto it = source.fields.cbegin(); it != source.fields.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("metric.")))
            ordered << literal(it.key().mid(7)) + QStringLiteral(", s.") + quoted(it.value());
    }
    if (ordered.isEmpty())
        return QStringLiteral("NULL");
    ordered.sort(); // one text for the same profile, whatever the hash order
    return (database.isSqlite() ? QStringLiteral("json_object(%1)") : QStringLiteral("jsonb_build_object(%1)"))
        .arg(ordered.join(QStringLiteral(", ")));
}

// The expression that gives the pipeline's column for `field` from the system's row `s`.
QString expression(Database& database, const EntityMap& source, const QString& field, const Profile& profile)
{
    const QString column = QStringLiteral("s.") + quoted(source.column(field));
    if (field == QLatin1String("state") && source.has(field) && !source.states.isEmpty()) {
        QString cases;
        for (auto it = source.states.cbegin(); it != source.states.cend(); ++it)
            cases += QStringLiteral(" WHEN %1 THEN %2").arg(literal(it.key()), literal(it.value()));
        return QStringLiteral("CASE %1%2 ELSE %1 END").arg(column, cases);
    }
    if (field == QLatin1String("version")) {
        if (source.has(field))
            return modelLabel(source, QStringLiteral("s"));
        if (hasModel(profile, source))
            return fromModel(profile, source,
                             modelLabel(*profile.entity(QStringLiteral("model_version")), QStringLiteral("m")));
        return QStringLiteral("NULL");
    }
    if (field == QLatin1String("scope") && !source.has(field)) {
        // Without a scope a system's models are grouped by name, as Models groups clients.
        if (source.entity == QLatin1String("model_version") && source.has(QStringLiteral("name")))
            return QStringLiteral("s.") + quoted(source.column(QStringLiteral("name")));
        if (hasModel(profile, source)) {
            const EntityMap* model = profile.entity(QStringLiteral("model_version"));
            const QString scope = model->has(QStringLiteral("scope"))  ? model->column(QStringLiteral("scope"))
                                  : model->has(QStringLiteral("name")) ? model->column(QStringLiteral("name"))
                                                                       : QString();
            if (!scope.isEmpty())
                return fromModel(profile, source, QStringLiteral("m.") + quoted(scope));
        }
        return QStringLiteral("NULL");
    }
    if (field == QLatin1String("metrics") && !source.has(field))
        return metricsObject(database, source);
    if (!source.has(field))
        return QStringLiteral("NULL");
    if (!database.isSqlite() && (field.endsWith(QLatin1String("_at")))) {
        // A timestamp without time zone holds UTC (Prisma's convention): say so, so that it
        // compares with Steward's times like the pipeline's timestamptz.
        return QStringLiteral("(CASE WHEN pg_typeof(%1) = 'timestamp without time zone'::regtype "
                              "THEN %1::timestamp AT TIME ZONE 'UTC' ELSE %1::timestamptz END)")
            .arg(column);
    }
    return column;
}

Outcome createView(Database& database, const Profile& profile, const Adapter& adapter)
{
    const EntityMap* shape = BuiltInProfiles::pipeline().entity(QLatin1String(adapter.entity));
    const EntityMap* source = profile.entity(QLatin1String(adapter.entity));
    Q_ASSERT(shape);
    // Pages are fetched by a whole-number key (PagedQuery): SQLite's rowid, or on PostgreSQL 60
    // bits of the id's MD5, the same for the same id in every session.
    const QString rowKey = database.isSqlite()
                               ? QStringLiteral("s.rowid")
                               : QStringLiteral("('x' || substr(md5(s.%1::text), 1, 15))::bit(60)::bigint")
                                     .arg(quoted(source->column(QStringLiteral("id"))));
    QStringList columns{rowKey + QStringLiteral(" AS id")};
    for (auto it = shape->fields.cbegin(); it != shape->fields.cend(); ++it) {
        if (it.value() != QLatin1String("id"))
            columns
                << QStringLiteral("%1 AS %2").arg(expression(database, *source, it.key(), profile), quoted(it.value()));
    }
    if (source->entity == QLatin1String("model_version")) {
        // The model's own name, which the pipeline's versions do not have (`models list`'s model_name).
        columns << (source->has(QStringLiteral("name"))
                        ? QStringLiteral("s.") + quoted(source->column(QStringLiteral("name")))
                        : QStringLiteral("NULL")) +
                       QStringLiteral(" AS model_name");
        const QString active = SourceTables::activeExpression(database, profile);
        columns << (active.isEmpty() ? QStringLiteral("NULL") : active) + QStringLiteral(" AS system_active");
    }
    columns.sort(); // one text for the same profile, whatever the hash order
    const QString name = viewName(QLatin1String(adapter.pipelineTable));
    const QString sql = QStringLiteral("CREATE TEMP VIEW %1 AS SELECT %2 FROM %3 s")
                            .arg(quoted(name), columns.join(QStringLiteral(", ")), quoted(source->table));
    // A view made earlier on this connection is made again; PostgreSQL would print a notice on
    // the terminal for dropping one that is not there, so it is looked for first.
    bool exists = true;
    if (!database.isSqlite()) {
        auto found = database.hasRow({QStringLiteral("SELECT 1 WHERE pg_catalog.to_regclass(?) IS NOT NULL"),
                                      {QStringLiteral("pg_temp.") + quoted(name)}},
                                     Text::tr("looking for the view %1").arg(name));
        if (!found)
            return found.failure();
        exists = *found;
    }
    if (exists) {
        if (Outcome dropped = database.exec(QStringLiteral("DROP VIEW IF EXISTS %1").arg(quoted(name))); !dropped)
            return dropped;
    }
    if (Outcome created = database.exec(sql); !created)
        return Outcome::cannotOpen(
            Text::tr("cannot read %1 as %2 (%3): %4")
                .arg(source->table, QLatin1String(adapter.pipelineTable), profile.title, created.message()));
    return Outcome::ok();
}
} // namespace

bool SourceTables::marksActive(const Profile& profile)
{
    const EntityMap* model = profile.entity(QStringLiteral("model_version"));
    return !isPipeline(profile) && model &&
           (model->has(QStringLiteral("active")) || model->has(QStringLiteral("state")) ||
            model->has(QStringLiteral("deployment")));
}

QString SourceTables::activeExpression(Database& database, const Profile& profile)
{
    if (!marksActive(profile))
        return {};
    const EntityMap& model = *profile.entity(QStringLiteral("model_version"));
    if (model.has(QStringLiteral("active")))
        return QStringLiteral("(CASE WHEN s.%1 THEN 1 ELSE 0 END)").arg(quoted(model.column(QStringLiteral("active"))));
    if (model.has(QStringLiteral("state")))
        return QStringLiteral("(CASE WHEN %1 = 'active' THEN 1 ELSE 0 END)")
            .arg(expression(database, model, QStringLiteral("state"), profile));
    return QStringLiteral("(CASE WHEN s.%1 = 'production' THEN 1 ELSE 0 END)")
        .arg(quoted(model.column(QStringLiteral("deployment"))));
}

QString SourceTables::readName(Database& database, const QString& pipelineTable)
{
    return database.dialect().source(pipelineTable);
}

QHash<QString, QString> SourceTables::sources(const Profile& profile)
{
    QHash<QString, QString> views;
    if (isPipeline(profile))
        return views;
    for (const Adapter& adapter : kAdapters) {
        if (profile.hasEntity(QLatin1String(adapter.entity)))
            views.insert(QLatin1String(adapter.pipelineTable), viewName(QLatin1String(adapter.pipelineTable)));
    }
    return views;
}

QStringList SourceTables::adapted(Database& database)
{
    return sources(database.profile()).keys();
}

Outcome SourceTables::install(Database& database, const Profile& profile)
{
    if (isPipeline(profile))
        return Outcome::ok();
    for (const Adapter& adapter : kAdapters) {
        if (!profile.hasEntity(QLatin1String(adapter.entity)))
            continue;
        if (Outcome created = createView(database, profile, adapter); !created)
            return created;
    }
    return Outcome::ok();
}

} // namespace steward
