#include "SystemDemoMonitoring.h"

#include "models/db/BatchInserter.h"
#include "models/db/Database.h"
#include "models/demo/DemoRandom.h"
#include "models/values/CellValue.h"

#include <QSqlQuery>
#include <cmath>
#include <functional>

namespace steward {

namespace {
constexpr int kPredictionsPerScale = 1000;
constexpr int kPerformancePerScale = 100;
constexpr double kPeriodDays = 30;

// A model version of the demo, read back from the system's own model table.
struct DemoModel
{
    QString id;
    QString scope;
    QString name;
    QString version;
};

Result<QList<DemoModel>> readModels(Database& database, const QString& sql)
{
    auto query = database.select(sql, QVariantList(), QStringLiteral("reading the demo's models"));
    if (!query)
        return query.failure();
    QList<DemoModel> models;
    while (query->next())
        models << DemoModel{query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                            query->value(3).toString()};
    return models;
}

#define STEWARD_TRY(expression)                                                                                        \
    do {                                                                                                               \
        if (Outcome stewardDone_ = (expression); !stewardDone_)                                                        \
            return stewardDone_;                                                                                       \
    } while (false)

// Rows for one table, batched, counted under the table's name.
class Table
{
public:
    Table(Database& database, RowCounts& counts, const QString& table, const QStringList& columns)
        : m_inserter(database, table, columns, 200), m_counts(counts), m_table(table)
    {
    }
    Outcome add(const QVariantList& row) { return m_inserter.add(row); }
    Outcome finish()
    {
        STEWARD_TRY(m_inserter.flush());
        m_counts[m_table] += m_inserter.rowsWritten();
        return Outcome::ok();
    }

private:
    BatchInserter m_inserter;
    RowCounts& m_counts;
    QString m_table;
};

// One series of a metric: `start` drifting by `change` (relative) over the period, with a
// little noise, `points` points evenly spread over the period before `now`.
struct Series
{
    double start = 0;
    double change = 0;
    double noise = 0.003;
};

double valueAt(const Series& series, double progress, DemoRandom& random)
{
    return series.start * (1.0 + series.change * progress) * (1.0 + random.uniform(-series.noise, series.noise));
}

QVariant at(const QDateTime& now, double daysAgo)
{
    return timestampText(now.addSecs(static_cast<qint64>(-daysAgo * 86400)));
}

int pointsPer(int total, int series)
{
    return qMax(10, (total + series - 1) / series);
}

// The active (newest) and previous version of each model, by scope and name.
QList<std::pair<DemoModel, DemoModel>> activeAndPrevious(const QList<DemoModel>& models)
{
    QList<std::pair<DemoModel, DemoModel>> pairs;
    for (qsizetype i = 1; i < models.size(); ++i) {
        const DemoModel& a = models.at(i - 1);
        const DemoModel& b = models.at(i);
        const bool last =
            i + 1 == models.size() || models.at(i + 1).scope != b.scope || models.at(i + 1).name != b.name;
        if (a.scope == b.scope && a.name == b.name && last)
            pairs << std::pair<DemoModel, DemoModel>(b, a);
    }
    return pairs;
}

// The story each model tells: which metric moves, and how, on the active version; the
// version before it holds steady.
Series storyFor(const QString& name, const QString& metric, bool active)
{
    if (!active)
        return {metric.contains(QLatin1String("latency")) ? 40.0 : 0.84, 0.0};
    if (name.contains(QLatin1String("anomaly")) || name == QLatin1String("fraud"))
        return metric.contains(QLatin1String("latency")) ? Series{38.0, 0.0} : Series{0.88, -0.08};
    if (name.contains(QLatin1String("churn")) || name.contains(QLatin1String("sop")))
        return metric.contains(QLatin1String("latency")) ? Series{45.0, 0.25} : Series{0.80, 0.07};
    return metric.contains(QLatin1String("latency")) ? Series{30.0, -0.2} : Series{0.82, 0.0};
}

Outcome writeUrutiiq(Database& database, DemoRandom& random, int scale, const QDateTime& now, RowCounts& counts)
{
    auto models = readModels(database, QStringLiteral("SELECT \"id\", \"companyId\", \"modelName\", \"modelVersion\" "
                                                      "FROM \"AIModel\" ORDER BY \"companyId\", \"modelName\", "
                                                      "\"modelVersion\""));
    if (!models)
        return models.failure();
    const auto pairs = activeAndPrevious(*models);
    int serial = 0;
    const auto id = [&serial] { return QStringLiteral("clmon%1").arg(++serial, 8, 10, QLatin1Char('0')); };
    const QStringList metrics{QStringLiteral("accuracy"), QStringLiteral("latency")};

    Table performance(database, counts, QStringLiteral("AIPerformanceMetrics"),
                      {QStringLiteral("id"), QStringLiteral("tenantId"), QStringLiteral("companyId"),
                       QStringLiteral("modelId"), QStringLiteral("metricType"), QStringLiteral("metricValue"),
                       QStringLiteral("metricDate"), QStringLiteral("timeWindow"), QStringLiteral("comparisonValue")});
    const int points = pointsPer(kPerformancePerScale * scale, static_cast<int>(pairs.size()) * 2 * 2);
    for (const auto& [active, previous] : pairs) {
        for (const DemoModel& model : {previous, active}) {
            for (const QString& metric : metrics) {
                const Series series = storyFor(model.name, metric, model.id == active.id);
                // The previous version ran the month before the active one.
                const double offset = model.id == active.id ? 0 : kPeriodDays;
                for (int p = 0; p < points; ++p) {
                    const double progress = static_cast<double>(p) / (points - 1);
                    STEWARD_TRY(performance.add({id(), QStringLiteral("tenant_1"), model.scope, model.id, metric,
                                                 valueAt(series, progress, random),
                                                 at(now, offset + kPeriodDays * (1 - progress)),
                                                 QStringLiteral("daily"), series.start}));
                }
            }
        }
    }
    STEWARD_TRY(performance.finish());

    // Drift on the active versions: order_value drifting now, basket_size a warning, region normal.
    Table drift(database, counts, QStringLiteral("AIDriftDetection"),
                {QStringLiteral("id"), QStringLiteral("tenantId"), QStringLiteral("companyId"),
                 QStringLiteral("modelId"), QStringLiteral("driftType"), QStringLiteral("featureName"),
                 QStringLiteral("baselineValue"), QStringLiteral("currentValue"), QStringLiteral("driftScore"),
                 QStringLiteral("threshold"), QStringLiteral("status"), QStringLiteral("detectedAt")});
    const QList<std::pair<QString, double>> features{
        {QStringLiteral("order_value"), 0.35}, {QStringLiteral("basket_size"), 0.15}, {QStringLiteral("region"), 0.04}};
    const int days = 14 * qMax(1, scale / 10);
    for (const auto& [active, previous] : pairs) {
        for (const auto& [feature, finalScore] : features) {
            for (int d = 0; d < days; ++d) {
                const double progress = static_cast<double>(d) / (days - 1);
                const double score = 0.02 + (finalScore - 0.02) * progress;
                const QString status = score >= 0.2   ? QStringLiteral("detected")
                                       : score >= 0.1 ? QStringLiteral("warning")
                                                      : QStringLiteral("normal");
                STEWARD_TRY(drift.add({id(), QStringLiteral("tenant_1"), active.scope, active.id,
                                       feature == QLatin1String("region") ? QStringLiteral("concept_drift")
                                                                          : QStringLiteral("data_drift"),
                                       feature, 100.0, 100.0 * (1 + score), score, 0.2, status,
                                       at(now, 14.0 * (1 - progress))}));
            }
        }
    }
    STEWARD_TRY(drift.finish());

    // Predictions of the active and previous versions; about 70% later learn whether they were right.
    Table predictions(database, counts, QStringLiteral("AIModelPrediction"),
                      {QStringLiteral("id"), QStringLiteral("tenantId"), QStringLiteral("companyId"),
                       QStringLiteral("modelId"), QStringLiteral("predictionType"), QStringLiteral("inputData"),
                       QStringLiteral("prediction"), QStringLiteral("confidence"), QStringLiteral("isCorrect"),
                       QStringLiteral("createdAt")});
    const int perModel = pointsPer(kPredictionsPerScale * scale, static_cast<int>(pairs.size()) * 2);
    for (const auto& [active, previous] : pairs) {
        for (const DemoModel& model : {previous, active}) {
            for (int p = 0; p < perModel; ++p) {
                const double confidence = random.uniform(0.35, 0.99);
                const QVariant correct =
                    random.chance(0.7) ? QVariant(random.chance(confidence)) : QVariant(QMetaType(QMetaType::Bool));
                STEWARD_TRY(predictions.add({id(), QStringLiteral("tenant_1"), model.scope, model.id,
                                             QStringLiteral("classification"), QStringLiteral("{}"),
                                             QStringLiteral("{\"label\":1}"), confidence, correct,
                                             at(now, random.uniform(0, 14))}));
            }
        }
    }
    STEWARD_TRY(predictions.finish());

    // Experiments: one the control won, one undecided (results keyed by variant), one whose
    // results are not JSON, one still waiting for results.
    Table experiments(database, counts, QStringLiteral("AIExperiment"),
                      {QStringLiteral("id"), QStringLiteral("tenantId"), QStringLiteral("companyId"),
                       QStringLiteral("experimentName"), QStringLiteral("status"), QStringLiteral("baselineModel"),
                       QStringLiteral("currentModel"), QStringLiteral("results"), QStringLiteral("updatedAt")});
    QStringList companies;
    for (const auto& pair : pairs)
        companies << pair.first.scope;
    companies.removeDuplicates();
    for (const auto& [active, previous] : pairs) {
        QVariant results;
        QString status = QStringLiteral("completed");
        if (active.name.contains(QLatin1String("anomaly"))) {
            results = QStringLiteral(
                "{\"significance_level\": 0.05, \"variants\": ["
                "{\"name\": \"control\", \"sample_size\": 5000, \"conversion_rate\": 0.412, \"ci_lower\": 0.398, "
                "\"ci_upper\": 0.426, \"p_value\": null, \"lift\": 0},"
                "{\"name\": \"treatment\", \"sample_size\": 5000, \"conversion_rate\": 0.395, \"ci_lower\": 0.381, "
                "\"ci_upper\": 0.409, \"p_value\": 0.012, \"lift\": -4.1}]}");
        } else if (active.name.contains(QLatin1String("churn"))) {
            results = QStringLiteral(
                "{\"control\": {\"sampleSize\": 1800, \"mean\": 0.31, \"confidenceInterval\": [0.29, 0.33]}, "
                "\"treatment\": {\"sampleSize\": 1750, \"mean\": 0.32, \"confidenceInterval\": [0.30, 0.34], "
                "\"pValue\": 0.41, \"liftPercentage\": 3.2}}");
        } else if (active.scope == companies.value(1)) {
            results = QStringLiteral("{variants: [control, treatment"); // as a hand edit left it
        } else {
            status = QStringLiteral("active");
            results = QVariant(QMetaType(QMetaType::QString));
        }
        STEWARD_TRY(
            experiments.add({id(), QStringLiteral("tenant_1"), active.scope,
                             QStringLiteral("%1 %2 against %3").arg(active.name, active.version, previous.version),
                             status, previous.id, active.id, results, at(now, 2)}));
    }
    return experiments.finish();
}

Outcome writeWithin(Database& database, DemoRandom& random, int scale, const QDateTime& now, RowCounts& counts)
{
    auto models = readModels(database, QStringLiteral("SELECT id, '', name, version FROM model_metadata "
                                                      "ORDER BY name, version"));
    if (!models)
        return models.failure();
    const auto pairs = activeAndPrevious(*models);
    // One row per measurement, one column per metric.
    Table performance(database, counts, QStringLiteral("model_performance_metrics"),
                      {QStringLiteral("id"), QStringLiteral("model_id"), QStringLiteral("recorded_at"),
                       QStringLiteral("precision"), QStringLiteral("recall"), QStringLiteral("f1_score"),
                       QStringLiteral("accuracy"), QStringLiteral("error_rate"), QStringLiteral("avg_latency_ms"),
                       QStringLiteral("p95_latency_ms"), QStringLiteral("throughput_rps"),
                       QStringLiteral("prediction_count"), QStringLiteral("drift_score")});
    const int points = pointsPer(kPerformancePerScale * scale, static_cast<int>(pairs.size()) * 2);
    for (const auto& [active, previous] : pairs) {
        for (const DemoModel& model : {previous, active}) {
            const bool isActive = model.id == active.id;
            const Series score = storyFor(model.name, QStringLiteral("f1"), isActive);
            const Series latency = storyFor(model.name, QStringLiteral("latency"), isActive);
            const double offset = isActive ? 0 : kPeriodDays;
            for (int p = 0; p < points; ++p) {
                const double progress = static_cast<double>(p) / (points - 1);
                const double f1 = valueAt(score, progress, random);
                const double ms = valueAt(latency, progress, random);
                const double drift =
                    isActive && model.name == QLatin1String("fraud") ? 0.05 + 0.25 * progress : 0.03 + 0.02 * progress;
                STEWARD_TRY(performance.add({random.uuid(), model.id, at(now, offset + kPeriodDays * (1 - progress)),
                                             f1 + 0.02, f1 - 0.02, f1, f1 + 0.05, 1.0 - f1 - 0.05, ms, ms * 2.1,
                                             random.uniform(180, 220), random.integer(500, 5000), drift}));
            }
        }
    }
    STEWARD_TRY(performance.finish());

    Table importance(database, counts, QStringLiteral("feature_importance"),
                     {QStringLiteral("id"), QStringLiteral("model_id"), QStringLiteral("feature_name"),
                      QStringLiteral("importance_score"), QStringLiteral("importance_type"),
                      QStringLiteral("drift_score"), QStringLiteral("recorded_at")});
    const QList<std::pair<QString, double>> features{{QStringLiteral("tenure_months"), 0.32},
                                                     {QStringLiteral("monthly_spend"), 0.12},
                                                     {QStringLiteral("support_calls"), 0.03}};
    for (const auto& [active, previous] : pairs) {
        for (const auto& [feature, finalScore] : features) {
            for (int week = 0; week < 6; ++week) {
                const double progress = week / 5.0;
                STEWARD_TRY(importance.add({random.uuid(), active.id, feature, random.uniform(0.05, 0.4),
                                            QStringLiteral("global"), 0.01 + (finalScore - 0.01) * progress,
                                            at(now, 7.0 * (5 - week))}));
            }
        }
    }
    STEWARD_TRY(importance.finish());

    Table logs(database, counts, QStringLiteral("prediction_logs"),
               {QStringLiteral("id"), QStringLiteral("model_id"), QStringLiteral("input_features"),
                QStringLiteral("prediction"), QStringLiteral("confidence"), QStringLiteral("response_time_ms"),
                QStringLiteral("timestamp")});
    const int perModel = pointsPer(kPredictionsPerScale * scale, static_cast<int>(pairs.size()) * 2);
    for (const auto& [active, previous] : pairs) {
        for (const DemoModel& model : {previous, active}) {
            for (int p = 0; p < perModel; ++p) {
                STEWARD_TRY(
                    logs.add({random.uuid(), model.id, QStringLiteral("{}"), QStringLiteral("{\"churn\":0}"),
                              random.uniform(0.45, 0.99), random.uniform(15, 90), at(now, random.uniform(0, 14))}));
            }
        }
    }
    return logs.finish();
}

Outcome writeKrongThai(Database& database, DemoRandom& random, int scale, const QDateTime& now, RowCounts& counts)
{
    const QString restaurant =
        database.isSqlite() ? QStringLiteral("restaurant_id") : QStringLiteral("restaurant_id::text");
    const QString id = database.isSqlite() ? QStringLiteral("id") : QStringLiteral("id::text");
    auto models = readModels(database, QStringLiteral("SELECT %1, %2, model_name, version FROM sop_ml_models "
                                                      "ORDER BY %2, model_name, version")
                                           .arg(id, restaurant));
    if (!models)
        return models.failure();
    const auto pairs = activeAndPrevious(*models);
    Table tracking(database, counts, QStringLiteral("sop_model_performance_tracking"),
                   {QStringLiteral("id"), QStringLiteral("restaurant_id"), QStringLiteral("model_id"),
                    QStringLiteral("measured_at"), QStringLiteral("metric_name"), QStringLiteral("metric_value"),
                    QStringLiteral("baseline_value"), QStringLiteral("drift_score"), QStringLiteral("drift_threshold"),
                    QStringLiteral("drift_detected"), QStringLiteral("alert_triggered")});
    const QStringList metrics{QStringLiteral("accuracy"), QStringLiteral("latency_ms")};
    const int points = pointsPer(kPerformancePerScale * scale, static_cast<int>(pairs.size()) * 2 * 2);
    for (const auto& [active, previous] : pairs) {
        for (const DemoModel& model : {previous, active}) {
            const bool isActive = model.id == active.id;
            for (const QString& metric : metrics) {
                // The restaurant's recommender loses accuracy as its menu changes under it.
                const Series series = metric == QLatin1String("accuracy") && isActive
                                          ? Series{0.80, -0.065}
                                          : storyFor(model.name, metric, false);
                const double offset = isActive ? 0 : kPeriodDays;
                for (int p = 0; p < points; ++p) {
                    const double progress = static_cast<double>(p) / (points - 1);
                    const double drift = isActive && metric == QLatin1String("accuracy") ? 0.05 + 0.13 * progress
                                                                                         : 0.02 + 0.03 * progress;
                    STEWARD_TRY(tracking.add(
                        {random.uuid(), model.scope, model.id, at(now, offset + kPeriodDays * (1 - progress)), metric,
                         valueAt(series, progress, random), series.start, drift, 0.15, drift > 0.15, drift > 0.15}));
                }
            }
        }
    }
    STEWARD_TRY(tracking.finish());

    Table predictions(database, counts, QStringLiteral("sop_ml_predictions"),
                      {QStringLiteral("id"), QStringLiteral("restaurant_id"), QStringLiteral("model_id"),
                       QStringLiteral("input_features"), QStringLiteral("prediction_result"),
                       QStringLiteral("confidence_score"), QStringLiteral("predicted_at")});
    const int perModel = pointsPer(kPredictionsPerScale * scale, static_cast<int>(pairs.size()) * 2);
    for (const auto& [active, previous] : pairs) {
        for (const DemoModel& model : {previous, active}) {
            for (int p = 0; p < perModel; ++p) {
                STEWARD_TRY(predictions.add({random.uuid(), model.scope, model.id, QStringLiteral("{}"),
                                             QStringLiteral("{\"sop\":1}"), random.uniform(0.5, 0.99),
                                             at(now, random.uniform(0, 14))}));
            }
        }
    }
    STEWARD_TRY(predictions.finish());

    // Per restaurant: a finished experiment the treatment won, and one still short of samples.
    Table experiments(database, counts, QStringLiteral("sop_ab_experiments"),
                      {QStringLiteral("id"), QStringLiteral("restaurant_id"), QStringLiteral("experiment_name"),
                       QStringLiteral("status"), QStringLiteral("control_model_id"),
                       QStringLiteral("treatment_model_id"), QStringLiteral("primary_metric"),
                       QStringLiteral("minimum_sample_size"), QStringLiteral("significance_level"),
                       QStringLiteral("start_date"), QStringLiteral("created_at")});
    Table results(database, counts, QStringLiteral("sop_ab_results"),
                  {QStringLiteral("id"), QStringLiteral("experiment_id"), QStringLiteral("variant_name"),
                   QStringLiteral("sample_size"), QStringLiteral("conversion_rate"),
                   QStringLiteral("confidence_interval_lower"), QStringLiteral("confidence_interval_upper"),
                   QStringLiteral("p_value"), QStringLiteral("is_significant"), QStringLiteral("lift_percentage"),
                   QStringLiteral("calculated_at")});
    for (const auto& [active, previous] : pairs) {
        for (int running = 0; running < 2; ++running) {
            const QString experiment = random.uuid();
            STEWARD_TRY(experiments.add(
                {experiment, active.scope,
                 running ? QStringLiteral("%1 checklist wording").arg(active.version)
                         : QStringLiteral("%1 against %2").arg(active.version, previous.version),
                 running ? QStringLiteral("running") : QStringLiteral("completed"), previous.id, active.id,
                 QStringLiteral("completion_rate"), running ? 5000 : 1000, 0.05, at(now, 12), at(now, 12)}));
            // The first calculation, then the newest, which is the one that counts.
            for (int pass = 0; pass < 2; ++pass) {
                const int samples = (running ? 400 : 600) * (pass + 1);
                for (const QString& variant : {QStringLiteral("control"), QStringLiteral("treatment")}) {
                    const bool treatment = variant == QLatin1String("treatment");
                    const double rate = treatment ? 0.34 : 0.30;
                    STEWARD_TRY(
                        results.add({random.uuid(), experiment, variant, samples, rate, rate - 0.03, rate + 0.03,
                                     treatment ? QVariant(running ? 0.21 : (pass ? 0.02 : 0.08))
                                               : QVariant(QMetaType(QMetaType::Double)),
                                     treatment && !running && pass == 1, treatment ? 13.3 : 0.0, at(now, 2.0 - pass)}));
                }
            }
        }
    }
    STEWARD_TRY(experiments.finish());
    return results.finish();
}
} // namespace

Outcome SystemDemoMonitoring::write(Database& database, const QString& profile, DemoRandom& random, int scale,
                                    const QDateTime& now, RowCounts& counts)
{
    if (profile == QLatin1String("urutiiq"))
        return writeUrutiiq(database, random, scale, now, counts);
    if (profile == QLatin1String("within"))
        return writeWithin(database, random, scale, now, counts);
    return writeKrongThai(database, random, scale, now, counts);
}

} // namespace steward
