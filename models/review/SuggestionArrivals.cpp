#include "SuggestionArrivals.h"

#include "models/core/Clock.h"
#include "models/db/Database.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionArrivals)
};

const QString kSuggestions = QStringLiteral("llm_suggestions");

Result<qint64> newestId(Database& database, const QString& table)
{
    auto newest = database.select(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table),
                                  Text::tr("looking for new suggestions"));
    if (!newest)
        return newest.failure();
    return newest->next() ? newest->value(0).toLongLong() : 0;
}

Result<bool> serverRecords(Database& database)
{
    if (database.isSqlite())
        return false;
    return database.hasRow({QStringLiteral("SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n "
                                           "ON n.oid = p.pronamespace WHERE n.nspname = 'steward' AND "
                                           "p.proname = 'record_arrivals' AND "
                                           "pg_catalog.has_function_privilege(p.oid, 'EXECUTE')"),
                            {}},
                           Text::tr("looking for Steward's server functions"));
}

Result<qint64> recordOnServer(Database& database)
{
    auto recorded =
        database.select(QStringLiteral("SELECT steward.record_arrivals()"), Text::tr("recording new suggestions"));
    if (!recorded)
        return recorded.failure();
    return recorded->next() ? recorded->value(0).toLongLong() : 0;
}

// Inside the caller's write transaction.
Result<qint64> recordHere(Database& database)
{
    QSqlQuery insert = database.query();
    // Another opening at the same moment inserts the same ids: whichever commits first keeps them.
    // The look-back also records a suggestion the pipeline committed after a newer id was seen.
    if (Outcome prepared = database.prepare(
            insert, QStringLiteral("INSERT INTO %1 (id, first_seen_at) SELECT s.id, %2 FROM %3 s "
                                   "WHERE s.id > (SELECT coalesce(max(a.id), 0) FROM %1 a) - ? "
                                   "ON CONFLICT (id) DO NOTHING")
                        .arg(SuggestionArrivals::table(database.dialect()),
                             database.isSqlite() ? QStringLiteral("?") : QStringLiteral("CAST(? AS timestamptz)"),
                             kSuggestions));
        !prepared)
        return prepared;
    insert.addBindValue(timestampText(Clock::nowUtc()));
    insert.addBindValue(SuggestionArrivals::kLookBack);
    if (Outcome ran = database.run(insert, Text::tr("recording new suggestions")); !ran)
        return ran;
    return insert.numRowsAffected();
}

// Whether there are suggestions past the highest id recorded. Most openings find none: they read
// two maxima and write nothing.
Result<bool> anythingNew(Database& database)
{
    for (const SqlDialect::Statement& exists :
         {database.dialect().appTableExists(QStringLiteral("suggestion_arrivals")),
          database.dialect().tableExists(kSuggestions)}) {
        auto found = database.hasRow(exists, Text::tr("looking for new suggestions"));
        if (!found || !*found)
            return found;
    }
    auto recorded = newestId(database, SuggestionArrivals::table(database.dialect()));
    if (!recorded)
        return recorded.failure();
    auto newest = newestId(database, kSuggestions);
    if (!newest)
        return newest.failure();
    return *newest > *recorded;
}

Result<qint64> record(Database& database)
{
    auto onServer = serverRecords(database);
    if (!onServer)
        return onServer.failure();
    return *onServer ? recordOnServer(database) : recordHere(database);
}
} // namespace

QString SuggestionArrivals::table(const SqlDialect& dialect)
{
    return dialect.appTable(QStringLiteral("suggestion_arrivals"));
}

Result<qint64> SuggestionArrivals::catchUp(Database& database)
{
    // Looking never changes anything: a read-only file stays byte-for-byte the same.
    if (database.isReadOnly() || database.openedAsSnapshot())
        return 0;
    WriteTransaction transaction(database);
    if (database.isSqlite()) {
        // Checked before the write lock, so that a busy file is not locked at every opening.
        auto pending = anythingNew(database);
        if (!pending || !*pending)
            return pending ? Result<qint64>(0) : Result<qint64>(pending.failure());
        if (Outcome begun = transaction.begin(); !begun)
            return begun;
    } else {
        // An opening never waits behind someone else's lock on the suggestions (a pipeline
        // rewriting its table, a decision in flight): it records them at a later opening.
        if (Outcome begun = transaction.begin(); !begun)
            return begun;
        if (auto exists =
                database.hasRow(database.dialect().tableExists(kSuggestions), Text::tr("looking for new suggestions"));
            !exists || !*exists)
            return exists ? Result<qint64>(0) : Result<qint64>(exists.failure());
        if (Outcome locked =
                database.exec(QStringLiteral("LOCK TABLE %1 IN ACCESS SHARE MODE NOWAIT").arg(kSuggestions));
            !locked)
            return locked;
        auto pending = anythingNew(database);
        if (!pending || !*pending)
            return pending ? Result<qint64>(0) : Result<qint64>(pending.failure());
    }
    auto added = record(database);
    if (!added)
        return added;
    if (Outcome committed = transaction.commit(); !committed)
        return committed;
    return added;
}

} // namespace steward
