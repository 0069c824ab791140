#include "DemoWriter.h"

#include "models/db/BatchInserter.h"
#include "models/db/Database.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoWriter)
};

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant nullNumber()
{
    return QVariant(QMetaType(QMetaType::Double));
}
} // namespace

const QStringList& DemoWriter::cycleStates()
{
    static const QStringList states{QStringLiteral("PROFILING"), QStringLiteral("BACKTEST"), QStringLiteral("ANALYZE"),
                                    QStringLiteral("SUGGEST"),   QStringLiteral("APPLY"),    QStringLiteral("RETRAIN"),
                                    QStringLiteral("VERIFY"),    QStringLiteral("COMPLETE")};
    return states;
}

DemoWriter::DemoWriter(Database& database, const DemoOptions& options)
    : m_db(database), m_options(options), m_random(options.seed)
{
    m_now = QDateTime(options.anchor.isValid() ? options.anchor : DemoOptions::defaultAnchor(), QTime(9, 0),
                      QTimeZone::utc());
    const QList<QPair<QString, QString>> clients{
        {QStringLiteral("hanoi_fresh"), QStringLiteral("Hanoi Fresh Grocers")},
        {QStringLiteral("saigon_mart"), QStringLiteral("Saigon Mart")},
        {QStringLiteral("lotus_pharma"), QStringLiteral("Lotus Pharmacy Chain")}};
    double base = 0.31;
    for (const auto& [id, name] : clients) {
        m_clients << Client{id, name, base, {}, {}, {}};
        base -= 0.04;
    }
}

bool DemoWriter::report(const QString& stage, double fraction)
{
    // Each table's own progress is a stretch of the whole run's, so the total only grows.
    const double overall = m_progressStart + m_progressSpan * qBound(0.0, fraction, 1.0);
    return !m_options.progress || m_options.progress(stage, overall);
}

QString DemoWriter::isoTime(const QDateTime& t) const
{
    return timestampText(t);
}

QDateTime DemoWriter::closedAt(const QDateTime& detected)
{
    return qMin(detected.addSecs(m_random.integer(3600, 6 * 24 * 3600)), m_now.addSecs(-60));
}

QString DemoWriter::table(const char* name) const
{
    return QString::fromLatin1(name);
}

bool DemoWriter::allowInvalidJson() const
{
    // PostgreSQL jsonb cannot hold invalid JSON; a SQLite file written by hand can.
    return m_db.dialect().jsonColumnsHoldInvalidText();
}

QString DemoWriter::metricsJson(double wmape, double bias, double fnr, double mae, bool extended)
{
    JsonText json;
    json.beginObject()
        .number(QStringLiteral("wmape"), wmape)
        .number(QStringLiteral("bias"), bias)
        .number(QStringLiteral("fnr"), fnr)
        .number(QStringLiteral("mae"), mae, 2);
    if (extended) {
        json.number(QStringLiteral("rmse"), mae * m_random.uniform(1.25, 1.45), 2)
            .number(QStringLiteral("mape"), wmape * m_random.uniform(1.05, 1.2))
            .number(QStringLiteral("r2"), qBound(0.3, 1.0 - wmape * m_random.uniform(0.9, 1.3), 0.97));
    }
    return json.endObject().take();
}

Outcome DemoWriter::writeAll(RowCounts& counts)
{
    using Step = Outcome (DemoWriter::*)(RowCounts&);
    // Each step's share of the run time, as measured at large scales.
    const QList<QPair<Step, double>> steps{{&DemoWriter::writeModels, 0.04},    {&DemoWriter::writeCycles, 0.02},
                                           {&DemoWriter::writeBacktests, 0.03}, {&DemoWriter::writeSuggestions, 0.42},
                                           {&DemoWriter::writeForecasts, 0.44}, {&DemoWriter::writeGovernance, 0.04},
                                           {&DemoWriter::writeAuxiliary, 0.01}};
    m_progressStart = 0;
    for (const auto& [step, share] : steps) {
        m_progressSpan = share;
        if (Outcome done = (this->*step)(counts); !done)
            return done;
        if (!report(Text::tr("writing tables"), 1.0))
            return Outcome::failed(Text::tr("cancelled"));
        m_progressStart += share;
    }
    return Outcome::ok();
}

