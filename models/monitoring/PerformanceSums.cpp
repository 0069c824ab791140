#include "PerformanceSums.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/monitoring/PerformanceRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace steward {

namespace {
// Part of the performance summary: its messages keep that context in the catalogues.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceSummary)
};

using namespace MonitoringSql;

constexpr int kKeys = 4;     // scope, model, metric, pattern
constexpr int kShared = 5;   // n, Σt, Σt², first t, last t
constexpr int kPerValue = 4; // Σv, Σtv, min, max
constexpr int kAtEnds = 4;   // count and sum at the first time, at the last time

QString sumsSql(const QString& timed, qsizetype values, bool sqlite)
{
    QStringList totals{QStringLiteral("COUNT(*) AS n"), QStringLiteral("SUM(t) AS st"),
                       QStringLiteral("SUM(t * t) AS stt"), QStringLiteral("MIN(t) AS t0"),
                       QStringLiteral("MAX(t) AS t1")};
    QStringList ends;
    QStringList endColumns;
    const auto at = [](const QString& end, const QString& value, const QString& name) {
        return QStringList{QStringLiteral("COUNT(CASE WHEN r.t = g.%1 THEN r.%2 END) AS c%3").arg(end, value, name),
                           QStringLiteral("SUM(CASE WHEN r.t = g.%1 THEN r.%2 END) AS s%3").arg(end, value, name)};
    };
    for (qsizetype i = 0; i < values; ++i) {
        const QString v = QStringLiteral("v%1").arg(i);
        totals << QStringLiteral("SUM(%1) AS s%1, SUM(t * %1) AS tv%1, MIN(%1) AS lo%1, MAX(%1) AS hi%1").arg(v);
        ends << at(QStringLiteral("t0"), v, QStringLiteral("f") + v)
             << at(QStringLiteral("t1"), v, QStringLiteral("l") + v);
        endColumns << QStringLiteral("e.cf%1, e.sf%1, e.cl%1, e.sl%1").arg(v);
    }
    ends << at(QStringLiteral("t1"), QStringLiteral("baseline"), QStringLiteral("b"))
         << at(QStringLiteral("t1"), QStringLiteral("threshold"), QStringLiteral("h"));
    endColumns << QStringLiteral("e.cb, e.sb, e.ch, e.sh");
    const QString keys = QStringLiteral("scope, model, metric, pattern");
    const auto joined = [](const QString& a, const QString& b) {
        return QStringLiteral("%1.scope = %2.scope AND %1.model = %2.model AND %1.metric = %2.metric AND "
                              "%1.pattern = %2.pattern")
            .arg(a, b);
    };
    // r is read twice (its groups, then the rows at each group's ends). SQLite computes it once;
    // PostgreSQL reads the table twice instead, as that beats writing r out (past work_mem, to
    // disk) and reading it back, and lets each read be parallel. Keys are never NULL in r, so
    // that plain equality joins them.
    return QStringLiteral("WITH r AS %8(%1), g AS (SELECT %2, %3 FROM r GROUP BY %2), "
                          "e AS (SELECT r.scope, r.model, r.metric, r.pattern, %4 FROM r JOIN g ON %5 "
                          "WHERE r.t = g.t0 OR r.t = g.t1 GROUP BY r.scope, r.model, r.metric, r.pattern) "
                          "SELECT g.*, %6 FROM g LEFT JOIN e ON %7")
        .arg(timed, keys, totals.join(QStringLiteral(", ")), ends.join(QStringLiteral(", ")),
             joined(QStringLiteral("r"), QStringLiteral("g")), endColumns.join(QStringLiteral(", ")),
             joined(QStringLiteral("e"), QStringLiteral("g")),
             sqlite ? QString() : QStringLiteral("NOT MATERIALIZED "));
}

// A value averaged over the rows at one time, gathered from several groups.
struct Mean
{
    double sum = 0;
    qint64 count = 0;
    void add(const QVariant& c, const QVariant& s)
    {
        count += c.toLongLong();
        sum += s.toDouble();
    }
    double value() const { return count > 0 ? sum / static_cast<double>(count) : 0.0; }
    std::optional<double> optional() const { return count > 0 ? std::optional<double>(value()) : std::nullopt; }
};

// One metric of one model, gathered from the groups of rows holding it.
struct Gathered
{
    PerformanceGroup group;
    std::optional<double> t0;
    std::optional<double> t1;
    std::optional<double> min;
    std::optional<double> max;
    Mean first;
    Mean last;
    Mean baseline;
    Mean threshold;
};
} // namespace

