#include "PredictionSummary.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoredModels.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/monitoring/PredictionDays.h"
#include "models/monitoring/PredictionRanges.h"
#include "models/profiles/Profile.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PredictionSummary)
};

using namespace MonitoringSql;

// Lower bounds of the confidence buckets after the first ("below 0.5").
constexpr double kBucketBounds[] = {0.5, 0.6, 0.7, 0.8, 0.9};

// AVG's answer from a sum and its count: nothing when there is nothing to average.
std::optional<double> meanOf(const std::optional<double>& sum, qint64 count)
{
    if (!sum || count <= 0)
        return std::nullopt;
    return *sum / static_cast<double>(count);
}

// The scan's expressions for a prediction log's columns, shared with the daily rollup
// (PredictionDays), which must count each row exactly as the scan does.
struct Columns
{
    QString model; // as text, shown
    QString group; // as stored: a uuid hashes faster than its text
    QString at;
    QString confidence;
    QString latency;
    QString correct;
    bool hasConfidence = false;
    bool hasLatency = false;

    QStringList buckets() const
    {
        QStringList sums;
        for (const QString& condition : PredictionSummary::bucketConditions(confidence))
            sums << (hasConfidence ? QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(condition)
                                   : QStringLiteral("0"));
        return sums;
    }
    QString known() const
    {
        return correct == QLatin1String("NULL")
                   ? QStringLiteral("0")
                   : QStringLiteral("SUM(CASE WHEN %1 IS NULL THEN 0 ELSE 1 END)").arg(correct);
    }
    QString right() const
    {
        return correct == QLatin1String("NULL") ? QStringLiteral("0")
                                                : QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(correct);
    }
};

Columns columnsOf(Database& database, const EntityMap& map)
{
    const SqlDialect& d = database.dialect();
    const auto column = [&](const QString& name) { return field(map, name, QStringLiteral("p")); };
    Columns c;
    c.model = map.has(QStringLiteral("model")) ? d.asText(column(QStringLiteral("model"))) : QStringLiteral("NULL");
    c.group = map.has(QStringLiteral("model")) ? column(QStringLiteral("model")) : QStringLiteral("NULL");
    // A numeric confidence is compared and averaged exactly (the buckets' bounds are decimals):
    // the same figures as through float8, a third of the time.
    const bool exact = isNumeric(database, map.table, map.column(QStringLiteral("confidence")));
    c.confidence =
        exact ? column(QStringLiteral("confidence")) : number(database, column(QStringLiteral("confidence")));
    c.latency = number(database, column(QStringLiteral("latency_ms")));
    c.correct = column(QStringLiteral("correct"));
    c.at = column(QStringLiteral("at"));
    // Figures of a column the profile does not map are known without reading: every aggregate
    // left out is a step less for each of a million rows.
    c.hasConfidence = map.has(QStringLiteral("confidence"));
    c.hasLatency = map.has(QStringLiteral("latency_ms"));
    return c;
}
} // namespace

const QStringList& PredictionSummary::bucketNames()
{
    static const QStringList names{QStringLiteral("<0.5"),    QStringLiteral("0.5-0.6"), QStringLiteral("0.6-0.7"),
                                   QStringLiteral("0.7-0.8"), QStringLiteral("0.8-0.9"), QStringLiteral(">=0.9")};
    return names;
}

QStringList PredictionSummary::bucketConditions(const QString& confidence)
{
    QStringList conditions;
    for (qsizetype i = 0; i <= static_cast<qsizetype>(std::size(kBucketBounds)); ++i) {
        QStringList bounds;
        if (i > 0)
            bounds << QStringLiteral("%1 >= %2").arg(confidence).arg(kBucketBounds[i - 1]);
        if (i < static_cast<qsizetype>(std::size(kBucketBounds)))
            bounds << QStringLiteral("%1 < %2").arg(confidence).arg(kBucketBounds[i]);
        conditions << bounds.join(QStringLiteral(" AND "));
    }
    return conditions;
}

QString PredictionSummary::source(Database& database)
{
    const EntityMap* map = database.profile().entity(QStringLiteral("prediction"));
    return map ? map->table : QString();
}

bool PredictionSummary::available(Database& database)
{
    return database.profile().hasEntity(QStringLiteral("prediction"));
}

QStringList PredictionSummary::rowSums(Database& database, const EntityMap& map, QString* group, QString* at)
{
    const Columns c = columnsOf(database, map);
    *group = c.group;
    *at = c.at;
    QStringList sums{QStringLiteral("COUNT(*)"), QStringLiteral("MIN(%1)").arg(c.at),
                     QStringLiteral("MAX(%1)").arg(c.at)};
    if (c.hasConfidence)
        sums << QStringLiteral("COUNT(%1)").arg(c.confidence) << QStringLiteral("TOTAL(%1)").arg(c.confidence);
    else
        sums << QStringLiteral("0") << QStringLiteral("NULL");
    sums << c.buckets() << c.known() << c.right();
    if (c.hasLatency)
        sums << QStringLiteral("COUNT(%1)").arg(c.latency) << QStringLiteral("TOTAL(%1)").arg(c.latency)
             << QStringLiteral("MAX(%1)").arg(c.latency);
    else
        sums << QStringLiteral("0") << QStringLiteral("NULL") << QStringLiteral("NULL");
    return sums;
}