Outcome DemoWriter::writeModels(RowCounts& counts)
{
    BatchInserter models(m_db, table("model_metadata"),
                         {QStringLiteral("client_id"), QStringLiteral("model_version"), QStringLiteral("metrics"),
                          QStringLiteral("feature_count"), QStringLiteral("training_samples"),
                          QStringLiteral("created_at")});
    BatchInserter jobs(m_db, table("training_jobs"),
                       {QStringLiteral("job_id"), QStringLiteral("client_id"), QStringLiteral("status"),
                        QStringLiteral("started_at"), QStringLiteral("completed_at"), QStringLiteral("metrics"),
                        QStringLiteral("model_version"), QStringLiteral("error_message")});
    const int versionsPerClient = 10 * m_options.scale;
    // Versions are a week apart at scale 1 and closer together at larger scales.
    const qint64 spacing = qMax<qint64>(600, 7 * 24 * 3600 / m_options.scale);
    const QStringList failures{
        QStringLiteral("ValueError: Input contains NaN in column 'promo_intensity' (312 rows)"),
        QStringLiteral("Training timed out after 3600 s on fold 4"),
        QStringLiteral("MemoryError: unable to allocate 3.2 GiB for the feature matrix"),
        QStringLiteral("LightGBMError: Check failed: (num_data) > (0) for series without history")};
    for (Client& client : m_clients) {
        double wmape = client.baseWmape;
        int features = 18;
        qint64 samples = 42000 + m_random.integer(0, 5000);
        for (int i = 0; i < versionsPerClient; ++i) {
            const QDateTime trained =
                m_now.addSecs(-spacing * (versionsPerClient - i) - m_random.integer(0, static_cast<int>(spacing / 2)));
            const QString version = trained.toString(QStringLiteral("yyyyMMdd_HHmmss"));
            client.versions << version;
            // Metrics improve over versions with noise; now and then a version is worse.
            wmape = qMax(0.06, wmape * m_random.uniform(0.955, 1.01) + m_random.normal(0, 0.004));
            const double bias = m_random.normal(0, 0.03);
            const double fnr = qBound(0.01, wmape * m_random.uniform(0.3, 0.5), 0.4);
            const double mae = wmape * m_random.uniform(40, 60);
            features += m_random.chance(0.4) ? m_random.integer(1, 3) : 0;
            samples += m_random.integer(400, 2400);
            const QString metrics = metricsJson(wmape, bias, fnr, mae, true);
            if (Outcome done =
                    models.add({client.id, version, metrics, features, samples, isoTime(trained.addSecs(1800))});
                !done)
                return done;
            const QDateTime started = trained.addSecs(-m_random.integer(300, 2400));
            if (m_random.chance(0.2)) {
                // A failed attempt before the successful one.
                const QDateTime failedStart = started.addSecs(-m_random.integer(3600, 7200));
                if (Outcome done = jobs.add({m_random.uuid(), client.id, QStringLiteral("failed"), isoTime(failedStart),
                                             isoTime(failedStart.addSecs(m_random.integer(60, 3600))), nullText(),
                                             nullText(), m_random.pick(failures)});
                    !done)
                    return done;
            }
            if (Outcome done =
                    jobs.add({m_random.uuid(), client.id, QStringLiteral("completed"), isoTime(started),
                              isoTime(trained), metricsJson(wmape, bias, fnr, mae, false), version, nullText()});
                !done)
                return done;
        }
        // The newest job is still running.
        if (Outcome done = jobs.add({m_random.uuid(), client.id, QStringLiteral("running"),
                                     isoTime(m_now.addSecs(-900)), nullText(), nullText(), nullText(), nullText()});
            !done)
            return done;
        if (!report(Text::tr("model versions"), 1.0 * (&client - m_clients.data() + 1) / m_clients.size()))
            return Outcome::failed(Text::tr("cancelled"));
    }
    if (Outcome done = models.flush(); !done)
        return done;
    if (Outcome done = jobs.flush(); !done)
        return done;
    counts.insert(QStringLiteral("model_metadata"), models.rowsWritten());
    counts.insert(QStringLiteral("training_jobs"), jobs.rowsWritten());
    return Outcome::ok();
}

