#include "PredictionRanges.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoringFilter.h"
#include "models/monitoring/MonitoringIndexes.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/monitoring/PredictionSummary.h"
#include "models/profiles/Profile.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PredictionRanges)
};

// Every model id, NULL last if any row has none: skipping from one id to the next along the
// index reads a row per model, not every row (and NULL sorts first: one look at the start).
QString modelsCte(const QString& table, const QString& model)
{
    return QStringLiteral("WITH RECURSIVE m(model) AS (SELECT (SELECT MIN(%2) FROM %1) UNION ALL "
                          "SELECT (SELECT MIN(%2) FROM %1 WHERE %2 > m.model) FROM m WHERE m.model IS NOT NULL), "
                          "k(model) AS (SELECT model FROM m WHERE model IS NOT NULL UNION ALL "
                          "SELECT NULL WHERE EXISTS (SELECT 1 FROM (SELECT %2 AS first FROM %1 ORDER BY %2 LIMIT 1) f "
                          "WHERE first IS NULL)) ")
        .arg(table, model);
}

// The rows' figures as the scan adds them up (its own CASE and COUNT forms, so that the rows a
// period leaves out are counted as the scan counts), named as rangesSelect subtracts them.
QStringList scanFigures(const EntityMap& map)
{
    const auto column = [&](const QString& field) { return SqlDialect::quoteIdentifier(map.column(field)); };
    QStringList figures{QStringLiteral("COUNT(*) AS n")};
    if (map.has(QStringLiteral("confidence"))) {
        const QString confidence = column(QStringLiteral("confidence"));
        figures << QStringLiteral("COUNT(%1) AS nc").arg(confidence)
                << QStringLiteral("TOTAL(%1) AS sc").arg(confidence);
        const QStringList buckets = PredictionSummary::bucketConditions(confidence);
        for (qsizetype i = 0; i < buckets.size(); ++i)
            figures << QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END) AS b%2").arg(buckets.at(i)).arg(i);
    }
    if (map.has(QStringLiteral("correct"))) {
        const QString correct = column(QStringLiteral("correct"));
        figures << QStringLiteral("COUNT(%1) AS known").arg(correct)
                << QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END) AS rightly").arg(correct);
    }
    if (map.has(QStringLiteral("latency_ms"))) {
        const QString latency = column(QStringLiteral("latency_ms"));
        figures << QStringLiteral("COUNT(%1) AS nl").arg(latency) << QStringLiteral("TOTAL(%1) AS sl").arg(latency);
    }
    return figures;
}

// Above this share of the log in the period, the whole log less the rest is the quicker: the
// walks for the whole log cost about a quarter of adding up every row.
constexpr double kLeastShare = 0.6;

// Roughly, the share of the log in a period: the part of each model's span of time (its first
// and last rows along the index) that the period covers, as if its rows were spread evenly.
// Counting them would cost a tenth of what the choice saves.
Result<double> periodShare(Database& database, const EntityMap& map, const MonitoringFilter& filter, const QString& cte)
{
    const QString table = SqlDialect::quoteIdentifier(map.table);
    const QString model = SqlDialect::quoteIdentifier(map.column(QStringLiteral("model")));
    const QString at = SqlDialect::quoteIdentifier(map.column(QStringLiteral("at")));
    QVariantList binds;
    const auto bound = [&](const QDateTime& instant, const QString& open) {
        if (!instant.isValid())
            return open;
        binds << SqlDialect::instantValue(instant);
        return database.dialect().boundInstant();
    };
    const QString since = bound(filter.since, QStringLiteral("-1.0e9"));
    const QString until = bound(filter.until, QStringLiteral("1.0e9"));
    const QString end = QStringLiteral("julianday((SELECT %3(%4) FROM %1 WHERE %2 IS k.model))");
    auto query = database.select(
        cte + QStringLiteral("SELECT AVG(share) FROM (SELECT CASE WHEN lo IS NULL OR hi IS NULL THEN 0.5 "
                             "WHEN hi <= lo THEN (CASE WHEN hi >= s AND hi <= u THEN 1.0 ELSE 0.0 END) "
                             "ELSE MAX(0.0, MIN(hi, u) - MAX(lo, s)) / (hi - lo) END AS share FROM "
                             "(SELECT %1 AS lo, %2 AS hi, s, u FROM k, (SELECT %3 AS s, %4 AS u)))")
                  .arg(end.arg(table, model, QStringLiteral("MIN"), at),
                       end.arg(table, model, QStringLiteral("MAX"), at), since, until),
        binds, Text::tr("estimating the period's share of %1").arg(map.table));
    if (!query)
        return query.failure();
    return query->next() ? query->value(0).toDouble() : 0.0;
}

