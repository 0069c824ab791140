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

// The expression that gives the pipeline's column for `field` from the system's row `s`.
QString expression(Database& database, const EntityMap& source, const QString& field, const Profile& profile)
{
    const QString column = QStringLiteral("s.") + quoted(source.column(field));
    if (field == QLatin1String("state") && !source.states.isEmpty()) {
        QString cases;
        for (auto it = source.states.cbegin(); it != source.states.cend(); ++it)
            cases += QStringLiteral(" WHEN %1 THEN %2").arg(literal(it.key()), literal(it.value()));
        return QStringLiteral("CASE %1%2 ELSE %1 END").arg(column, cases);
    }
    if (field == QLatin1String("version") && !source.has(field) && source.has(QStringLiteral("model"))) {
        // The model a row belongs to, named as Models names it: "anomaly_detection v1.2".
        const EntityMap* model = profile.entity(QStringLiteral("model_version"));
        if (!model || !model->has(QStringLiteral("version")))
            return QStringLiteral("s.") + quoted(source.column(QStringLiteral("model")));
        const QString version = QStringLiteral("m.") + quoted(model->column(QStringLiteral("version")));
        const QString name =
            model->has(QStringLiteral("name"))
                ? QStringLiteral("m.%1 || ' ' || %2").arg(quoted(model->column(QStringLiteral("name"))), version)
                : version;
        return QStringLiteral("(SELECT %1 FROM %2 m WHERE m.%3 = s.%4)")
            .arg(name, quoted(model->table), quoted(model->column(QStringLiteral("id"))),
                 quoted(source.column(QStringLiteral("model"))));
    }
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
    for (auto it = shape->fields.cbegin(); it != shape->fields.cend(); ++it)
        columns << QStringLiteral("%1 AS %2").arg(expression(database, *source, it.key(), profile), quoted(it.value()));
    columns.sort(); // one text for the same profile, whatever the hash order
    const QString name = viewName(QLatin1String(adapter.pipelineTable));
    const QString sql = QStringLiteral("CREATE TEMP VIEW %1 AS SELECT %2 FROM %3 s")
                            .arg(quoted(name), columns.join(QStringLiteral(", ")), quoted(source->table));
    if (Outcome dropped = database.exec(QStringLiteral("DROP VIEW IF EXISTS %1").arg(quoted(name))); !dropped)
        return dropped;
    if (Outcome created = database.exec(sql); !created)
        return Outcome::cannotOpen(
            Text::tr("cannot read %1 as %2 (%3): %4")
                .arg(source->table, QLatin1String(adapter.pipelineTable), profile.title, created.message()));
    return Outcome::ok();
}
} // namespace

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
    if (database.isSqlite()) {
        // A read-only connection still has a temporary schema, in memory.
        if (Outcome memory = database.exec(QStringLiteral("PRAGMA temp_store=MEMORY")); !memory)
            return memory;
    }
    for (const Adapter& adapter : kAdapters) {
        if (!profile.hasEntity(QLatin1String(adapter.entity)))
            continue;
        if (Outcome created = createView(database, profile, adapter); !created)
            return created;
    }
    return Outcome::ok();
}

} // namespace steward