Outcome DemoWriter::writeCycles(RowCounts& counts)
{
    BatchInserter cycles(m_db, table("improvement_cycles"),
                         {QStringLiteral("cycle_id"), QStringLiteral("client_id"), QStringLiteral("state"),
                          QStringLiteral("max_iterations"), QStringLiteral("current_iteration"),
                          QStringLiteral("convergence_threshold"), QStringLiteral("mape_before"),
                          QStringLiteral("mape_after"), QStringLiteral("config_snapshot"),
                          QStringLiteral("error_message")});
    const int perClient = 10 * m_options.scale;
    for (Client& client : m_clients) {
        double mape = client.baseWmape * 1.1;
        for (int i = 0; i < perClient; ++i) {
            // Older cycles are complete; the newest ones are spread across every state.
            const int fromEnd = perClient - 1 - i;
            const QStringList& states = cycleStates();
            const QString state = fromEnd < states.size() ? states.at(states.size() - 1 - fromEnd) : states.last();
            const QString id = m_random.uuid();
            client.cycles << id;
            const int stateIndex = static_cast<int>(states.indexOf(state));
            const double after = mape * m_random.uniform(0.9, 1.01);
            const bool hasAfter = stateIndex >= states.indexOf(QStringLiteral("VERIFY"));
            JsonText config;
            config.beginObject()
                .object(QStringLiteral("model"))
                .text(QStringLiteral("algorithm"), QStringLiteral("lightgbm"))
                .number(QStringLiteral("learning_rate"), m_random.pick(QList<double>{0.03, 0.05, 0.08}))
                .integer(QStringLiteral("max_depth"), m_random.integer(5, 9))
                .integer(QStringLiteral("n_estimators"), m_random.integer(4, 12) * 100)
                .endObject()
                .strings(QStringLiteral("features"), {QStringLiteral("lag_7"), QStringLiteral("lag_14"),
                                                      QStringLiteral("dow"), QStringLiteral("promo_flag")})
                .integer(QStringLiteral("horizon_days"), 28)
                .endObject();
            const bool failed = m_random.chance(0.05) && state != QLatin1String("COMPLETE");
            if (Outcome done = cycles.add(
                    {id, client.id, state, 5, qMin(5, 1 + stateIndex / 2), 0.005, mape,
                     hasAfter ? QVariant(after) : nullNumber(), config.take(),
                     failed ? QVariant(QStringLiteral("LLM provider returned HTTP 429 after 3 retries")) : nullText()});
                !done)
                return done;
            if (hasAfter)
                mape = after;
        }
    }
    if (Outcome done = cycles.flush(); !done)
        return done;
    counts.insert(QStringLiteral("improvement_cycles"), cycles.rowsWritten());
    return Outcome::ok();
}

Outcome DemoWriter::writeBacktests(RowCounts& counts)
{
    BatchInserter folds(m_db, table("backtest_results"),
                        {QStringLiteral("result_id"), QStringLiteral("cycle_id"), QStringLiteral("client_id"),
                         QStringLiteral("forecast_level"), QStringLiteral("fold_index"), QStringLiteral("train_start"),
                         QStringLiteral("train_end"), QStringLiteral("test_start"), QStringLiteral("test_end"),
                         QStringLiteral("metrics"), QStringLiteral("model_version")});
    for (Client& client : m_clients) {
        // Every other version was backtested walk-forward: five folds at order and SKU level.
        for (int v = 1; v < client.versions.size(); v += 2) {
            const QString& version = client.versions.at(v);
            const QDate trained = QDate::fromString(version.left(8), QStringLiteral("yyyyMMdd"));
            const QString cycle = client.cycles.at(qMin(v, static_cast<int>(client.cycles.size()) - 1));
            const double quality = client.baseWmape * (1.0 - 0.3 * v / client.versions.size());
            for (const QString& level : {QStringLiteral("order"), QStringLiteral("sku")}) {
                const double levelFactor = level == QLatin1String("sku") ? 1.35 : 1.0;
                for (int fold = 0; fold < 5; ++fold) {
                    const QDate trainStart = trained.addDays(-365);
                    const QDate testStart = trained.addDays(-28 * (5 - fold));
                    const double wmape = qMax(0.04, quality * levelFactor * m_random.uniform(0.85, 1.15));
                    JsonText metrics;
                    metrics.beginObject()
                        .number(QStringLiteral("wmape"), wmape)
                        .number(QStringLiteral("bias"), m_random.normal(0, 0.035))
                        .number(QStringLiteral("fnr"), wmape * m_random.uniform(0.3, 0.5))
                        .number(QStringLiteral("mae"), wmape * m_random.uniform(40, 60), 2)
                        .number(QStringLiteral("event_wmape"), wmape * m_random.uniform(1.2, 1.8))
                        .endObject();
                    if (Outcome done = folds.add({m_random.uuid(), cycle, client.id, level, fold, isoDate(trainStart),
                                                  isoDate(testStart.addDays(-1)), isoDate(testStart),
                                                  isoDate(testStart.addDays(27)), metrics.take(), version});
                        !done)
                        return done;
                }
            }
        }
    }
    if (Outcome done = folds.flush(); !done)
        return done;
    counts.insert(QStringLiteral("backtest_results"), folds.rowsWritten());
    return Outcome::ok();
}

