#include "AppSchema.h"

#include "models/core/Clock.h"
#include "models/db/Database.h"
#include "models/db/SqlScript.h"
#include "models/snapshot/ConsoleRole.h"
#include "models/values/CellValue.h"
#include "models/workflow/AuditReconciliation.h"
#include "models/workflow/ServerRoles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppSchema)
};

// Each migration is a script per backend; the list only grows.
const QStringList kMigrations = {QStringLiteral("001_initial.sql"), QStringLiteral("002_adopted_states.sql"),
                                 QStringLiteral("003_suggestion_arrivals.sql")};
// The migration whose table holds the states Steward found pipeline items in.
constexpr int kAdoptedStatesVersion = 2;

QString migrationPath(const Database& database, int version)
{
    return QStringLiteral("app/%1/%2").arg(database.dialect().scriptFolder(), kMigrations.at(version - 1));
}

Result<bool> versionTableExists(Database& database)
{
    return database.hasRow(database.dialect().appTableExists(QStringLiteral("schema_version")),
                           Text::tr("looking for Steward's tables"));
}
} // namespace

int AppSchema::latestVersion()
{
    return static_cast<int>(kMigrations.size());
}

Result<int> AppSchema::installedVersion(Database& database)
{
    auto exists = versionTableExists(database);
    if (!exists)
        return exists.failure();
    if (!*exists)
        return 0;
    auto qResult = database.select(QStringLiteral("SELECT coalesce(max(version), 0) FROM %1")
                                       .arg(database.appTable(QStringLiteral("schema_version"))),
                                   Text::tr("reading Steward's schema version"));
    if (!qResult)
        return qResult.failure();
    QSqlQuery q = qResult.take();
    if (!q.next())
        return database.failure(q.lastError(), Text::tr("reading Steward's schema version"));
    return q.value(0).toInt();
}

Result<int> AppSchema::init(Database& database)
{
    if (Outcome writable = database.requireWritable(Text::tr("init")); !writable)
        return writable;
    WriteTransaction transaction(database);
    if (Outcome begun = transaction.begin(); !begun)
        return begun;
    auto installed = installedVersion(database);
    if (!installed)
        return installed.failure();
    if (*installed > latestVersion()) {
        return Outcome::conflict(Text::tr("Steward's tables are at version %1, newer than this build knows (%2); "
                                          "use a newer Steward")
                                     .arg(*installed)
                                     .arg(latestVersion()));
    }
    const QString now = timestampText(Clock::nowUtc());
    for (int version = *installed + 1; version <= latestVersion(); ++version) {
        if (Outcome ran = SqlScript::run(database, migrationPath(database, version)); !ran)
            return ran;
        QSqlQuery record = database.query();
        record.prepare(QStringLiteral("INSERT INTO %1 (version, applied_at, applied_by) VALUES (?, ?, ?)")
                           .arg(database.appTable(QStringLiteral("schema_version"))));
        record.addBindValue(version);
        record.addBindValue(now);
        record.addBindValue(database.actingUser());
        if (Outcome done = database.run(record, Text::tr("recording schema version")); !done)
            return done;
        if (version == kAdoptedStatesVersion) {
            if (Outcome adopted = AuditReconciliation::adoptPipelineStates(database, now); !adopted)
                return adopted;
        }
    }

    if (auto console = ConsoleRole::install(database); !console)
        return console.failure();

    // The user who creates Steward's tables administers them until they grant the role on.
    auto adminsResult = database.select(
        QStringLiteral("SELECT count(*) FROM %1 WHERE role = 'admin'").arg(database.appTable(QStringLiteral("roles"))),
        Text::tr("reading roles"));
    if (!adminsResult)
        return adminsResult.failure();
    QSqlQuery admins = adminsResult.take();
    if (!admins.next())
        return database.failure(admins.lastError(), Text::tr("reading roles"));
    if (admins.value(0).toInt() == 0) {
        QSqlQuery grant = database.query();
        grant.prepare(
            QStringLiteral("INSERT INTO %1 (user_name, role, granted_by, granted_at) VALUES (?, 'admin', ?, ?)")
                .arg(database.appTable(QStringLiteral("roles"))));
        grant.addBindValue(database.actingUser());
        grant.addBindValue(database.actingUser());
        grant.addBindValue(now);
        if (Outcome done = database.run(grant, Text::tr("granting admin")); !done)
            return done;
    }
    // On PostgreSQL the owner's init makes the server enforce the roles (ServerRoles); anyone else's
    // leaves that as the owner last set it up.
    auto owner = ServerRoles::canInstall(database);
    if (!owner)
        return owner.failure();
    if (*owner) {
        if (Outcome installed = ServerRoles::install(database); !installed)
            return installed;
    }
    if (Outcome committed = transaction.commit(); !committed)
        return committed;
    return latestVersion();
}

Outcome AppSchema::requireCurrent(Database& database)
{
    auto installed = installedVersion(database);
    if (!installed)
        return installed.failure();
    if (*installed == 0)
        return Outcome::failed(
            Text::tr("this database has no Steward tables yet; run `steward-cli init` (or Initialise "
                     "in the application) to create them"));
    if (*installed > latestVersion())
        return Outcome::conflict(Text::tr("Steward's tables are at version %1, newer than this build knows (%2)")
                                     .arg(*installed)
                                     .arg(latestVersion()));
    if (*installed < latestVersion())
        return Outcome::conflict(
            Text::tr("Steward's tables are at version %1; run `steward-cli init` to migrate them to %2")
                .arg(*installed)
                .arg(latestVersion()));
    return Outcome::ok();
}

} // namespace steward
