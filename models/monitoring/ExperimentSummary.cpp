#include "ExperimentSummary.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoredModels.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/profiles/Profile.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentSummary)
};

using MonitoringSql::field;
using MonitoringSql::optionalNumber;

QString modelLabel(const MonitoredModels& models, const QString& key)
{
    const MonitoredModel* model = models.find(key);
    if (!model)
        return key;
    return model->name.isEmpty() ? model->version : model->name + QLatin1Char(' ') + model->version;
}

// The newest result of each variant of each experiment (Krong Thai's sop_ab_results).
Result<QHash<QString, QList<ExperimentVariant>>> resultRows(Database& database, const EntityMap& map)
{
    const SqlDialect& d = database.dialect();
    const auto column = [&](const QString& name) { return field(map, name, QStringLiteral("r")); };
    const auto number = [&](const QString& name) { return MonitoringSql::number(database, column(name)); };
    const QString value = map.has(QStringLiteral("conversion")) && map.has(QStringLiteral("mean"))
                              ? QStringLiteral("COALESCE(%1, %2)")
                                    .arg(number(QStringLiteral("mean")), number(QStringLiteral("conversion")))
                          : map.has(QStringLiteral("mean")) ? number(QStringLiteral("mean"))
                                                            : number(QStringLiteral("conversion"));
    const QString significant = map.has(QStringLiteral("significant"))
                                    ? QStringLiteral("CASE WHEN %1 THEN 1 WHEN %1 IS NULL THEN NULL ELSE 0 END")
                                          .arg(column(QStringLiteral("significant")))
                                    : QStringLiteral("CAST(NULL AS INTEGER)");
    const QString at = column(QStringLiteral("at"));
    const QString sql =
        QStringLiteral("SELECT experiment, variant, samples, value, ci_low, ci_high, p_value, lift, significant FROM ("
                       "SELECT %1 AS experiment, %2 AS variant, %3 AS samples, %4 AS value, %5 AS ci_low, "
                       "%6 AS ci_high, %7 AS p_value, %8 AS lift, %9 AS significant, ROW_NUMBER() OVER ("
                       "PARTITION BY %1, %2 ORDER BY %10 DESC) AS newest FROM %11 r) x WHERE newest = 1 "
                       "ORDER BY experiment, variant")
            .arg(d.asText(column(QStringLiteral("experiment"))), column(QStringLiteral("variant")),
                 column(QStringLiteral("samples")), value, number(QStringLiteral("ci_low")),
                 number(QStringLiteral("ci_high")), number(QStringLiteral("p_value")), number(QStringLiteral("lift")),
                 significant, at, SqlDialect::quoteIdentifier(map.table));
    auto query = database.select(sql, QVariantList(), Text::tr("reading experiment results from %1").arg(map.table));
    if (!query)
        return query.failure();
    QHash<QString, QList<ExperimentVariant>> variants;
    while (query->next()) {
        ExperimentVariant v;
        v.name = query->value(1).toString();
        if (!query->value(2).isNull())
            v.samples = query->value(2).toLongLong();
        v.value = optionalNumber(query->value(3));
        v.ciLow = optionalNumber(query->value(4));
        v.ciHigh = optionalNumber(query->value(5));
        v.pValue = optionalNumber(query->value(6));
        v.lift = optionalNumber(query->value(7));
        if (!query->value(8).isNull())
            v.flagged = query->value(8).toInt() == 1;
        variants[query->value(0).toString()] << v;
    }
    return variants;
}
} // namespace

QString ExperimentSummary::source(Database& database)
{
    const Profile& profile = database.profile();
    const EntityMap* experiments = profile.entity(QStringLiteral("experiment"));
    if (!experiments)
        return {};
    const EntityMap* results = profile.entity(QStringLiteral("experiment_result"));
    return results ? experiments->table + QStringLiteral(" + ") + results->table : experiments->table;
}

bool ExperimentSummary::available(Database& database)
{
    return database.profile().hasEntity(QStringLiteral("experiment"));
}

Result<QList<ExperimentRow>> ExperimentSummary::load(Database& database, const QString& scope)
{
    const Profile& profile = database.profile();
    const EntityMap* map = profile.entity(QStringLiteral("experiment"));
    if (!map)
        return Outcome::notFound(Text::tr("the %1 profile records no experiments").arg(profile.title));
    auto models = MonitoredModels::load(database);
    if (!models)
        return models.failure();
    QHash<QString, QList<ExperimentVariant>> stored;
    const EntityMap* results = profile.entity(QStringLiteral("experiment_result"));
    if (results) {
        auto rows = resultRows(database, *results);
        if (!rows)
            return rows.failure();
        stored = rows.take();
    }
    const SqlDialect& d = database.dialect();
    const auto column = [&](const QString& name) { return field(*map, name, QStringLiteral("e")); };
    QStringList where;
    QVariantList binds;
    if (!scope.isEmpty() && map->has(QStringLiteral("scope"))) {
        where << d.asText(column(QStringLiteral("scope"))) + QStringLiteral(" = ?");
        binds << scope;
    }
    const QString sql =
        QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12 FROM %13 e%14")
            .arg(d.asText(column(QStringLiteral("id"))), d.asText(column(QStringLiteral("scope"))),
                 column(QStringLiteral("name")), column(QStringLiteral("state")), column(QStringLiteral("metric")),
                 d.asText(column(QStringLiteral("control"))), d.asText(column(QStringLiteral("treatment"))),
                 MonitoringSql::number(database, column(QStringLiteral("significance"))),
                 column(QStringLiteral("min_samples")), column(QStringLiteral("started_at")),
                 column(QStringLiteral("ended_at")), column(QStringLiteral("results")),
                 SqlDialect::quoteIdentifier(map->table),
                 where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
    auto query = database.select(sql, binds, Text::tr("reading experiments from %1").arg(map->table));
    if (!query)
        return query.failure();
    QList<ExperimentRow> rows;
    while (query->next()) {
        ExperimentRow row;
        row.id = query->value(0).toString();
        row.scope = query->value(1).toString();
        row.name = query->value(2).toString();
        row.status = map->stewardState(query->value(3).toString());
        row.metric = query->value(4).toString();
        if (!query->value(5).isNull())
            row.controlModel = modelLabel(*models, query->value(5).toString());
        if (!query->value(6).isNull())
            row.treatmentModel = modelLabel(*models, query->value(6).toString());
        row.startedAt = parseTimestamp(query->value(9));
        row.endedAt = parseTimestamp(query->value(10));
        if (results) {
            row.outcome.variants = stored.value(row.id);
        } else if (map->has(QStringLiteral("results")) && !query->value(11).isNull()) {
            auto parsed = ExperimentResults::parse(query->value(11).toString().toUtf8());
            if (parsed)
                row.outcome = parsed.take();
            else
                row.problem = parsed.failure().message();
        }
        // The experiment's own level and minimum, where its table keeps them, rule over the JSON's.
        if (!query->value(7).isNull()) {
            row.outcome.significance = query->value(7).toDouble();
            row.outcome.significanceAssumed = false;
        }
        if (!query->value(8).isNull())
            row.outcome.minimumSamples = query->value(8).toLongLong();
        if (row.outcome.variants.isEmpty() && row.problem.isEmpty())
            row.outcome.why = Text::tr("no results yet");
        else if (row.problem.isEmpty())
            ExperimentResults::decide(row.outcome);
        rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const ExperimentRow& a, const ExperimentRow& b) {
        return a.scope != b.scope ? a.scope < b.scope : a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return rows;
}

} // namespace steward