Outcome DemoWriter::writeForecasts(RowCounts& counts)
{
    BatchInserter forecasts(m_db, table("forecast_results"),
                            {QStringLiteral("series_key"), QStringLiteral("client_id"), QStringLiteral("product_id"),
                             QStringLiteral("forecast_date"), QStringLiteral("predicted_quantity"),
                             QStringLiteral("confidence_lower"), QStringLiteral("confidence_upper"),
                             QStringLiteral("event_tier"), QStringLiteral("model_version"),
                             QStringLiteral("created_at")},
                            200);
    BatchInserter actuals(m_db, table("forecast_actuals"),
                          {QStringLiteral("client_id"), QStringLiteral("series_key"), QStringLiteral("actual_date"),
                           QStringLiteral("actual_quantity")},
                          300);
    const int seriesPerClient = 3 * m_options.scale;
    const int pastDays = 30;
    const int futureDays = 60;
    const QDate today = m_now.date();
    // Event days: Tết-like tier 1 days, paydays tier 2, weekends before holidays tier 3.
    QHash<int, int> eventTiers;
    for (int day = -pastDays; day < futureDays; ++day) {
        const QDate date = today.addDays(day);
        if (date.day() == 15 || date.day() == date.daysInMonth())
            eventTiers.insert(day, 2);
        if (day % 37 == 11)
            eventTiers.insert(day, 1);
        if (date.dayOfWeek() == 6 && day % 3 == 0 && !eventTiers.contains(day))
            eventTiers.insert(day, 3);
    }
    qint64 written = 0;
    const qint64 total = static_cast<qint64>(seriesPerClient) * m_clients.size();
    for (Client& client : m_clients) {
        const QString version = client.versions.last();
        for (int s = 0; s < seriesPerClient; ++s) {
            const qint64 product = 10000 + s * 7 + m_random.integer(0, 6);
            client.products << product;
            const QString series = QStringLiteral("%1:SKU-%2").arg(client.id).arg(product);
            const double level = m_random.uniform(20, 400);
            const double trend = m_random.uniform(-0.002, 0.004);
            const double weekly = m_random.uniform(0.1, 0.35);
            for (int day = -pastDays; day < futureDays; ++day) {
                const QDate date = today.addDays(day);
                const int tier = eventTiers.value(day, 0);
                const double eventLift = tier == 1 ? 1.9 : tier == 2 ? 1.3 : tier == 3 ? 1.12 : 1.0;
                const double season = 1.0 + weekly * std::sin(2 * M_PI * date.dayOfWeek() / 7.0);
                const double predicted = level * (1.0 + trend * (day + pastDays)) * season * eventLift;
                const double horizon = day < 0 ? 0.0 : day;
                const double spread = predicted * (0.12 + 0.004 * horizon) * (tier ? 1.4 : 1.0);
                const double lower = qMax(0.0, predicted - spread * m_random.uniform(0.9, 1.1));
                const double upper = predicted + spread * m_random.uniform(1.0, 1.3);
                if (Outcome done =
                        forecasts.add({series, client.id, product, isoDate(date), std::round(predicted * 100) / 100,
                                       std::round(lower * 100) / 100, std::round(upper * 100) / 100,
                                       tier ? QVariant(tier) : QVariant(QMetaType(QMetaType::Int)), version,
                                       isoTime(m_now.addDays(-pastDays))});
                    !done)
                    return done;
                if (day < 0) {
                    const double actual = qMax(0.0, predicted * m_random.normal(1.0, 0.14));
                    if (Outcome done = actuals.add({client.id, series, isoDate(date), std::round(actual)}); !done)
                        return done;
                }
            }
            if (++written % 64 == 0 && !report(Text::tr("forecasts"), static_cast<double>(written) / total))
                return Outcome::failed(Text::tr("cancelled"));
        }
    }
    if (Outcome done = forecasts.flush(); !done)
        return done;
    if (Outcome done = actuals.flush(); !done)
        return done;
    counts.insert(QStringLiteral("forecast_results"), forecasts.rowsWritten());
    counts.insert(QStringLiteral("forecast_actuals"), actuals.rowsWritten());
    return Outcome::ok();
}

} // namespace steward
