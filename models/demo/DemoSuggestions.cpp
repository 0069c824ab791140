// The review queue's content: LLM suggestions in every category and status, with real
#include "models/workflow/Workflow.h"
// before/after configurations and metrics.
#include "models/db/BatchInserter.h"
#include "models/db/Database.h"
#include "models/demo/DemoWriter.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoWriter)
};

struct SuggestionText
{
    QString summary;
    QString reasoning;
    QString diff;
};

const QStringList kFeaturePool{
    QStringLiteral("lag_7"),          QStringLiteral("lag_14"),          QStringLiteral("lag_28"),
    QStringLiteral("rolling_mean_7"), QStringLiteral("rolling_std_28"),  QStringLiteral("dow"),
    QStringLiteral("promo_flag"),     QStringLiteral("promo_intensity"), QStringLiteral("price_index"),
    QStringLiteral("days_to_tet"),    QStringLiteral("payday_flag"),     QStringLiteral("rain_mm"),
    QStringLiteral("stockout_prev_7")};

SuggestionText hyperparameter(DemoRandom& r)
{
    const double lrBefore = r.pick(QList<double>{0.05, 0.08, 0.1});
    const double lrAfter = lrBefore * r.pick(QList<double>{0.5, 0.6, 0.75});
    const int depthBefore = r.integer(5, 7);
    const int depthAfter = depthBefore + r.integer(1, 2);
    const int trees = r.integer(3, 8) * 100;
    JsonText diff;
    diff.beginObject()
        .object(QStringLiteral("before"))
        .object(QStringLiteral("model"))
        .number(QStringLiteral("learning_rate"), lrBefore)
        .integer(QStringLiteral("max_depth"), depthBefore)
        .integer(QStringLiteral("n_estimators"), trees)
        .integer(QStringLiteral("min_child_samples"), 20)
        .endObject()
        .endObject()
        .object(QStringLiteral("after"))
        .object(QStringLiteral("model"))
        .number(QStringLiteral("learning_rate"), lrAfter)
        .integer(QStringLiteral("max_depth"), depthAfter)
        .integer(QStringLiteral("n_estimators"), trees * 2)
        .integer(QStringLiteral("min_child_samples"), 20)
        .boolean(QStringLiteral("early_stopping"), true)
        .endObject()
        .endObject()
        .endObject();
    return {
        QStringLiteral("Lower learning_rate to %1 and deepen trees to %2").arg(lrAfter).arg(depthAfter),
        QStringLiteral("Residuals on folds 3-5 show systematic under-prediction on high-volume SKUs, while training "
                       "loss keeps falling after round %1: the model is underfitting interactions and stopping too "
                       "early. A smaller learning rate with twice the trees and depth %2 captured the "
                       "promotion-by-weekday interaction in a dry run; early stopping guards against overfitting.")
            .arg(trees / 2)
            .arg(depthAfter),
        diff.take()};
}

SuggestionText feature(DemoRandom& r)
{
    QStringList before = kFeaturePool.mid(0, 6);
    const QString added = r.pick(kFeaturePool.mid(6));
    QStringList after = before;
    after << added;
    const bool dropOne = r.chance(0.4);
    QString dropped;
    if (dropOne) {
        dropped = after.takeAt(r.integer(2, 4));
    }
    JsonText diff;
    diff.beginObject()
        .object(QStringLiteral("before"))
        .strings(QStringLiteral("features"), before)
        .endObject()
        .object(QStringLiteral("after"))
        .strings(QStringLiteral("features"), after)
        .object(QStringLiteral("feature_params"))
        .object(added)
        .text(QStringLiteral("source"), QStringLiteral("calendar_service"))
        .integer(QStringLiteral("fill_value"), 0)
        .endObject()
        .endObject()
        .endObject()
        .endObject();
    QString summary = QStringLiteral("Add %1 as a feature").arg(added);
    if (dropOne)
        summary += QStringLiteral(" and drop %1").arg(dropped);
    return {summary,
            QStringLiteral("Permutation importance of the residual model ranks %1 third among candidate signals; "
                           "errors cluster on days where it is high. %2")
                .arg(added, dropOne ? QStringLiteral("%1 carries no importance since lag_14 was added and only adds "
                                                     "variance.")
                                          .arg(dropped)
                                    : QStringLiteral("No existing feature is removed.")),
            diff.take()};
}

