#include "WmapeDays.h"

#include "models/db/Database.h"
#include "models/monitoring/PerformanceRows.h"
#include "models/monitoring/RollupMarks.h"
#include "models/monitoring/WmapeTriggers.h"

namespace steward {

namespace {
const QString kForecasts = QStringLiteral("forecast_results");
const QString kActuals = QStringLiteral("forecast_actuals");

QString markTable(const SqlDialect& dialect)
{
    return dialect.appTable(QStringLiteral("search_wmape_mark"));
}

bool applies(Database& database)
{
    return database.isSqlite() && PerformanceRows::isPipeline(database) && PerformanceRows::available(database);
}

// The pairs of forecasts and actuals whose rowids lie in the given ranges, summed per day.
QString pairs(Database& database, const QString& forecastRange, const QString& actualRange)
{
    const PerformanceRows::ForecastPairs joined = PerformanceRows::forecastPairs(database.dialect());
    return QStringLiteral("INSERT INTO %1 (client_id, model_version, forecast_date, abs_error, actual_sum) "
                          "SELECT f.client_id, f.model_version, f.forecast_date, SUM(%2), SUM(%3) FROM %4 "
                          "WHERE %5 AND %6 GROUP BY f.client_id, f.model_version, f.forecast_date")
        .arg(WmapeDays::table(database.dialect()), joined.absoluteError, joined.actual, joined.from, forecastRange,
             actualRange);
}

QString range(const QString& alias, qint64 after, qint64 upTo)
{
    return after > 0 ? QStringLiteral("%1.rowid > %2 AND %1.rowid <= %3").arg(alias).arg(after).arg(upTo)
                     : QStringLiteral("%1.rowid <= %2").arg(alias).arg(upTo);
}

// Adds the pairs past the marks and moves the marks to the tables' largest rowids.
Result<qint64> addFrom(Database& database)
{
    const QString marks = markTable(database.dialect());
    auto forecastsFrom = RollupMarks::held(database, marks, kForecasts);
    auto actualsFrom = RollupMarks::held(database, marks, kActuals);
    auto forecastsTo = RollupMarks::newest(database, kForecasts);
    auto actualsTo = RollupMarks::newest(database, kActuals);
    for (const auto* read : {&forecastsFrom, &actualsFrom, &forecastsTo, &actualsTo}) {
        if (!*read)
            return read->failure();
    }
    qint64 f0 = qMax<qint64>(0, *forecastsFrom);
    qint64 a0 = qMax<qint64>(0, *actualsFrom);
    if (*forecastsTo == f0 && *actualsTo == a0)
        return 0;
    // The newest rows of a table were deleted since (its largest rowid is below the mark): the
    // rollup holds pairs that are gone, so it starts again from none.
    if (*forecastsTo < f0 || *actualsTo < a0) {
        if (Outcome cleared = database.exec(QStringLiteral("DELETE FROM %1").arg(WmapeDays::table(database.dialect())));
            !cleared)
            return cleared;
        f0 = 0;
        a0 = 0;
    }
    // The new forecasts with every actual, then the earlier forecasts with the new actuals.
    if (*forecastsTo > f0) {
        if (Outcome added = database.exec(pairs(database, range(QStringLiteral("f"), f0, *forecastsTo),
                                                range(QStringLiteral("a"), 0, *actualsTo)));
            !added)
            return added;
    }
    if (*actualsTo > a0 && f0 > 0) {
        if (Outcome added = database.exec(
                pairs(database, range(QStringLiteral("f"), 0, f0), range(QStringLiteral("a"), a0, *actualsTo)));
            !added)
            return added;
    }
    if (Outcome marked = RollupMarks::set(database, marks, {{kForecasts, *forecastsTo}, {kActuals, *actualsTo}});
        !marked)
        return marked;
    return (*forecastsTo - f0) + (*actualsTo - a0);
}
} // namespace

QString WmapeDays::table(const SqlDialect& dialect)
{
    return dialect.appTable(QStringLiteral("search_wmape_days"));
}

Outcome WmapeDays::buildInTransaction(Database& database)
{
    if (!applies(database))
        return Outcome::ok();
    for (const QString& source : {kForecasts, kActuals}) {
        auto plain = RollupMarks::hasRowids(database, source);
        if (!plain)
            return plain.failure();
        if (!*plain)
            return Outcome::ok();
    }
    if (Outcome created = RollupMarks::recreate(
            database, table(database.dialect()),
            QStringLiteral("client_id TEXT, model_version TEXT, forecast_date, abs_error REAL, actual_sum REAL"),
            QStringLiteral("client_id, model_version, forecast_date"), markTable(database.dialect()));
        !created)
        return created;
    auto added = addFrom(database);
    return added ? Outcome::ok() : Outcome(added.failure());
}

Outcome WmapeDays::build(Database& database)
{
    if (!database.isSqlite() && PerformanceRows::isPipeline(database) && PerformanceRows::available(database))
        return WmapeTriggers::build(database);
    if (!applies(database))
        return Outcome::ok();
    return RollupMarks::buildInOwnTransaction(database, [&database] { return buildInTransaction(database); });
}

Result<qint64> WmapeDays::catchUp(Database& database)
{
    if (!applies(database))
        return 0;
    return RollupMarks::catchUp(database, markTable(database.dialect()), [&database] { return addFrom(database); });
}

bool WmapeDays::isCurrent(Database& database)
{
    if (!PerformanceRows::isPipeline(database))
        return false;
    if (!database.isSqlite())
        return WmapeTriggers::isCurrent(database);
    auto covered = RollupMarks::covers(database, markTable(database.dialect()), {kForecasts, kActuals});
    return covered && *covered;
}

} // namespace steward
