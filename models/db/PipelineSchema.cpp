#include "PipelineSchema.h"

#include <optional>

namespace steward {

namespace {
using T = LogicalType;

QList<PipelineTable> buildTables()
{
    return {
        {QStringLiteral("forecast_results"),
         QString(),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("series_key"), T::Text},
          {QStringLiteral("client_id"), T::Text},
          {QStringLiteral("product_id"), T::Integer},
          {QStringLiteral("forecast_date"), T::Date},
          {QStringLiteral("predicted_quantity"), T::Numeric},
          {QStringLiteral("confidence_lower"), T::Numeric},
          {QStringLiteral("confidence_upper"), T::Numeric},
          {QStringLiteral("event_tier"), T::Integer},
          {QStringLiteral("model_version"), T::Text},
          {QStringLiteral("created_at"), T::Timestamp}}},
        {QStringLiteral("training_jobs"),
         QStringLiteral("job_id"),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("job_id"), T::Uuid},
          {QStringLiteral("client_id"), T::Text},
          {QStringLiteral("status"), T::Text},
          {QStringLiteral("started_at"), T::Timestamp},
          {QStringLiteral("completed_at"), T::Timestamp},
          {QStringLiteral("metrics"), T::Json},
          {QStringLiteral("model_version"), T::Text},
          {QStringLiteral("error_message"), T::Text}}},
        {QStringLiteral("backtest_results"),
         QStringLiteral("result_id"),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("result_id"), T::Uuid},
          {QStringLiteral("cycle_id"), T::Uuid},
          {QStringLiteral("client_id"), T::Text},
          {QStringLiteral("forecast_level"), T::Text},
          {QStringLiteral("fold_index"), T::Integer},
          {QStringLiteral("train_start"), T::Date},
          {QStringLiteral("train_end"), T::Date},
          {QStringLiteral("test_start"), T::Date},
          {QStringLiteral("test_end"), T::Date},
          {QStringLiteral("metrics"), T::Json},
          {QStringLiteral("model_version"), T::Text}}},
        {QStringLiteral("improvement_cycles"),
         QStringLiteral("cycle_id"),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("cycle_id"), T::Uuid},
          {QStringLiteral("client_id"), T::Text},
          {QStringLiteral("state"), T::Text},
          {QStringLiteral("max_iterations"), T::Integer},
          {QStringLiteral("current_iteration"), T::Integer},
          {QStringLiteral("convergence_threshold"), T::Numeric},
          {QStringLiteral("mape_before"), T::Numeric},
          {QStringLiteral("mape_after"), T::Numeric},
          {QStringLiteral("config_snapshot"), T::Json},
          {QStringLiteral("error_message"), T::Text}}},
        {QStringLiteral("model_metadata"),
         QString(),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("client_id"), T::Text},
          {QStringLiteral("model_version"), T::Text},
          {QStringLiteral("metrics"), T::Json},
          {QStringLiteral("feature_count"), T::Integer},
          {QStringLiteral("training_samples"), T::Integer},
          {QStringLiteral("created_at"), T::Timestamp}}},
        {QStringLiteral("sku_metadata"),
         QString(),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("client_id"), T::Text},
          {QStringLiteral("product_id"), T::Integer},
          {QStringLiteral("sku_type"), T::Text},
          {QStringLiteral("demand_frequency"), T::Numeric}}},
        {QStringLiteral("discovered_events"),
         QString(),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("client_id"), T::Text},
          {QStringLiteral("event_name"), T::Text},
          {QStringLiteral("event_date"), T::Date},
          {QStringLiteral("event_tier"), T::Integer},
          {QStringLiteral("evidence"), T::Json}}},
        {QStringLiteral("llm_providers"),
         QString(),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("provider_type"), T::Text},
          {QStringLiteral("model_name"), T::Text},
          {QStringLiteral("api_key"), T::Text}}},
        {QStringLiteral("model_comparisons"),
         QString(),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("client_id"), T::Text},
          {QStringLiteral("model_a"), T::Text},
          {QStringLiteral("model_b"), T::Text},
          {QStringLiteral("metrics_a"), T::Json},
          {QStringLiteral("metrics_b"), T::Json},
          {QStringLiteral("winner"), T::Text},
          {QStringLiteral("created_at"), T::Timestamp}}},
        {QStringLiteral("data_profiles"),
         QString(),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("client_id"), T::Text},
          {QStringLiteral("summary_stats"), T::Json},
          {QStringLiteral("demand_patterns"), T::Json},
          {QStringLiteral("temporal_patterns"), T::Json},
          {QStringLiteral("created_at"), T::Timestamp}}},
        {QStringLiteral("anomaly_log"),
         QString(),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("client_id"), T::Text},
          {QStringLiteral("series_key"), T::Text},
          {QStringLiteral("anomaly_date"), T::Date},
          {QStringLiteral("details"), T::Json},
          {QStringLiteral("created_at"), T::Timestamp}}},
        {QStringLiteral("llm_suggestions"),
         QStringLiteral("suggestion_id"),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("suggestion_id"), T::Uuid},
          {QStringLiteral("cycle_id"), T::Uuid},
          {QStringLiteral("client_id"), T::Text},
          {QStringLiteral("category"), T::Text},
          {QStringLiteral("summary"), T::Text},
          {QStringLiteral("reasoning"), T::Text},
          {QStringLiteral("parameter_diff"), T::Json},
          {QStringLiteral("before_metrics"), T::Json},
          {QStringLiteral("after_metrics"), T::Json},
          {QStringLiteral("status"), T::Text}}},
        {QStringLiteral("governance_policies"),
         QStringLiteral("policy_id"),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("policy_id"), T::Uuid},
          {QStringLiteral("policy_name"), T::Text},
          {QStringLiteral("policy_type"), T::Text},
          {QStringLiteral("status"), T::Text},
          {QStringLiteral("rules"), T::Json},
          {QStringLiteral("thresholds"), T::Json},
          {QStringLiteral("description"), T::Text}}},
        {QStringLiteral("governance_violations"),
         QStringLiteral("violation_id"),
         {{QStringLiteral("id"), T::Integer},
          {QStringLiteral("violation_id"), T::Uuid},
          {QStringLiteral("policy_id"), T::Uuid},
          {QStringLiteral("client_id"), T::Text},
          {QStringLiteral("model_version"), T::Text},
          {QStringLiteral("violation_type"), T::Text},
          {QStringLiteral("severity"), T::Text},
          {QStringLiteral("description"), T::Text},
          {QStringLiteral("details"), T::Json},
          {QStringLiteral("status"), T::Text},
          {QStringLiteral("resolution"), T::Text},
          {QStringLiteral("resolved_by"), T::Text},
          {QStringLiteral("detected_at"), T::Timestamp},
          {QStringLiteral("resolved_at"), T::Timestamp}}},
    };
}
} // namespace

const QList<PipelineTable>& PipelineSchema::tables()
{
    static const QList<PipelineTable> all = buildTables();
    return all;
}

const PipelineTable* PipelineSchema::table(const QString& name)
{
    for (const PipelineTable& table : tables()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

std::optional<LogicalType> PipelineSchema::knownColumnType(const QString& tableName, const QString& column)
{
    if (const PipelineTable* known = table(tableName)) {
        for (const PipelineColumn& c : known->columns) {
            if (c.name == column)
                return c.type;
        }
    }
    return std::nullopt;
}

QStringList PipelineSchema::tablesFor(Area area)
{
    switch (area) {
    case Area::Review:
        return {QStringLiteral("llm_suggestions")};
    case Area::Registry:
        return {QStringLiteral("model_metadata")};
    case Area::Governance:
        return {QStringLiteral("governance_policies"), QStringLiteral("governance_violations")};
    }
    return {};
}

} // namespace steward