SuggestionText event(DemoRandom& r)
{
    const QStringList events{QStringLiteral("tet_holiday"), QStringLiteral("mid_autumn"),
                             QStringLiteral("black_friday"), QStringLiteral("double_11"),
                             QStringLiteral("school_reopening")};
    const QString name = r.pick(events);
    const int tier = r.integer(1, 3);
    JsonText diff;
    diff.beginObject()
        .object(QStringLiteral("before"))
        .object(QStringLiteral("events"))
        .null(name)
        .endObject()
        .endObject()
        .object(QStringLiteral("after"))
        .object(QStringLiteral("events"))
        .object(name)
        .integer(QStringLiteral("tier"), tier)
        .numbers(QStringLiteral("window_days"), {-r.integer(3, 10), r.integer(1, 4)})
        .number(QStringLiteral("expected_lift"), r.uniform(1.1, 2.2), 2)
        .endObject()
        .endObject()
        .endObject()
        .endObject();
    return {
        QStringLiteral("Register %1 as a tier-%2 event").arg(name).arg(tier),
        QStringLiteral("Residual analysis found a recurring spike around %1 in the last two years that the calendar "
                       "does not know about; the event-day WMAPE is more than twice the overall WMAPE.")
            .arg(name),
        diff.take()};
}

SuggestionText calendar(DemoRandom& r)
{
    JsonText diff;
    diff.beginObject()
        .object(QStringLiteral("before"))
        .object(QStringLiteral("calendar"))
        .text(QStringLiteral("week_start"), QStringLiteral("sunday"))
        .numbers(QStringLiteral("payday_days"), {})
        .boolean(QStringLiteral("lunar_holidays"), false)
        .endObject()
        .endObject()
        .object(QStringLiteral("after"))
        .object(QStringLiteral("calendar"))
        .text(QStringLiteral("week_start"), QStringLiteral("monday"))
        .numbers(QStringLiteral("payday_days"), {r.integer(1, 10), 15, 30})
        .boolean(QStringLiteral("lunar_holidays"), true)
        .endObject()
        .endObject()
        .endObject();
    return {QStringLiteral("Use ISO weeks, add paydays and lunar holidays to the calendar"),
            QStringLiteral("Weekly aggregates straddle two fiscal weeks because the calendar starts on Sunday; demand "
                           "jumps on paydays and around lunar holidays are currently absorbed into noise."),
            diff.take()};
}

SuggestionText crossAudit(DemoRandom& r)
{
    const double scale = r.uniform(0.93, 0.99);
    JsonText diff;
    diff.beginObject()
        .object(QStringLiteral("before"))
        .object(QStringLiteral("reconciliation"))
        .text(QStringLiteral("method"), QStringLiteral("none"))
        .endObject()
        .endObject()
        .object(QStringLiteral("after"))
        .object(QStringLiteral("reconciliation"))
        .text(QStringLiteral("method"), QStringLiteral("proportional"))
        .number(QStringLiteral("scale"), scale, 3)
        .text(QStringLiteral("anchor_level"), QStringLiteral("order"))
        .endObject()
        .endObject()
        .endObject();
    return {QStringLiteral("Reconcile SKU forecasts to order totals (scale %1)").arg(scale, 0, 'f', 3),
            QStringLiteral("The cross-audit found SKU-level forecasts summing to %1% of the order-level forecast over "
                           "the last 8 weeks; proportional reconciliation removes the gap without touching the order "
                           "model.")
                .arg(100.0 / scale, 0, 'f', 1),
            diff.take()};
}

SuggestionText other(DemoRandom& r)
{
    const int before = r.pick(QList<int>{60, 90});
    const int after = before + 30;
    JsonText diff;
    diff.beginObject()
        .object(QStringLiteral("before"))
        .integer(QStringLiteral("min_history_days"), before)
        .text(QStringLiteral("cold_start"), QStringLiteral("category_mean"))
        .endObject()
        .object(QStringLiteral("after"))
        .integer(QStringLiteral("min_history_days"), after)
        .text(QStringLiteral("cold_start"), QStringLiteral("similar_sku_profile"))
        .endObject()
        .endObject();
    return {QStringLiteral("Require %1 days of history; cold-start new SKUs from similar profiles").arg(after),
            QStringLiteral("New SKUs with under %1 days of history contribute 38% of absolute error while being 6% of "
                           "volume.")
                .arg(after),
            diff.take()};
}
} // namespace