// Each model's figures from walks along ranges of the indexes, each walked once (the CTE is
// materialised, so a figure used twice is not read twice). The rows with a confidence are the
// buckets' sum; those with a latency or a correctness all rows but the few without one.
//
// A period's figures are the whole log's less those of the rows it leaves out, added up by one
// pass that tests each row's time (the scan's test) and adds up only the rows it leaves out:
// testing a time is cheap, adding a row's dozen figures is what made the scan take a second.
// The first and last times and the longest latency are read from the ends of the model's
// ranges, the first rows that fall in the period. When the period holds less than about 60 %
// of the log, the scan (which adds up only those rows) is the quicker and is used.
Result<PredictionRanges::Select> rangesSelect(Database& database, const EntityMap& map, const MonitoringFilter& filter,
                                              const QStringList* restrictedKeys, const QString& cte)
{
    PredictionRanges::Select none;
    const QString table = SqlDialect::quoteIdentifier(map.table);
    const auto column = [&](const QString& field) { return SqlDialect::quoteIdentifier(map.column(field)); };
    const QString model = column(QStringLiteral("model"));
    const QString at = column(QStringLiteral("at"));

    const bool period = filter.since.isValid() || filter.until.isValid();
    if (period) {
        auto share = periodShare(database, map, filter, cte);
        if (!share)
            return share.failure();
        if (*share < kLeastShare)
            return none;
    }

    QStringList where;
    QVariantList conditionBinds;
    MonitoringSql::period(database, at, filter, where, conditionBinds);
    const QString inPeriod = period ? QStringLiteral("(%1)").arg(where.join(QStringLiteral(" AND "))) : QString();
    PredictionRanges::Select select;
    QVariantList& binds = select.binds;

    // The whole log's figures of each model, a walk along a range of an index each (and each
    // walked once: the CTE is materialised, so a figure used twice below is not read twice).
    // The rows with a confidence are the buckets' sum, those with a latency or a correctness
    // all rows but the few without one.
    const auto of = [&](const QString& what, const QString& where = {}) {
        return QStringLiteral("(SELECT %1 FROM %2 WHERE %3 IS k.model%4)").arg(what, table, model, where);
    };
    QStringList whole{QStringLiteral("k.model AS model")};
    QString rows = QStringLiteral("a.n");
    QString withConfidence;
    if (map.has(QStringLiteral("confidence"))) {
        const QString confidence = column(QStringLiteral("confidence"));
        const QStringList conditions = PredictionSummary::bucketConditions(confidence);
        QStringList buckets;
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            whole << of(QStringLiteral("COUNT(*)"), QStringLiteral(" AND ") + conditions.at(i)) +
                         QStringLiteral(" AS b%1").arg(i);
            buckets << QStringLiteral("a.b%1").arg(i);
        }
        whole << of(QStringLiteral("COUNT(*)"), QStringLiteral(" AND %1 IS NULL").arg(confidence)) +
                     QStringLiteral(" AS without")
              << of(QStringLiteral("TOTAL(%1)").arg(confidence),
                    QStringLiteral(" AND %1 IS NOT NULL").arg(confidence)) +
                     QStringLiteral(" AS sc");
        withConfidence = QStringLiteral("(%1)").arg(buckets.join(QStringLiteral(" + ")));
        rows = QStringLiteral("(%1 + a.without)").arg(withConfidence);
    } else {
        whole << of(QStringLiteral("COUNT(*)")) + QStringLiteral(" AS n");
    }
    if (map.has(QStringLiteral("correct"))) {
        const QString correct = column(QStringLiteral("correct"));
        whole << of(QStringLiteral("COUNT(*)"), QStringLiteral(" AND %1 IS NULL").arg(correct)) +
                     QStringLiteral(" AS unknown")
              << of(QStringLiteral("COUNT(*)"), QStringLiteral(" AND %1 = 0").arg(correct)) +
                     QStringLiteral(" AS wrong");
    }
    if (map.has(QStringLiteral("latency_ms"))) {
        const QString latency = column(QStringLiteral("latency_ms"));
        whole << of(QStringLiteral("COUNT(*)"), QStringLiteral(" AND %1 IS NULL").arg(latency)) +
                     QStringLiteral(" AS untimed")
              << of(QStringLiteral("TOTAL(%1)").arg(latency), QStringLiteral(" AND %1 IS NOT NULL").arg(latency)) +
                     QStringLiteral(" AS sl");
    }
    QString sql = cte + QStringLiteral(", a AS MATERIALIZED (SELECT %1 FROM k)").arg(whole.join(QStringLiteral(", ")));

    if (period) {
        // The rows the period leaves out: its test false, or NULL (a time that does not parse).
        sql += QStringLiteral(", x AS (SELECT %1 AS model, %2 FROM %3 WHERE %4 IS NOT 1 GROUP BY %1)")
                   .arg(model, scanFigures(map).join(QStringLiteral(", ")), table, inPeriod);
        binds << conditionBinds;
    }

    const auto less = [period](const QString& whole, const QString& name) {
        return period ? QStringLiteral("%1 - COALESCE(x.%2, 0)").arg(whole, name) : whole;
    };
    // The first and last times, and the longest latency, in the period: walked from the end of
    // the model's range to the first row in it.
    const auto atEnd = [&](const QString& what) {
        binds << conditionBinds;
        return QStringLiteral("(SELECT %1 FROM %2 WHERE %3 IS a.model%4)")
            .arg(what, table, model, period ? QStringLiteral(" AND ") + inPeriod : QString());
    };
    QStringList columns{QStringLiteral("CAST(a.model AS TEXT)"), less(rows, QStringLiteral("n"))};
    columns << atEnd(QStringLiteral("MIN(%1)").arg(at)) << atEnd(QStringLiteral("MAX(%1)").arg(at));
    if (map.has(QStringLiteral("confidence"))) {
        columns << less(withConfidence, QStringLiteral("nc")) << less(QStringLiteral("a.sc"), QStringLiteral("sc"));
        for (qsizetype i = 0; i < PredictionSummary::bucketNames().size(); ++i)
            columns << less(QStringLiteral("a.b%1").arg(i), QStringLiteral("b%1").arg(i));
    } else {
        columns << QStringLiteral("0") << QStringLiteral("NULL");
        for (qsizetype i = 0; i < PredictionSummary::bucketNames().size(); ++i)
            columns << QStringLiteral("0");
    }
    if (map.has(QStringLiteral("correct"))) {
        const QString known = QStringLiteral("(%1 - a.unknown)").arg(rows);
        columns << less(known, QStringLiteral("known"))
                << less(QStringLiteral("%1 - a.wrong").arg(known), QStringLiteral("rightly"));
    } else {
        columns << QStringLiteral("0") << QStringLiteral("0");
    }
    if (map.has(QStringLiteral("latency_ms"))) {
        columns << less(QStringLiteral("(%1 - a.untimed)").arg(rows), QStringLiteral("nl"))
                << less(QStringLiteral("a.sl"), QStringLiteral("sl"))
                << atEnd(QStringLiteral("MAX(%1)").arg(column(QStringLiteral("latency_ms"))));
    } else {
        columns << QStringLiteral("0") << QStringLiteral("NULL") << QStringLiteral("NULL");
    }
    QStringList named;
    for (qsizetype i = 0; i < columns.size(); ++i)
        named << columns.at(i) + QStringLiteral(" AS c%1").arg(i);
    // A model with no row in the period has no row in the scan either.
    sql += QStringLiteral(" SELECT * FROM (SELECT %1 FROM a%2) WHERE c1 > 0")
               .arg(named.join(QStringLiteral(", ")),
                    period ? QStringLiteral(" LEFT JOIN x ON x.model IS a.model") : QString());
    if (restrictedKeys)
        sql += QStringLiteral(" AND ") + MonitoringSql::keyIn(QStringLiteral("c0"), *restrictedKeys, binds);
    select.sql = sql;
    return select;
}
} // namespace

