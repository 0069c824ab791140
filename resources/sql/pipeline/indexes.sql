-- Indexes a pipeline database would carry for its own queries; the demo adds them after
-- loading (on either backend) so that the review queues page quickly at scale.
CREATE INDEX llm_suggestions_status ON llm_suggestions (status, id);
CREATE INDEX llm_suggestions_client ON llm_suggestions (client_id);
CREATE INDEX llm_suggestions_cycle ON llm_suggestions (cycle_id);
CREATE INDEX forecast_results_series ON forecast_results (client_id, series_key, forecast_date);
CREATE INDEX backtest_results_client ON backtest_results (client_id, model_version);
CREATE INDEX training_jobs_version ON training_jobs (client_id, model_version);
CREATE INDEX improvement_cycles_client ON improvement_cycles (client_id);
CREATE INDEX governance_violations_status ON governance_violations (status, severity);
CREATE INDEX forecast_actuals_series ON forecast_actuals (client_id, series_key, actual_date);
