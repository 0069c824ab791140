#include "DemoGenerator.h"

#include "models/core/Clock.h"
#include "models/db/AppSchema.h"
#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/db/SqlScript.h"
#include "models/demo/DemoArrivals.h"
#include "models/demo/DemoWriter.h"
#include "models/demo/SystemDemo.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/RollbackRequests.h"
#include "models/workflow/SuggestionDecisions.h"
#include "models/workflow/Workflow.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTimeZone>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

// A few decisions made through the real transition mechanism, so that a fresh demo has an
// audit trail, a pending rollback request, and people in every role. The comments are data,
// not interface text: they are the same whatever the language of the person running the demo.
// `clock` is the demo's: each decision is stamped a few minutes after the one before.
Outcome seedPeopleAndDecisions(Database& database, FixedClock& clock)
{
    // On PostgreSQL people are the server's logins, which the demo does not create; an admin
    // grants them roles (`steward-cli roles grant`).
    if (!database.isSqlite())
        return Outcome::ok();
    RoleRepository roles(database);
    const QList<QPair<QString, Role>> people{{QStringLiteral("alice"), Role::Analyst},
                                             {QStringLiteral("bob"), Role::Manager},
                                             {QStringLiteral("carol"), Role::Analyst},
                                             {QStringLiteral("dave"), Role::Viewer}};
    for (const auto& [user, role] : people) {
        if (user == database.actingUser())
            continue;
        if (Outcome granted = roles.grant(user, role); !granted)
            return granted;
    }

    auto pendingResult = database.select(
        QStringLiteral("SELECT suggestion_id FROM llm_suggestions WHERE status = '%1' ORDER BY id LIMIT 6")
            .arg(stateName(SuggestionState::Pending)),
        Text::tr("choosing demo decisions"));
    if (!pendingResult)
        return pendingResult.failure();
    QSqlQuery pending = pendingResult.take();
    QStringList ids;
    while (pending.next())
        ids << pending.value(0).toString();
    pending.finish();
    if (ids.size() < 6)
        return Outcome::ok();

    const auto as = [&](const QString& user) {
        ConnectionTarget target = database.target();
        OpenOptions openOptions;
        openOptions.actingUser = user;
        return Database::open(target, openOptions);
    };
    auto alice = as(QStringLiteral("alice"));
    auto bob = as(QStringLiteral("bob"));
    if (!alice || !bob)
        return alice ? bob.failure() : alice.failure();
    TransitionEngine aliceEngine(**alice);
    TransitionEngine bobEngine(**bob);
    const QList<Decision> aliceDecisions{
        SuggestionDecisions::approve(ids.at(0), QStringLiteral("Backtest gain holds across all five folds.")),
        SuggestionDecisions::approve(ids.at(1)),
        SuggestionDecisions::reject(ids.at(2), QStringLiteral("Gain comes from one promotional week; not robust.")),
    };
    for (const Decision& decision : aliceDecisions) {
        clock.advanceSeconds(7 * 60);
        if (auto done = aliceEngine.apply(decision); !done.outcome)
            return done.outcome;
    }
    clock.advanceSeconds(12 * 60);
    if (auto done = bobEngine.apply(SuggestionDecisions::approve(ids.at(3))); !done.outcome)
        return done.outcome;
    clock.advanceSeconds(9 * 60);
    auto requested = aliceEngine.apply(SuggestionDecisions::requestRollback(
        ids.at(1),
        QStringLiteral("Bias turned positive on the first live week; returning to the previous configuration.")));
    return requested.outcome;
}
} // namespace

QDate DemoOptions::defaultAnchor()
{
    const QDateTime now = Clock::nowUtc();
    return now.time() >= QTime(9, 0) ? now.date() : now.date().addDays(-1);
}

namespace {
// Another seed system's database: its tables and rows, then Steward's tables, whose first
// migration takes the rows' states as found (nothing was decided in Steward yet).
Result<RowCounts> writeSystem(Database& database, const DemoOptions& options)
{
    auto catalog = SchemaCatalog::load(database);
    if (!catalog)
        return catalog.failure();
    if (!catalog->tables().isEmpty())
        return Outcome::conflict(
            Text::tr("the target already has tables; the demo writes only into an empty database"));
    RowCounts counts;
    {
        WriteTransaction transaction(database);
        if (Outcome begun = transaction.begin(); !begun)
            return begun;
        if (Outcome written = SystemDemo::write(database, options.system, options, counts); !written)
            return written;
        if (Outcome committed = transaction.commit(); !committed)
            return committed;
    }
    database.reloadProfile();
    if (auto initialised = AppSchema::init(database); !initialised)
        return initialised.failure();
    return counts;
}
} // namespace