Result<QList<PredictionRow>> PredictionSummary::load(Database& database, const MonitoringFilter& filter)
{
    const EntityMap* map = database.profile().entity(QStringLiteral("prediction"));
    if (!map)
        return Outcome::notFound(Text::tr("the %1 profile has no prediction log").arg(database.profile().title));
    auto wanted = MonitoringSql::wanted(database, filter);
    if (!wanted)
        return wanted.failure();
    if (wanted->none())
        return QList<PredictionRow>();
    const MonitoredModels& models = wanted->models;
    const QStringList& keys = wanted->keys;
    const bool restricted = wanted->restricted;

    const Columns c = columnsOf(database, *map);
    const QString& model = c.model;
    const QString& group = c.group;
    const QString& at = c.at;
    const QString confidenceFigures =
        c.hasConfidence ? QStringLiteral("COUNT(%1), AVG(%1)").arg(c.confidence) : QStringLiteral("0, NULL");
    const QString latencyFigures =
        c.hasLatency ? QStringLiteral("COUNT(%1), AVG(%1), MAX(%1)").arg(c.latency) : QStringLiteral("0, NULL, NULL");
    const QStringList buckets = c.buckets();
    const QString known = c.known();
    const QString right = c.right();
    QStringList where;
    QVariantList binds;
    if (restricted)
        where << keyIn(model, keys, binds);
    period(database, at, filter, where, binds);
    // The log's own times, compared as stored (one system writes them one way): parsing each
    // row's time would cost more than the rest of the summary.
    const QString sql =
        QStringLiteral("SELECT %1, COUNT(*), MIN(%2), MAX(%2), %3, %4, %5, %6, %7 FROM %8 p%9 GROUP BY %10")
            .arg(model, at, confidenceFigures, buckets.join(QStringLiteral(", ")), known, right, latencyFigures,
                 SqlDialect::quoteIdentifier(map->table),
                 where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")), group);
    // Along the monitoring indexes where they serve (the same figures, a model at a time).
    // A period from the daily rollup where it covers the log, else along the indexes.
    auto ranges = PredictionDays::select(database, *map, filter, restricted ? &keys : nullptr);
    if (ranges && ranges->sql.isEmpty())
        ranges = PredictionRanges::select(database, *map, filter, restricted ? &keys : nullptr);
    if (!ranges)
        return ranges.failure();
    const bool alongIndexes = !ranges->sql.isEmpty();
    auto query = database.select(alongIndexes ? ranges->sql : sql, alongIndexes ? ranges->binds : binds,
                                 Text::tr("summarising predictions from %1").arg(map->table));
    if (!query)
        return query.failure();
    QList<std::pair<const MonitoredModel*, PredictionRow>> found;
    while (query->next()) {
        PredictionRow row;
        const MonitoredModel* modelVersion = models.find(query->value(0).toString());
        if (restricted && (!modelVersion || !filter.model.matches(*modelVersion)))
            continue; // the version before a wanted one: it has no place in this summary
        const ModelNames named = names(modelVersion);
        row.scope = named.scope;
        row.modelName = named.name;
        row.modelVersion = named.version;
        row.predictions = query->value(1).toLongLong();
        row.firstAt = parseTimestamp(query->value(2));
        row.lastAt = parseTimestamp(query->value(3));
        row.withConfidence = query->value(4).toLongLong();
        row.confidenceMean = optionalNumber(query->value(5));
        for (int b = 0; b < bucketNames().size(); ++b)
            row.confidenceBuckets << query->value(6 + b).toLongLong();
        const int next = 6 + static_cast<int>(bucketNames().size());
        row.withGroundTruth = query->value(next).toLongLong();
        row.correct = query->value(next + 1).toLongLong();
        if (row.withGroundTruth > 0)
            row.accuracy = static_cast<double>(row.correct) / static_cast<double>(row.withGroundTruth);
        row.withLatency = query->value(next + 2).toLongLong();
        row.latencyMeanMs = optionalNumber(query->value(next + 3));
        if (alongIndexes) {
            row.confidenceMean = meanOf(row.confidenceMean, row.withConfidence);
            row.latencyMeanMs = meanOf(row.latencyMeanMs, row.withLatency);
        }
        row.latencyMaxMs = optionalNumber(query->value(next + 4));
        found << std::pair<const MonitoredModel*, PredictionRow>(modelVersion, row);
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        if (a.second.scope != b.second.scope)
            return a.second.scope < b.second.scope;
        if (a.second.modelName != b.second.modelName)
            return a.second.modelName < b.second.modelName;
        const QDateTime x = a.first ? a.first->orderedAt : QDateTime();
        const QDateTime y = b.first ? b.first->orderedAt : QDateTime();
        return x != y ? x < y : a.second.modelVersion < b.second.modelVersion;
    });
    QList<PredictionRow> rows;
    for (const auto& [model, row] : found)
        rows << row;
    return rows;
}

} // namespace steward
