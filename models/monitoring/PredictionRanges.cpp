#include "PredictionRanges.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoringFilter.h"
#include "models/monitoring/MonitoringIndexes.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/profiles/Profile.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PredictionRanges)
};

constexpr double kBucketBounds[] = {0.5, 0.6, 0.7, 0.8, 0.9};

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
} // namespace

Result<PredictionRanges::Select> PredictionRanges::select(Database& database, const EntityMap& map,
                                                          const MonitoringFilter& filter,
                                                          const QStringList* restrictedKeys)
{
    Select none;
    if (!database.isSqlite() || filter.since.isValid() || filter.until.isValid() || !map.has(QStringLiteral("model")) ||
        !map.has(QStringLiteral("at")))
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

    const auto of = [&](const QString& what, const QString& where = {}) {
        return QStringLiteral("(SELECT %1 FROM %2 WHERE %3 IS k.model%4)").arg(what, table, model, where);
    };
    const QString at = column(QStringLiteral("at"));
    QStringList figures{QStringLiteral("CAST(k.model AS TEXT)"), of(QStringLiteral("COUNT(*)")),
                        of(QStringLiteral("MIN(%1)").arg(at)), of(QStringLiteral("MAX(%1)").arg(at))};
    if (hasConfidence) {
        const QString confidence = column(QStringLiteral("confidence"));
        const QString known = QStringLiteral(" AND %1 IS NOT NULL").arg(confidence);
        // The buckets hold every number: the rows with a confidence are their sum, and the rest
        // of the model's rows the few without one (see countsFromBuckets).
        figures[1] = of(QStringLiteral("COUNT(*)"), QStringLiteral(" AND %1 IS NULL").arg(confidence));
        figures << QStringLiteral("NULL") << of(QStringLiteral("AVG(CAST(%1 AS REAL))").arg(confidence), known);
        for (qsizetype i = 0; i <= static_cast<qsizetype>(std::size(kBucketBounds)); ++i) {
            QString bounds;
            if (i > 0)
                bounds += QStringLiteral(" AND %1 >= %2").arg(confidence).arg(kBucketBounds[i - 1]);
            if (i < static_cast<qsizetype>(std::size(kBucketBounds)))
                bounds += QStringLiteral(" AND %1 < %2").arg(confidence).arg(kBucketBounds[i]);
            figures << of(QStringLiteral("COUNT(*)"), bounds);
        }
    } else {
        figures << QStringLiteral("0, NULL, 0, 0, 0, 0, 0, 0");
    }
    if (map.has(QStringLiteral("correct"))) {
        const QString correct = column(QStringLiteral("correct"));
        // A number is true unless it is zero (what CASE WHEN correct decides in the scan).
        const QString known = of(QStringLiteral("COUNT(*)"), QStringLiteral(" AND %1 IS NOT NULL").arg(correct));
        figures << known
                << known + QStringLiteral(" - ") +
                       of(QStringLiteral("COUNT(*)"), QStringLiteral(" AND %1 = 0").arg(correct));
    } else {
        figures << QStringLiteral("0, 0");
    }
    if (hasLatency) {
        const QString latency = column(QStringLiteral("latency_ms"));
        const QString known = QStringLiteral(" AND %1 IS NOT NULL").arg(latency);
        figures << of(QStringLiteral("COUNT(*)"), known)
                << of(QStringLiteral("AVG(CAST(%1 AS REAL))").arg(latency), known)
                << of(QStringLiteral("MAX(%1)").arg(latency));
    } else {
        figures << QStringLiteral("0, NULL, NULL");
    }
    Select select;
    select.countsFromBuckets = hasConfidence;
    select.sql = cte + QStringLiteral("SELECT %1 FROM k").arg(figures.join(QStringLiteral(", ")));
    if (restrictedKeys)
        select.sql += QStringLiteral(" WHERE ") +
                      MonitoringSql::keyIn(QStringLiteral("CAST(k.model AS TEXT)"), *restrictedKeys, select.binds);
    return select;
}

} // namespace steward
