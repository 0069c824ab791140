// Governance policies and the violations monitors raised against them, plus the smaller
#include "models/governance/ViolationTerms.h"
#include "models/workflow/Workflow.h"
// auxiliary tables (SKU classes, discovered events, providers, comparisons, profiles, anomalies).
#include "models/db/BatchInserter.h"
#include "models/db/Database.h"
#include "models/demo/DemoWriter.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct PolicyTemplate
{
    QString name;
    QString type;
    QString violationType;
    QString metric;
    double warning;
    double critical;
    QString description;
};

const QList<PolicyTemplate> kPolicies{
    {QStringLiteral("Forecast bias guard"), QStringLiteral("bias_detection"), QStringLiteral("bias"),
     QStringLiteral("bias"), 0.03, 0.08,
     QStringLiteral("Absolute bias over a 28-day window stays under the thresholds for every client.")},
    {QStringLiteral("Regional fairness"), QStringLiteral("fairness"), QStringLiteral("fairness"),
     QStringLiteral("wmape_gap_between_regions"), 0.05, 0.12,
     QStringLiteral("No region's WMAPE exceeds the best region's by more than the threshold.")},
    {QStringLiteral("Suggestion reasoning logged"), QStringLiteral("transparency"), QStringLiteral("transparency"),
     QStringLiteral("unexplained_changes"), 1, 3,
     QStringLiteral("Every applied configuration change has a stored reasoning and before/after metrics.")},
    {QStringLiteral("No personal data in features"), QStringLiteral("privacy"), QStringLiteral("privacy"),
     QStringLiteral("pii_columns"), 0, 1,
     QStringLiteral("Feature sets never include customer names, phones or addresses.")},
    {QStringLiteral("Model artifact integrity"), QStringLiteral("security"), QStringLiteral("security"),
     QStringLiteral("unsigned_artifacts"), 0, 1, QStringLiteral("Deployed model artifacts carry a verified checksum.")},
    {QStringLiteral("WMAPE ceiling"), QStringLiteral("performance"), QStringLiteral("performance"),
     QStringLiteral("wmape"), 0.25, 0.35,
     QStringLiteral("Order-level WMAPE on the latest backtest stays under the ceiling.")},
    {QStringLiteral("False negative rate on events"), QStringLiteral("performance"), QStringLiteral("performance"),
     QStringLiteral("fnr"), 0.15, 0.25, QStringLiteral("Stock-out risk: missed demand on event days stays bounded.")},
    {QStringLiteral("Draft: drift watch"), QStringLiteral("performance"), QStringLiteral("performance"),
     QStringLiteral("psi"), 0.1, 0.25,
     QStringLiteral("Population stability index of key features (draft, not enforced).")},
};
} // namespace