Result<PredictionRanges::Select> PredictionRanges::select(Database& database, const EntityMap& map,
                                                          const MonitoringFilter& filter,
                                                          const QStringList* restrictedKeys)
{
    Select none;
    if (!database.isSqlite() || !map.has(QStringLiteral("model")) || !map.has(QStringLiteral("at")))
        return none;
    const bool hasConfidence = map.has(QStringLiteral("confidence"));
    const bool hasLatency = map.has(QStringLiteral("latency_ms"));
    QStringList indexes{MonitoringIndexes::name(map.table)};
    if (hasConfidence)
        indexes << MonitoringIndexes::name(map.table, QStringLiteral("confidence"));
    if (hasLatency)
        indexes << MonitoringIndexes::name(map.table, QStringLiteral("latency"));
    if (map.has(QStringLiteral("correct")))
        indexes << MonitoringIndexes::name(map.table, QStringLiteral("correct"));
    if (!MonitoringIndexes::present(database, indexes))
        return none;

    const QString table = SqlDialect::quoteIdentifier(map.table);
    const auto column = [&](const QString& field) { return SqlDialect::quoteIdentifier(map.column(field)); };
    const QString model = column(QStringLiteral("model"));
    const QString cte = modelsCte(table, model);
    // Text sorts after every number and blobs after text: one look at each end of a range says
    // whether a value would compare otherwise than the scan's CAST does.
    QStringList odd{QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %2 IS NOT NULL AND %2 < '')").arg(table, model),
                    QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %2 >= x'')").arg(table, model)};
    for (const QString& field :
         {QStringLiteral("confidence"), QStringLiteral("latency_ms"), QStringLiteral("correct")}) {
        if (map.has(field))
            odd << QStringLiteral("EXISTS (SELECT 1 FROM k WHERE EXISTS (SELECT 1 FROM %1 WHERE %2 IS k.model AND "
                                  "%3 >= ''))")
                       .arg(table, model, column(field));
    }
    auto unusual = database.hasRow({cte + QStringLiteral("SELECT 1 WHERE ") + odd.join(QStringLiteral(" OR ")), {}},
                                   Text::tr("checking the values of %1").arg(map.table));
    if (!unusual)
        return unusual.failure();
    if (*unusual)
        return none;
    return rangesSelect(database, map, filter, restrictedKeys, cte);
}

} // namespace steward