Result<QList<PerformanceGroup>> PerformanceSums::load(Database& database, const MonitoringFilter& filter,
                                                      const QStringList* keys, const QString& source)
{
    const PerformanceRows::Wide wide = PerformanceRows::wide(database, filter, keys);
    if (wide.sql.isEmpty())
        return QList<PerformanceGroup>();
    const qsizetype values = qMax<qsizetype>(1, wide.metrics.size());
    QStringList columns;
    for (qsizetype i = 0; i < values; ++i)
        columns << QStringLiteral("v%1").arg(i);
    const QString timed =
        QStringLiteral("SELECT COALESCE(scope, '') AS scope, COALESCE(model, '') AS model, COALESCE(metric, '') AS "
                       "metric, pattern, %1, baseline, threshold, %2 AS t FROM (%3) l")
            .arg(columns.join(QStringLiteral(", ")), daysFrom(database, QStringLiteral("at")), wide.sql);
    const QDateTime reference = MonitoringSql::reference(database);
    QVariantList binds{SqlDialect::instantValue(reference)};
    binds << wide.binds;
    auto query = database.select(sumsSql(timed, values, database.isSqlite()), binds,
                                 Text::tr("summarising performance from %1").arg(source));
    if (!query)
        return query.failure();

    QList<Gathered> gathered;
    QHash<QString, qsizetype> index;
    const int ends = kKeys + kShared + kPerValue * static_cast<int>(values);
    while (query->next()) {
        const qint64 pattern = query->value(3).toLongLong();
        for (int i = 0; i < values; ++i) {
            if (pattern & (qint64(1) << i))
                continue; // these rows hold no value of this metric
            const QString metric = wide.metrics.isEmpty() ? query->value(2).toString() : wide.metrics.at(i);
            const QString key =
                query->value(0).toString() + QChar(0x1e) + query->value(1).toString() + QChar(0x1e) + metric;
            qsizetype at = index.value(key, -1);
            if (at < 0) {
                at = gathered.size();
                index.insert(key, at);
                Gathered g;
                g.group.scope = query->value(0).toString();
                g.group.model = query->value(1).toString();
                g.group.metric = metric;
                gathered << g;
            }
            Gathered& g = gathered[at];
            TrendSums& sums = g.group.sums;
            sums.points += query->value(4).toLongLong();
            sums.sumT += query->value(5).toDouble();
            sums.sumTT += query->value(6).toDouble();
            const int v = kKeys + kShared + kPerValue * i;
            sums.sumV += query->value(v).toDouble();
            sums.sumTV += query->value(v + 1).toDouble();
            if (const auto low = optionalNumber(query->value(v + 2)); low && (!g.min || *low < *g.min))
                g.min = low;
            if (const auto high = optionalNumber(query->value(v + 3)); high && (!g.max || *high > *g.max))
                g.max = high;
            const int e = ends + kAtEnds * i;
            const int shared = ends + kAtEnds * static_cast<int>(values);
            if (const auto t0 = optionalNumber(query->value(7))) {
                if (!g.t0 || *t0 < *g.t0) {
                    g.t0 = t0;
                    g.first = {};
                }
                if (*t0 == *g.t0)
                    g.first.add(query->value(e), query->value(e + 1));
            }
            if (const auto t1 = optionalNumber(query->value(8))) {
                if (!g.t1 || *t1 > *g.t1) {
                    g.t1 = t1;
                    g.last = {};
                    g.baseline = {};
                    g.threshold = {};
                }
                if (*t1 == *g.t1) {
                    g.last.add(query->value(e + 2), query->value(e + 3));
                    g.baseline.add(query->value(shared), query->value(shared + 1));
                    g.threshold.add(query->value(shared + 2), query->value(shared + 3));
                }
            }
        }
    }
    QList<PerformanceGroup> groups;
    groups.reserve(gathered.size());
    for (Gathered& g : gathered) {
        PerformanceGroup& group = g.group;
        group.min = g.min.value_or(0);
        group.max = g.max.value_or(0);
        group.firstAt = timeAt(reference, g.t0 ? QVariant(*g.t0) : QVariant());
        group.lastAt = timeAt(reference, g.t1 ? QVariant(*g.t1) : QVariant());
        group.spanDays = g.t1.value_or(0) - g.t0.value_or(0);
        group.first = g.first.value();
        group.last = g.last.value();
        group.baseline = g.baseline.optional();
        group.threshold = g.threshold.optional();
        groups << group;
    }
    return groups;
}

} // namespace steward
