#include "ConsoleRole.h"

#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/db/SqlScript.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleRole)
};

QString quotedIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

namespace {
Outcome installOrFail(Database& database)
{
    if (Outcome created = SqlScript::run(database, QStringLiteral("console/postgres_role.sql")); !created)
        return Outcome(created.code(),
                       Text::tr("creating the console role steward_console (init on PostgreSQL needs a login that "
                                "may create roles): %1")
                           .arg(created.message()));
    auto catalog = SchemaCatalog::load(database);
    if (!catalog)
        return catalog.failure();
    for (const TableInfo& table : catalog->tables()) {
        if (!table.isApp && !table.isPipeline)
            continue;
        const QString name = quotedIdentifier(table.schema) + QLatin1Char('.') + quotedIdentifier(table.bareName);
        QStringList readable;
        bool hasSecret = false;
        for (const ColumnInfo& column : table.columns) {
            if (column.secret)
                hasSecret = true;
            else
                readable << quotedIdentifier(column.name);
        }
        // Column grants add to a table grant; revoking first leaves only what is listed.
        QStringList statements{QStringLiteral("REVOKE ALL ON %1 FROM steward_console_runner").arg(name)};
        if (!hasSecret)
            statements << QStringLiteral("GRANT SELECT ON %1 TO steward_console_runner").arg(name);
        else if (!readable.isEmpty())
            statements << QStringLiteral("GRANT SELECT (%1) ON %2 TO steward_console_runner")
                              .arg(readable.join(QStringLiteral(", ")), name);
        for (const QString& sql : statements) {
            if (Outcome done = database.exec(sql); !done)
                return done;
        }
    }
    return Outcome::ok();
}
} // namespace

Result<bool> ConsoleRole::install(Database& database)
{
    if (database.isSqlite())
        return false;
    // A database owner who may not create roles still gets Steward's tables; the console then
    // says that an administrator has to run init. The savepoint keeps the rest of init intact.
    if (Outcome marked = database.exec(QStringLiteral("SAVEPOINT console_role")); !marked)
        return marked;
    const Outcome installed = installOrFail(database);
    if (installed)
        return database.exec(QStringLiteral("RELEASE SAVEPOINT console_role")).isOk() ? Result<bool>(true)
                                                                                      : Result<bool>(false);
    if (installed.code() != OutcomeCode::Forbidden)
        return installed;
    if (Outcome undone = database.exec(QStringLiteral("ROLLBACK TO SAVEPOINT console_role")); !undone)
        return undone;
    return false;
}

} // namespace steward