Outcome DemoWriter::writeGovernance(RowCounts& counts)
{
    BatchInserter policies(m_db, table("governance_policies"),
                           {QStringLiteral("policy_id"), QStringLiteral("policy_name"), QStringLiteral("policy_type"),
                            QStringLiteral("status"), QStringLiteral("rules"), QStringLiteral("thresholds"),
                            QStringLiteral("description")});
    BatchInserter violations(m_db, table("governance_violations"),
                             {QStringLiteral("violation_id"), QStringLiteral("policy_id"), QStringLiteral("client_id"),
                              QStringLiteral("model_version"), QStringLiteral("violation_type"),
                              QStringLiteral("severity"), QStringLiteral("description"), QStringLiteral("details"),
                              QStringLiteral("status"), QStringLiteral("resolution"), QStringLiteral("resolved_by"),
                              QStringLiteral("detected_at"), QStringLiteral("resolved_at")});
    struct Policy
    {
        QString id;
        PolicyTemplate shape;
    };
    QList<Policy> created;
    for (int copy = 0; copy < m_options.scale; ++copy) {
        for (int p = 0; p < kPolicies.size(); ++p) {
            const PolicyTemplate& shape = kPolicies.at(p);
            const QString name = copy == 0 ? shape.name : QStringLiteral("%1 #%2").arg(shape.name).arg(copy + 1);
            const QString status = shape.name.startsWith(QLatin1String("Draft")) ? QStringLiteral("draft")
                                   : (p == 4 && copy % 2 == 1)                   ? QStringLiteral("inactive")
                                                                                 : QStringLiteral("active");
            JsonText rules;
            rules.beginObject()
                .text(QStringLiteral("metric"), shape.metric)
                .integer(QStringLiteral("window_days"), 28)
                .text(QStringLiteral("scope"), QStringLiteral("per_client"))
                .strings(QStringLiteral("applies_to"), {QStringLiteral("order"), QStringLiteral("sku")})
                .endObject();
            JsonText thresholds;
            thresholds.beginObject()
                .number(QStringLiteral("warning"), shape.warning)
                .number(QStringLiteral("critical"), shape.critical)
                .endObject();
            const QString id = m_random.uuid();
            created << Policy{id, shape};
            if (Outcome done =
                    policies.add({id, name, shape.type, status, rules.take(), thresholds.take(), shape.description});
                !done)
                return done;
        }
    }
    if (Outcome done = policies.flush(); !done)
        return done;

    const int total = 60 * m_options.scale;
    const QStringList severities{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                 QStringLiteral("critical")};
    const QStringList people{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};
    for (int i = 0; i < total; ++i) {
        const Policy& policy = created.at(i % created.size());
        const Client& client = m_clients.at(i % m_clients.size());
        QString severity = severities.at(m_random.integer(0, 3));
        const double roll = m_random.uniform(0, 1);
        QString status = roll < 0.35   ? stateName(ViolationState::Open)
                         : roll < 0.55 ? stateName(ViolationState::Investigating)
                         : roll < 0.85 ? stateName(ViolationState::Resolved)
                                       : stateName(ViolationState::FalsePositive);
        // A newer monitor's vocabulary, shown as it is.
        if (i % 53 == 17)
            severity = QStringLiteral("severe");
        if (i % 59 == 23)
            status = QStringLiteral("escalated");
        const QDateTime detected = m_now.addSecs(-m_random.integer(600, 45 * 24 * 3600));
        const bool closed = ViolationTerms::isClosed(status);
        const double observed = policy.shape.critical * m_random.uniform(0.8, 1.6);
        JsonText details;
        details.beginObject()
            .text(QStringLiteral("metric"), policy.shape.metric)
            .number(QStringLiteral("observed"), observed)
            .number(QStringLiteral("threshold"),
                    severity == QLatin1String("critical") ? policy.shape.critical : policy.shape.warning)
            .integer(QStringLiteral("window_days"), 28)
            .text(QStringLiteral("monitor"), QStringLiteral("governance-monitor/2.3"))
            .endObject();
        const QString version = client.versions.at(m_random.integer(0, static_cast<int>(client.versions.size()) - 1));
        const QString description =
            QStringLiteral("%1 for %2 is %3, above the %4 threshold")
                .arg(policy.shape.metric, client.id, QString::number(observed, 'f', 3), severity);
        const QString resolution =
            status == stateName(ViolationState::Resolved)
                ? QStringLiteral("Retrained with corrected promotion calendar; metric back under threshold.")
            : status == stateName(ViolationState::FalsePositive)
                ? QStringLiteral("Monitor read a partial day of data; the full-day metric is within bounds.")
                : QString();
        const QVariant noText(QMetaType(QMetaType::QString));
        if (Outcome done =
                violations.add({m_random.uuid(), policy.id, client.id, version, policy.shape.violationType, severity,
                                description, details.take(), status, closed ? QVariant(resolution) : noText,
                                closed ? QVariant(m_random.pick(people)) : noText, timestampText(detected),
                                closed ? QVariant(timestampText(closedAt(detected))) : noText});
            !done)
            return done;
    }
    if (Outcome done = violations.flush(); !done)
        return done;
    counts.insert(QStringLiteral("governance_policies"), policies.rowsWritten());
    counts.insert(QStringLiteral("governance_violations"), violations.rowsWritten());
    return Outcome::ok();
}

