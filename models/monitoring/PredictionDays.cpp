#include "PredictionDays.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoringFilter.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/monitoring/PredictionSummary.h"
#include "models/monitoring/RollupMarks.h"
#include "models/profiles/Profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PredictionDays)
};

// The rollup's figure columns, in PredictionSummary::rowSums() order, with how days add up.
struct Figure
{
    QString name;
    QString combine;
};

QList<Figure> figures()
{
    QList<Figure> list{{QStringLiteral("n"), QStringLiteral("SUM")},
                       {QStringLiteral("first_at"), QStringLiteral("MIN")},
                       {QStringLiteral("last_at"), QStringLiteral("MAX")},
                       {QStringLiteral("nc"), QStringLiteral("SUM")},
                       {QStringLiteral("sc"), QStringLiteral("SUM")}};
    for (qsizetype i = 0; i < PredictionSummary::bucketNames().size(); ++i)
        list << Figure{QStringLiteral("b%1").arg(i), QStringLiteral("SUM")};
    list << Figure{QStringLiteral("known"), QStringLiteral("SUM")}
         << Figure{QStringLiteral("rightly"), QStringLiteral("SUM")}
         << Figure{QStringLiteral("nl"), QStringLiteral("SUM")} << Figure{QStringLiteral("sl"), QStringLiteral("SUM")}
         << Figure{QStringLiteral("ml"), QStringLiteral("MAX")};
    return list;
}

QString markTable(const SqlDialect& dialect)
{
    return dialect.appTable(QStringLiteral("search_prediction_mark"));
}

// A row's UTC day as a Julian day number: the day whose midnights bracket julianday(at).
QString dayOf(const QString& at)
{
    return QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)").arg(at);
}

// The Julian day number of the UTC day holding `instant`.
qint64 dayNumber(const QDateTime& instant)
{
    constexpr qint64 kDayMs = 86400000;
    constexpr qint64 kEpochDay = 2440588; // 1970-01-01
    const qint64 ms = instant.toMSecsSinceEpoch();
    return (ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs)) + kEpochDay;
}

// The text a stored time of that UTC day starts with, give or take a day for its offset.
QString dateText(qint64 day)
{
    return QStringLiteral("'%1'").arg(QDate::fromJulianDay(day).toString(QStringLiteral("yyyy-MM-dd")));
}

bool startsDay(const QDateTime& instant)
{
    return instant.toMSecsSinceEpoch() % 86400000 == 0;
}

Result<qint64> number(Database& database, const QString& sql, const QVariantList& binds = {})
{
    auto query = database.select(sql, binds, Text::tr("reading the daily prediction rollup"));
    if (!query)
        return query.failure();
    return query->next() ? query->value(0).toLongLong() : 0;
}

// The log's rows past the mark, added as rows of their own: days split over several catch-ups
// add up when read, as the edge days do.
Result<qint64> addFrom(Database& database, const EntityMap& map)
{
    const QString days = PredictionDays::table(database.dialect());
    const QString marks = markTable(database.dialect());
    const QString log = SqlDialect::quoteIdentifier(map.table);
    auto from = RollupMarks::held(database, marks, map.table);
    if (!from)
        return from.failure();
    auto upTo = RollupMarks::newest(database, map.table);
    if (!upTo)
        return upTo.failure();
    *from = qMax<qint64>(0, *from);
    if (*upTo <= *from)
        return 0;
    QString group;
    QString at;
    const QStringList sums = PredictionSummary::rowSums(database, map, &group, &at);
    QStringList names{QStringLiteral("model"), QStringLiteral("day")};
    for (const Figure& figure : figures())
        names << figure.name;
    if (Outcome added = database.exec(
            QStringLiteral("INSERT INTO %1 (%2) SELECT %3, %4, %5 FROM %6 p WHERE p.rowid > %7 "
                           "AND p.rowid <= %8 GROUP BY %3, %4")
                .arg(days, names.join(QStringLiteral(", ")), group, dayOf(at), sums.join(QStringLiteral(", ")), log)
                .arg(*from)
                .arg(*upTo));
        !added)
        return added;
    if (Outcome marked = RollupMarks::set(database, marks, {{map.table, *upTo}}); !marked)
        return marked;
    return *upTo - *from;
}

const EntityMap* predictionLog(Database& database)
{
    if (!database.isSqlite())
        return nullptr;
    const EntityMap* map = database.profile().entity(QStringLiteral("prediction"));
    if (!map || !map->has(QStringLiteral("at")))
        return nullptr;
    return map;
}

} // namespace

QString PredictionDays::table(const SqlDialect& dialect)
{
    return dialect.appTable(QStringLiteral("search_prediction_days"));
}

