// info, init and demo: what every database and every newcomer starts with.
#include "CliContext.h"
#include "CliText.h"
#include "commands/Commands.h"
#include "models/db/AppSchema.h"
#include "models/db/Database.h"
#include "models/db/ForeignTriggers.h"
#include "models/db/SchemaCatalog.h"
#include "models/demo/DemoGenerator.h"
#include "models/monitoring/MonitoringIndexes.h"
#include "models/profiles/ProfileDetection.h"
#include "models/review/SuggestionArrivals.h"
#include "models/snapshot/SnapshotFormat.h"
#include "models/values/CellValue.h"
#include "models/values/TimeText.h"
#include "models/workflow/RoleRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <tuple>

namespace steward::cli {

namespace {
using Text = CliText;
} // namespace

Outcome runInfo(CliContext& context, CommandArguments& arguments)
{
    if (Outcome parsed = arguments.parse({}, 0, 0, QStringLiteral("steward-cli [--db TARGET] info")); !parsed)
        return parsed;
    auto db = context.database();
    if (!db)
        return db.failure();
    Database& database = **db;
    auto catalog = SchemaCatalog::load(database);
    if (!catalog)
        return catalog.failure();
    auto version = AppSchema::installedVersion(database);
    if (!version)
        return version.failure();

    // A table or view that cannot be counted (a view that never ends) is listed without a count
    // and named in the error after everything else is shown.
    const ActiveProfile& active = database.activeProfile();
    const Profile& profile = active.profile;
    QStringList profileTables;
    for (const EntityMap& entity : profile.entities)
        profileTables << entity.table;
    QJsonArray tables;
    Outcome uncounted;
    for (const TableInfo& table : catalog->tables()) {
        QJsonValue count = QJsonValue::Null;
        if (!table.isView || !database.options().untrusted) {
            if (auto rows = countRows(database, table); rows)
                count = *rows;
            else if (uncounted)
                uncounted = rows.failure();
        }
        QJsonObject entry;
        entry.insert(QStringLiteral("name"), table.name);
        entry.insert(QStringLiteral("rows"), count);
        const bool system =
            profile.name == QLatin1String("pipeline") ? table.isPipeline : profileTables.contains(table.name);
        entry.insert(QStringLiteral("kind"), table.isApp    ? QStringLiteral("steward")
                                             : system       ? QStringLiteral("pipeline")
                                             : table.isView ? QStringLiteral("view")
                                                            : QStringLiteral("other"));
        tables << entry;
    }
    // Only the forecasting pipeline's tables are "missing" elsewhere; other systems' profiles
    // name the entities they found.
    QJsonArray missing;
    if (profile.name == QLatin1String("pipeline")) {
        for (const QString& name : catalog->missingPipelineTables())
            missing << name;
    }
    QJsonArray entities;
    for (const EntityMap& entity : profile.entities)
        entities << entity.entity;
    // A snapshot says where it came from.
    QJsonValue snapshot = QJsonValue::Null;
    if (database.isSqlite()) {
        auto manifest = SnapshotManifestStore::read(database);
        if (!manifest)
            return manifest.failure();
        if (*manifest) {
            const SnapshotManifest& m = **manifest;
            snapshot = QJsonObject{{QStringLiteral("source"), m.source},
                                   {QStringLiteral("source_backend"), m.sourceBackend},
                                   {QStringLiteral("exported_at"), timestampText(m.exportedAt)},
                                   {QStringLiteral("exported_by"), m.exportedBy},
                                   {QStringLiteral("app_version"), m.appVersion},
                                   {QStringLiteral("profile"),
                                    m.profile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.profile)}};
        }
    }

    // The role and the clients the acting user sees, as the server (or the file) says; null where
    // they cannot be read (no Steward tables, or a login without a Steward role on PostgreSQL).
    QJsonValue role = QJsonValue::Null;
    QJsonValue clients = QJsonValue::Null;
    if (*version > 0) {
        const RoleRepository roles(database);
        if (auto held = roles.roleOf(database.actingUser()); held)
            role = roleName(*held);
        if (auto scope = roles.clientsOf(database.actingUser()); scope && !scope->isEmpty())
            clients = QJsonArray::fromStringList(*scope);
    }

    // Triggers stored in the file by someone else run with every write, Steward's decisions included.
    QJsonValue foreignTriggers = QJsonValue::Null;
    if (database.isSqlite()) {
        auto triggers = ForeignTriggers::list(database);
        if (!triggers)
            return triggers.failure();
        QJsonArray list;
        for (const ForeignTriggers::Trigger& trigger : *triggers)
            list << QJsonObject{{QStringLiteral("name"), trigger.name}, {QStringLiteral("table"), trigger.table}};
        foreignTriggers = list;
    }