Result<RowCounts> DemoGenerator::writeInto(Database& database, const DemoOptions& requested)
{
    // The demo is written as of its anchor: the data's "now" is 09:00 UTC that day, and while
    // it writes, the program's clock stands at 08:00 and moves only as the demo's own people
    // decide, so that every timestamp it writes (Steward's included) lies before the anchor.
    DemoOptions options = requested;
    if (!options.anchor.isValid())
        options.anchor = DemoOptions::defaultAnchor();
    FixedClock demoClock(QDateTime(options.anchor, QTime(8, 0), QTimeZone::utc()));
    const ScopedClock asOfAnchor(demoClock);
    if (options.scale < 1)
        return Outcome::usage(Text::tr("--scale must be at least 1"));
    if (Outcome writable = database.requireWritable(Text::tr("demo")); !writable)
        return writable;
    if (!options.system.isEmpty() && options.system != QLatin1String("pipeline"))
        return writeSystem(database, options);
    auto existing = database.hasRow(database.dialect().tableExists(QStringLiteral("llm_suggestions")),
                                    Text::tr("checking the target"));
    if (!existing)
        return existing.failure();
    if (*existing)
        return Outcome::conflict(
            Text::tr("the target already has pipeline tables; the demo writes only into an empty database"));

    if (Outcome bulk = database.optimiseForBulkWrite(); !bulk)
        return bulk;
    RowCounts counts;
    {
        WriteTransaction transaction(database);
        if (Outcome begun = transaction.begin(); !begun)
            return begun;
        const QString flavour = database.dialect().scriptFolder();
        if (Outcome created = SqlScript::run(database, QStringLiteral("pipeline/%1.sql").arg(flavour)); !created)
            return created;
        if (Outcome created = SqlScript::run(database, QStringLiteral("pipeline/actuals_%1.sql").arg(flavour));
            !created)
            return created;
        DemoWriter writer(database, options);
        if (Outcome written = writer.writeAll(counts); !written)
            return written;
        if (Outcome indexed = SqlScript::run(database, QStringLiteral("pipeline/indexes.sql")); !indexed)
            return indexed;
        if (Outcome committed = transaction.commit(); !committed)
            return committed;
    }
    if (auto initialised = AppSchema::init(database); !initialised)
        return initialised.failure();
    if (Outcome arrived = DemoArrivals::write(database, options.anchor); !arrived)
        return arrived;
    if (Outcome seeded = seedPeopleAndDecisions(database, demoClock); !seeded)
        return seeded;
    if (Outcome ended = database.endBulkWrite(); !ended)
        return ended;
    if (Outcome analysed = database.exec(QStringLiteral("ANALYZE")); !analysed)
        return analysed;
    return counts;
}

Result<RowCounts> DemoGenerator::writeSqliteFile(const QString& path, const DemoOptions& options)
{
    if (QFileInfo::exists(path))
        return Outcome::conflict(Text::tr("%1 already exists; remove it or choose another name").arg(path));
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return Outcome::cannotOpen(Text::tr("%1: the folder does not exist").arg(info.absolutePath()));
    const QString partial = info.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    QFile::remove(partial + QStringLiteral("-journal"));

    Result<RowCounts> counts = Outcome::failed(QString());
    {
        ConnectionTarget target;
        target.backend = Backend::Sqlite;
        target.sqlitePath = partial;
        OpenOptions openOptions;
        openOptions.createIfMissing = true;
        openOptions.timeBudgetMs = 0; // building a million rows and their indexes takes the time it takes
        openOptions.actingUser = options.actingUser;
        auto database = Database::open(target, openOptions);
        if (!database)
            return database.failure();
        counts = writeInto(**database, options);
    }
    if (!counts) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        return counts;
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Outcome::failed(Text::tr("could not move the finished demo into place at %1").arg(path));
    }
    return counts;
}

} // namespace steward