Outcome PredictionDays::buildInTransaction(Database& database)
{
    const EntityMap* map = predictionLog(database);
    if (!map)
        return Outcome::ok();
    // A view, or a table without rowids, has no mark to catch up from: no rollup.
    auto plain = RollupMarks::hasRowids(database, map->table);
    if (!plain)
        return plain.failure();
    if (!*plain)
        return Outcome::ok();
    QStringList columns{QStringLiteral("model"), QStringLiteral("day INTEGER")};
    for (const Figure& figure : figures())
        columns << figure.name;
    columns << QStringLiteral("odd INTEGER");
    if (Outcome created = RollupMarks::recreate(database, table(database.dialect()), columns.join(QStringLiteral(", ")),
                                                QStringLiteral("day"), markTable(database.dialect()));
        !created)
        return created;
    auto added = addFrom(database, *map);
    return added ? Outcome::ok() : Outcome(added.failure());
}

Outcome PredictionDays::build(Database& database)
{
    if (!predictionLog(database))
        return Outcome::ok();
    return RollupMarks::buildInOwnTransaction(database, [&database] { return buildInTransaction(database); });
}

Result<qint64> PredictionDays::catchUp(Database& database)
{
    const EntityMap* map = predictionLog(database);
    if (!map)
        return 0;
    return RollupMarks::catchUp(database, markTable(database.dialect()),
                                [&database, map] { return addFrom(database, *map); });
}

Result<PredictionRanges::Select> PredictionDays::select(Database& database, const EntityMap& map,
                                                        const MonitoringFilter& filter,
                                                        const QStringList* restrictedKeys)
{
    PredictionRanges::Select none;
    if (!database.isSqlite() || (!filter.since.isValid() && !filter.until.isValid()) || !map.has(QStringLiteral("at")))
        return none;
    // The whole days in the period: each one's rows all pass the period's test, since they lie
    // between its midnights.
    const qint64 firstDay =
        filter.since.isValid() ? dayNumber(filter.since) + (startsDay(filter.since) ? 0 : 1) : -(qint64(1) << 40);
    const qint64 lastDay = filter.until.isValid() ? dayNumber(filter.until) - 1 : qint64(1) << 40;
    if (firstDay > lastDay)
        return none;
    auto covered = RollupMarks::covers(database, markTable(database.dialect()), {map.table});
    if (!covered)
        return covered.failure();
    if (!*covered)
        return none;

    QString group;
    QString at;
    const QStringList sums = PredictionSummary::rowSums(database, map, &group, &at);
    QStringList names;
    QStringList combined{QStringLiteral("CAST(model AS TEXT) AS c0")};
    const QList<Figure> list = figures();
    for (qsizetype i = 0; i < list.size(); ++i) {
        names << list.at(i).name;
        combined << QStringLiteral("%1(%2) AS c%3").arg(list.at(i).combine, list.at(i).name).arg(i + 1);
    }
    // Rows whose time is not text starting with its date (say, a Julian day number) would make
    // the edge days' text ranges miss rows: then every row's time is tested instead.
    auto odd = number(database, QStringLiteral("SELECT COALESCE(SUM(odd), 0) FROM %1").arg(table(database.dialect())));
    if (!odd)
        return odd.failure();

    PredictionRanges::Select select;
    QStringList where;
    QVariantList periodBinds;
    MonitoringSql::period(database, at, filter, where, periodBinds);
    where << QStringLiteral("%1 NOT BETWEEN %2 AND %3").arg(dayOf(at)).arg(firstDay).arg(lastDay);
    // The two edge days: a range of the stored times along the (model, time) index each, a
    // day wider on each side (an offset moves a time's date by up to a day), then the period's
    // own test.
    QList<qint64> edges;
    if (filter.since.isValid() && !startsDay(filter.since))
        edges << dayNumber(filter.since);
    if (filter.until.isValid())
        edges << dayNumber(filter.until);
    const QString rows = QStringLiteral("SELECT %1, %2 FROM %3 p")
                             .arg(group, sums.join(QStringLiteral(", ")), SqlDialect::quoteIdentifier(map.table));
    QStringList parts{QStringLiteral("SELECT model, %1 FROM %2 WHERE day BETWEEN %3 AND %4")
                          .arg(names.join(QStringLiteral(", ")), table(database.dialect()))
                          .arg(firstDay)
                          .arg(lastDay)};
    if (*odd > 0) {
        parts << rows + QStringLiteral(" WHERE %1 GROUP BY %2").arg(where.join(QStringLiteral(" AND ")), group);
        select.binds << periodBinds;
    } else {
        for (qint64 edge : std::as_const(edges)) {
            parts << rows +
                         QStringLiteral(" JOIN (SELECT DISTINCT model AS m FROM %1) k ON %2 IS k.m WHERE %3 >= %4 AND "
                                        "%3 < %5 AND %6 GROUP BY %2")
                             .arg(table(database.dialect()), group, at, dateText(edge - 1), dateText(edge + 2),
                                  where.join(QStringLiteral(" AND ")));
            select.binds << periodBinds;
        }
    }
    QString sql = QStringLiteral("SELECT * FROM (SELECT %1 FROM (%2) GROUP BY model) WHERE c1 > 0")
                      .arg(combined.join(QStringLiteral(", ")), parts.join(QStringLiteral(" UNION ALL ")));
    if (restrictedKeys)
        sql += QStringLiteral(" AND ") + MonitoringSql::keyIn(QStringLiteral("c0"), *restrictedKeys, select.binds);
    select.sql = sql;
    return select;
}

} // namespace steward
