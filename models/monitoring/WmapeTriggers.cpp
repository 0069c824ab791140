#include "WmapeTriggers.h"

#include "models/db/Database.h"
#include "models/db/SqlScript.h"
#include "models/db/UnlimitedTime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WmapeTriggers)
};

const QString kScript = QStringLiteral("rollups/wmape_days_postgres.sql");
constexpr int kTriggers = 8; // insert, update, delete and truncate on each table

// The two tables' names as the session's schema qualifies them.
Result<std::pair<QString, QString>> qualifiedTables(Database& database)
{
    auto query = database.select(QStringLiteral("SELECT current_schema()"), Text::tr("reading the current schema"));
    if (!query)
        return query.failure();
    if (!query->next() || query->value(0).isNull())
        return Outcome::failed(Text::tr("the session has no current schema to find the forecasts in"));
    const QString schema = SqlDialect::quoteIdentifier(query->value(0).toString());
    // The names are written into the trigger function's text, inside quotes of its own.
    if (schema.contains(QLatin1Char('\'')) || schema.contains(QLatin1Char('$')))
        return Outcome::usage(
            Text::tr("the schema's name %1 cannot be written into the rollup's triggers").arg(schema));
    return std::pair{schema + QStringLiteral(".forecast_results"), schema + QStringLiteral(".forecast_actuals")};
}
} // namespace

Outcome WmapeTriggers::build(Database& database)
{
    if (database.isSqlite())
        return Outcome::usage(Text::tr("the rollup's triggers are for a PostgreSQL server"));
    auto tables = qualifiedTables(database);
    if (!tables)
        return tables.failure();
    QString script = SqlScript::load(kScript);
    if (script.isEmpty())
        return Outcome::failed(Text::tr("missing built-in script %1").arg(kScript));
    script.replace(QRegularExpression(QStringLiteral("\\bFORECASTS\\b")), tables->first);
    script.replace(QRegularExpression(QStringLiteral("\\bACTUALS\\b")), tables->second);
    const UnlimitedTime unlimited(database);
    WriteTransaction transaction(database);
    if (Outcome begun = transaction.begin(); !begun)
        return begun;
    for (const QString& statement : SqlScript::split(script)) {
        if (Outcome done = database.exec(statement); !done) {
            return Outcome(done.code(),
                           Text::tr("creating the accuracy rollup's triggers needs ownership of forecast_results "
                                    "and forecast_actuals: %1")
                               .arg(done.message()));
        }
    }
    return transaction.commit();
}

bool WmapeTriggers::isCurrent(Database& database)
{
    if (database.isSqlite())
        return false;
    auto present =
        database.hasRow({QStringLiteral("SELECT 1 WHERE to_regclass('steward.search_wmape_state') IS NOT NULL AND "
                                        "to_regclass('steward.search_wmape_days') IS NOT NULL"),
                         {}},
                        Text::tr("looking for the accuracy rollup"));
    if (!present || !*present)
        return false;
    // Triggers disabled (ALTER TABLE … DISABLE TRIGGER) or fired in replica sessions only would
    // let writes past the rollup.
    auto current = database.hasRow(
        {QStringLiteral("SELECT 1 FROM steward.search_wmape_state WHERE stale_since IS NULL AND "
                        "(SELECT count(*) FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid "
                        "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'steward' AND "
                        "p.proname = 'wmape_days_follow' AND t.tgenabled IN ('O', 'A') AND t.tgrelid IN "
                        "(to_regclass('forecast_results'), to_regclass('forecast_actuals'))) = ?"),
         {kTriggers}},
        Text::tr("reading the accuracy rollup's state"));
    return current && *current;
}

} // namespace steward
