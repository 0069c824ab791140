#include "MonitoringIndexes.h"

#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/db/SearchIndex.h"
#include "models/monitoring/PredictionDays.h"
#include "models/monitoring/WmapeDays.h"
#include "models/profiles/Profile.h"

#include <QCoreApplication>
#include <algorithm>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringIndexes)
};

// The fields each summary reads of an entity: the grouping ones first (they lead the index),
// then the time, then the values.
struct Reads
{
    QString entity;
    QStringList leading;
    QStringList values;
};

const QList<Reads>& reads()
{
    static const QList<Reads> list{
        {QStringLiteral("prediction"),
         {QStringLiteral("model")},
         {QStringLiteral("confidence"), QStringLiteral("latency_ms"), QStringLiteral("correct")}},
        {QStringLiteral("performance"),
         {QStringLiteral("model"), QStringLiteral("metric")},
         {QStringLiteral("value"), QStringLiteral("baseline"), QStringLiteral("threshold"),
          QStringLiteral("drift_score"), QStringLiteral("drift_threshold"), QStringLiteral("drift_detected")}},
        {QStringLiteral("drift"),
         {QStringLiteral("model"), QStringLiteral("type"), QStringLiteral("feature")},
         {QStringLiteral("score"), QStringLiteral("threshold"), QStringLiteral("state")}},
        {QStringLiteral("feature_importance"),
         {QStringLiteral("model"), QStringLiteral("feature")},
         {QStringLiteral("drift_score")}},
    };
    return list;
}

QString statement(const QString& name, const QString& table, const QStringList& columns)
{
    QStringList quoted;
    for (const QString& column : columns)
        quoted << SqlDialect::quoteIdentifier(column);
    return QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)")
        .arg(SqlDialect::quoteIdentifier(name), SqlDialect::quoteIdentifier(table), quoted.join(QStringLiteral(", ")));
}
} // namespace

QString MonitoringIndexes::name(const QString& table, const QString& suffix)
{
    return QStringLiteral("steward_idx_%1_%2").arg(table.toLower(), suffix);
}

bool MonitoringIndexes::present(Database& database, const QStringList& names)
{
    if (!database.isSqlite())
        return false;
    for (const QString& index : names) {
        auto found =
            database.hasRow({QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"), {index}},
                            Text::tr("looking for %1").arg(index));
        if (!found || !*found)
            return false;
    }
    return true;
}

Result<QList<MonitoringIndexes::Planned>> MonitoringIndexes::plan(Database& database)
{
    auto catalog = SchemaCatalog::load(database);
    if (!catalog)
        return catalog.failure();
    const Profile& profile = database.profile();
    QList<Planned> planned;
    for (const Reads& read : reads()) {
        const EntityMap* map = profile.entity(read.entity);
        const TableInfo* table = map ? catalog->table(map->table) : nullptr;
        if (!table || table->isView || !map->has(QStringLiteral("model")))
            continue;
        // Feature importances are read for their drift scores only.
        if (read.entity == QLatin1String("feature_importance") && !map->has(QStringLiteral("drift_score")))
            continue;
        QStringList fields = read.leading;
        fields << QStringLiteral("at") << read.values;
        if (read.entity == QLatin1String("performance")) {
            // A column per metric (WITHIN): each is a value the summary reads.
            QStringList metrics;
            for (auto it = map->fields.cbegin(); it != map->fields.cend(); ++it) {
                if (it.key().startsWith(QLatin1String("metric.")))
                    metrics << it.key();
            }
            metrics.sort();
            fields << metrics;
        }
        QStringList columns;
        for (const QString& field : std::as_const(fields)) {
            const QString column = map->column(field);
            if (!column.isEmpty() && table->hasColumn(column) && !columns.contains(column))
                columns << column;
        }
        planned << Planned{name(map->table), statement(name(map->table), map->table, columns)};
        if (read.entity != QLatin1String("prediction"))
            continue;
        for (const QString& field :
             {QStringLiteral("confidence"), QStringLiteral("latency_ms"), QStringLiteral("correct")}) {
            const QString column = map->column(field);
            if (!column.isEmpty() && table->hasColumn(column)) {
                const QString named = name(map->table, field.section(QLatin1Char('_'), 0, 0));
                planned << Planned{named, statement(named, map->table, {map->column(QStringLiteral("model")), column})};
            }
        }
    }
    // The pipeline measures its forecasts against the actuals, per client, version and day: its
    // forecasts in that order, with what the join and the error read. On PostgreSQL only, where
    // `init --indexes` already indexes the pipeline's tables; a pipeline's SQLite file is left
    // as the pipeline wrote it (its summaries read the client's forecasts along its own index).
    const TableInfo* forecasts = catalog->table(QStringLiteral("forecast_results"));
    const QStringList forecastColumns{QStringLiteral("client_id"), QStringLiteral("model_version"),
                                      QStringLiteral("forecast_date"), QStringLiteral("series_key"),
                                      QStringLiteral("predicted_quantity")};
    if (!database.isSqlite() && profile.name == QLatin1String("pipeline") && forecasts && !forecasts->isView &&
        std::all_of(forecastColumns.cbegin(), forecastColumns.cend(),
                    [forecasts](const QString& column) { return forecasts->hasColumn(column); })) {
        const QString named = name(QStringLiteral("forecast_results"));
        planned << Planned{named, statement(named, QStringLiteral("forecast_results"), forecastColumns)};
    }
    return planned;
}

Result<QStringList> MonitoringIndexes::create(Database& database)
{
    if (Outcome writable = database.requireWritable(Text::tr("creating monitoring indexes")); !writable)
        return writable;
    auto planned = plan(database);
    if (!planned)
        return planned.failure();
    // Indexing a million rows takes as long as it takes.
    const int budget = database.options().timeBudgetMs;
    database.setTimeBudgetMs(0);
    QStringList created;
    Outcome outcome = Outcome::ok();
    for (const Planned& index : std::as_const(*planned)) {
        outcome = database.exec(index.statement);
        if (!outcome)
            break;
        created << index.name;
    }
    database.setTimeBudgetMs(budget);
    if (!outcome)
        return Outcome(outcome.code(),
                       Text::tr("creating an index on a table needs its ownership: %1").arg(outcome.message()));
    return created;
}

Result<QStringList> MonitoringIndexes::createAll(Database& database)
{
    auto search = SearchIndex::create(database);
    if (!search)
        return search.failure();
    auto monitoring = create(database);
    if (!monitoring)
        return monitoring.failure();
    if (Outcome rolledUp = PredictionDays::build(database); !rolledUp)
        return rolledUp;
    if (Outcome rolledUp = WmapeDays::build(database); !rolledUp)
        return rolledUp;
    return *search + *monitoring;
}

Outcome MonitoringIndexes::buildRollupsInTransaction(Database& database)
{
    if (Outcome built = PredictionDays::buildInTransaction(database); !built)
        return built;
    return WmapeDays::buildInTransaction(database);
}

Result<qint64> MonitoringIndexes::catchUpRollups(Database& database)
{
    auto predictions = PredictionDays::catchUp(database);
    auto forecasts = WmapeDays::catchUp(database);
    if (!predictions)
        return predictions;
    if (!forecasts)
        return forecasts;
    return *predictions + *forecasts;
}

} // namespace steward