Outcome DemoWriter::writeAuxiliary(RowCounts& counts)
{
    BatchInserter skus(m_db, table("sku_metadata"),
                       {QStringLiteral("client_id"), QStringLiteral("product_id"), QStringLiteral("sku_type"),
                        QStringLiteral("demand_frequency")});
    BatchInserter events(m_db, table("discovered_events"),
                         {QStringLiteral("client_id"), QStringLiteral("event_name"), QStringLiteral("event_date"),
                          QStringLiteral("event_tier"), QStringLiteral("evidence")});
    BatchInserter comparisons(m_db, table("model_comparisons"),
                              {QStringLiteral("client_id"), QStringLiteral("model_a"), QStringLiteral("model_b"),
                               QStringLiteral("metrics_a"), QStringLiteral("metrics_b"), QStringLiteral("winner"),
                               QStringLiteral("created_at")});
    BatchInserter profiles(m_db, table("data_profiles"),
                           {QStringLiteral("client_id"), QStringLiteral("summary_stats"),
                            QStringLiteral("demand_patterns"), QStringLiteral("temporal_patterns"),
                            QStringLiteral("created_at")});
    BatchInserter anomalies(m_db, table("anomaly_log"),
                            {QStringLiteral("client_id"), QStringLiteral("series_key"), QStringLiteral("anomaly_date"),
                             QStringLiteral("details"), QStringLiteral("created_at")});
    BatchInserter providers(m_db, table("llm_providers"),
                            {QStringLiteral("provider_type"), QStringLiteral("model_name"), QStringLiteral("api_key")});

    const QStringList skuTypes{QStringLiteral("smooth"), QStringLiteral("seasonal"), QStringLiteral("intermittent"),
                               QStringLiteral("lumpy"), QStringLiteral("dead")};
    const QStringList eventNames{QStringLiteral("Tết Nguyên Đán"),   QStringLiteral("Mid-Autumn Festival"),
                                 QStringLiteral("Black Friday"),     QStringLiteral("11.11 sale"),
                                 QStringLiteral("School reopening"), QStringLiteral("Typhoon closure"),
                                 QStringLiteral("Payday weekend"),   QStringLiteral("Reunification Day")};
    for (const Client& client : m_clients) {
        for (qint64 product : client.products) {
            if (Outcome done = skus.add({client.id, product, m_random.pick(skuTypes), m_random.uniform(0.02, 1.0)});
                !done)
                return done;
        }
        for (int e = 0; e < 8 * m_options.scale; ++e) {
            JsonText evidence;
            evidence.beginObject()
                .number(QStringLiteral("residual_z"), m_random.uniform(2.5, 6.0), 2)
                .integer(QStringLiteral("occurrences"), m_random.integer(2, 5))
                .number(QStringLiteral("lift"), m_random.uniform(1.1, 2.4), 2)
                .endObject();
            if (Outcome done = events.add({client.id, eventNames.at(e % eventNames.size()),
                                           isoDate(m_now.date().addDays(m_random.integer(-300, 90))),
                                           m_random.integer(1, 3), evidence.take()});
                !done)
                return done;
        }
        for (int c = 0; c + 1 < client.versions.size() && c < 5 * m_options.scale; ++c) {
            const QString a = client.versions.at(client.versions.size() - 2 - c);
            const QString b = client.versions.at(client.versions.size() - 1 - c);
            const double wa = client.baseWmape * m_random.uniform(0.7, 0.9);
            const double wb = wa * m_random.uniform(0.92, 1.04);
            if (Outcome done = comparisons.add({client.id, a, b, metricsJson(wa, 0.01, wa * 0.4, wa * 50, false),
                                                metricsJson(wb, 0.01, wb * 0.4, wb * 50, false), wb < wa ? b : a,
                                                isoTime(m_now.addDays(-c * 7))});
                !done)
                return done;
        }
        for (int p = 0; p < 3 * m_options.scale; ++p) {
            JsonText stats, demand, temporal;
            stats.beginObject()
                .integer(QStringLiteral("series"), client.products.size())
                .integer(QStringLiteral("rows"), m_random.integer(100000, 900000))
                .number(QStringLiteral("zero_share"), m_random.uniform(0.05, 0.4), 3)
                .endObject();
            demand.beginObject()
                .number(QStringLiteral("smooth"), m_random.uniform(0.2, 0.5), 2)
                .number(QStringLiteral("intermittent"), m_random.uniform(0.1, 0.3), 2)
                .number(QStringLiteral("lumpy"), m_random.uniform(0.05, 0.2), 2)
                .endObject();
            temporal.beginObject()
                .text(QStringLiteral("peak_weekday"), QStringLiteral("saturday"))
                .boolean(QStringLiteral("tet_effect"), true)
                .number(QStringLiteral("weekly_amplitude"), m_random.uniform(0.1, 0.35), 2)
                .endObject();
            if (Outcome done = profiles.add(
                    {client.id, stats.take(), demand.take(), temporal.take(), isoTime(m_now.addDays(-30 * p))});
                !done)
                return done;
        }
        for (int a = 0; a < 10 * m_options.scale && !client.products.isEmpty(); ++a) {
            const qint64 product = client.products.at(a % client.products.size());
            JsonText details;
            details.beginObject()
                .number(QStringLiteral("order_level"), m_random.uniform(800, 1200), 1)
                .number(QStringLiteral("sku_sum"), m_random.uniform(600, 1400), 1)
                .number(QStringLiteral("gap_pct"), m_random.uniform(-25, 25), 1)
                .endObject();
            if (Outcome done = anomalies.add({client.id, QStringLiteral("%1:SKU-%2").arg(client.id).arg(product),
                                              isoDate(m_now.date().addDays(-m_random.integer(1, 60))), details.take(),
                                              isoTime(m_now.addDays(-m_random.integer(0, 30)))});
                !done)
                return done;
        }
    }
    // Secrets: Steward never shows, logs or exports these.
    if (Outcome done = providers.add({QStringLiteral("openai"), QStringLiteral("gpt-4o"),
                                      QStringLiteral("sk-demo-%1").arg(m_random.uuid().remove(QLatin1Char('-')))});
        !done)
        return done;
    if (Outcome done = providers.add({QStringLiteral("anthropic"), QStringLiteral("claude-sonnet"),
                                      QStringLiteral("sk-ant-demo-%1").arg(m_random.uuid().remove(QLatin1Char('-')))});
        !done)
        return done;

    for (BatchInserter* inserter : {&skus, &events, &comparisons, &profiles, &anomalies, &providers}) {
        if (Outcome done = inserter->flush(); !done)
            return done;
    }
    counts.insert(QStringLiteral("sku_metadata"), skus.rowsWritten());
    counts.insert(QStringLiteral("discovered_events"), events.rowsWritten());
    counts.insert(QStringLiteral("model_comparisons"), comparisons.rowsWritten());
    counts.insert(QStringLiteral("data_profiles"), profiles.rowsWritten());
    counts.insert(QStringLiteral("anomaly_log"), anomalies.rowsWritten());
    counts.insert(QStringLiteral("llm_providers"), providers.rowsWritten());
    return Outcome::ok();
}

} // namespace steward