    context.output().printObject({
        {QStringLiteral("backend"), backendName(database.backend())},
        {QStringLiteral("target"), database.target().displayName()},
        {QStringLiteral("read_only"), database.isReadOnly()},
        {QStringLiteral("acting_user"), database.actingUser()},
        // Whose tables these are: "pipeline", "urutiiq", "within", "krongthai" or a profile file's
        // name, how it was chosen (detected, chosen, default) and the entities it found.
        {QStringLiteral("profile"), profile.name},
        {QStringLiteral("profile_title"), profile.title},
        {QStringLiteral("profile_chosen"), active.how},
        {QStringLiteral("profile_entities"), entities},
        {QStringLiteral("profile_problem"),
         active.problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(active.problem)},
        {QStringLiteral("role"), role},
        // Null: every client.
        {QStringLiteral("clients"), clients},
        {QStringLiteral("app_schema_version"), *version > 0 ? QJsonValue(*version) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("missing_pipeline_tables"), missing},
        {QStringLiteral("snapshot"), snapshot},
        // Time left, overdue and ages are measured against this moment: a snapshot's export
        // time, so that it shows what was true then (null: now, for a live database).
        {QStringLiteral("as_of"), database.snapshotTakenAt().isValid()
                                      ? QJsonValue(TimeText::minutesUtc(database.snapshotTakenAt()))
                                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("foreign_triggers"), foreignTriggers},
        {QStringLiteral("tables"), tables},
    });
    return uncounted;
}

Outcome runInit(CliContext& context, CommandArguments& arguments)
{
    if (Outcome parsed = arguments.parse({{QStringLiteral("indexes"), false}}, 0, 0,
                                         QStringLiteral("steward-cli [--db TARGET] init [--indexes]"));
        !parsed)
        return parsed;
    auto db = context.database();
    if (!db)
        return db.failure();
    auto before = AppSchema::installedVersion(**db);
    if (!before)
        return before.failure();
    auto after = AppSchema::init(**db);
    if (!after)
        return after.failure();
    // The suggestions found now are first seen now, not at the next opening.
    std::ignore = SuggestionArrivals::catchUp(**db);
    OutputObject result{{QStringLiteral("app_schema_version"), *after},
                        {QStringLiteral("previous_version"), *before},
                        {QStringLiteral("changed"), *after != *before}};
    if (arguments.has(QStringLiteral("indexes"))) {
        auto indexes = MonitoringIndexes::createAll(**db);
        if (!indexes)
            return indexes.failure();
        result.append({QStringLiteral("indexes"), QJsonArray::fromStringList(*indexes)});
    }
    context.output().printObject(result);
    return Outcome::ok();
}

Outcome runDemo(CliContext& context, CommandArguments& arguments)
{
    const QString usage =
        QStringLiteral("steward-cli demo OUT.sqlite|postgresql://... [--profile urutiiq|within|krongthai] [--scale N] "
                       "[--seed S] [--anchor YYYY-MM-DD]");
    if (Outcome parsed = arguments.parse(
            {{QStringLiteral("scale")}, {QStringLiteral("seed")}, {QStringLiteral("anchor")}}, 1, 1, usage);
        !parsed)
        return parsed;
    DemoOptions options;
    if (Outcome scale = arguments.intValue(QStringLiteral("scale"), 1, 1, &options.scale); !scale)
        return scale;
    if (arguments.has(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = arguments.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return Outcome::usage(Text::tr("--seed must be a non-negative whole number"));
    }
    if (arguments.has(QStringLiteral("anchor"))) {
        options.anchor = QDate::fromString(arguments.value(QStringLiteral("anchor")), Qt::ISODate);
        if (!options.anchor.isValid())
            return Outcome::usage(Text::tr("--anchor must be a date, YYYY-MM-DD"));
    }
    options.actingUser = context.global().actingUser;
    // --profile names which seed system's database to write (a built-in name, not a file).
    options.system = context.global().profile;
    if (!options.system.isEmpty() && !QStringList{QStringLiteral("pipeline"), QStringLiteral("urutiiq"),
                                                  QStringLiteral("within"), QStringLiteral("krongthai")}
                                          .contains(options.system))
        return Outcome::usage(
            Text::tr("the demo writes --profile pipeline, urutiiq, within or krongthai, not %1").arg(options.system));
    int lastPercent = -1;
    const bool showProgress = context.output().format() == OutputFormat::Table && options.scale >= 50;
    options.progress = [&](const QString& stage, double fraction) {
        const int percent = static_cast<int>(fraction * 100);
        if (showProgress && percent != lastPercent) {
            context.err() << QStringLiteral("\r%1% %2   ").arg(percent, 3).arg(stage);
            context.err().flush();
            lastPercent = percent;
        }
        return true;
    };

    QElapsedTimer timer;
    timer.start();
    const QString out = arguments.positional(0);
    Result<RowCounts> counts = Outcome::failed(QString());
    const auto target = ConnectionTarget::parse(out);
    if (!target)
        return target.failure();
    if (target->backend == Backend::Postgres) {
        OpenOptions openOptions;
        auto db = Database::open(*target, openOptions);
        if (!db)
            return db.failure();
        counts = DemoGenerator::writeInto(**db, options);
    } else {
        counts = DemoGenerator::writeSqliteFile(out, options);
    }
    if (showProgress)
        context.err() << "\r" << QString(40, QLatin1Char(' ')) << "\r";
    if (!counts)
        return counts.failure();
    OutputTable table;
    table.columns = QStringList{QStringLiteral("table"), QStringLiteral("rows")};
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        table.rows << QList<QJsonValue>{it.key(), it.value()};
    context.output().printList(table);
    const QString written = target->displayName();
    context.output().note(Text::tr("Wrote %1 in %2 s.").arg(written).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return Outcome::ok();
}

} // namespace steward::cli