Outcome DemoWriter::writeSuggestions(RowCounts& counts)
{
    BatchInserter suggestions(m_db, table("llm_suggestions"),
                              {QStringLiteral("suggestion_id"), QStringLiteral("cycle_id"), QStringLiteral("client_id"),
                               QStringLiteral("category"), QStringLiteral("summary"), QStringLiteral("reasoning"),
                               QStringLiteral("parameter_diff"), QStringLiteral("before_metrics"),
                               QStringLiteral("after_metrics"), QStringLiteral("status")},
                              200);
    using Maker = SuggestionText (*)(DemoRandom&);
    const QList<QPair<QString, Maker>> categories{{QStringLiteral("hyperparameter"), &hyperparameter},
                                                  {QStringLiteral("feature"), &feature},
                                                  {QStringLiteral("event"), &event},
                                                  {QStringLiteral("calendar"), &calendar},
                                                  {QStringLiteral("cross_audit"), &crossAudit},
                                                  {QStringLiteral("other"), &other}};
    const qint64 total = static_cast<qint64>(DemoGenerator::kSuggestionsPerScale) * m_options.scale;
    const QString longTail = QStringLiteral(
        "\n\nFold-by-fold, the change helps most where the baseline is weakest: the last two folds cover the "
        "pre-holiday ramp, and the gain there is three times the average. The first fold, a quiet period, shows no "
        "change within noise. The LLM also checked that no fold gets worse by more than the convergence threshold.");
    for (qint64 i = 0; i < total; ++i) {
        Client& client = m_clients[static_cast<int>(i % m_clients.size())];
        const auto& [category, make] = categories.at(static_cast<int>((i / 3) % categories.size()));
        SuggestionText text = make(m_random);
        QString categoryValue = category;
        QString status;
        const double roll = m_random.uniform(0, 1);
        status = roll < 0.46   ? stateName(SuggestionState::Pending)
                 : roll < 0.72 ? stateName(SuggestionState::Applied)
                 : roll < 0.92 ? stateName(SuggestionState::Rejected)
                               : stateName(SuggestionState::Rollback);
        // A newer pipeline writes values this build has never heard of; they must show as they are.
        if (i % 97 == 41)
            categoryValue = QStringLiteral("ensemble_weighting");
        if (i % 89 == 57)
            status = stateName(SuggestionState::Superseded);
        if (i % 7 == 3)
            text.reasoning += longTail;
        if (allowInvalidJson() && i % 113 == 29)
            text.diff = text.diff.left(text.diff.size() / 2); // a truncated write by a crashed worker

        const double wmape = client.baseWmape * m_random.uniform(0.8, 1.1);
        const double bias = m_random.normal(0, 0.04);
        const double fnr = wmape * m_random.uniform(0.3, 0.5);
        const double mae = wmape * m_random.uniform(40, 60);
        const bool improves = m_random.chance(0.8);
        const double gain = improves ? m_random.uniform(0.9, 0.99) : m_random.uniform(1.0, 1.06);
        const QString before = metricsJson(wmape, bias, fnr, mae, false);
        const QString after = metricsJson(wmape * gain, bias * m_random.uniform(0.4, 1.2),
                                          fnr * gain * m_random.uniform(0.95, 1.05), mae * gain, false);
        const QString cycle = client.cycles.isEmpty()
                                  ? QString()
                                  : client.cycles.at(static_cast<int>((i / m_clients.size()) % client.cycles.size()));
        if (Outcome done = suggestions.add({m_random.uuid(), cycle, client.id, categoryValue, text.summary,
                                            text.reasoning, text.diff, before, after, status});
            !done)
            return done;
        if (i % 2000 == 1999 && !report(Text::tr("suggestions"), static_cast<double>(i) / total))
            return Outcome::failed(Text::tr("cancelled"));
    }
    if (Outcome done = suggestions.flush(); !done)
        return done;
    counts.insert(QStringLiteral("llm_suggestions"), suggestions.rowsWritten());
    return Outcome::ok();
}

} // namespace steward
