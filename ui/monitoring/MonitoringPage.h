#pragma once

#include "ui/shell/Page.h"

class QComboBox;
class QLabel;
class QTabWidget;

namespace steward {

class DeploymentsPanel;
class DriftPanel;
class ExperimentsPanel;
class FeedbackPanel;
class PerformancePanel;
class PredictionsPanel;
class SummaryPanel;

// How models behave after training, read from each system's own tables: performance trends,
// drift, prediction logs and A/B experiments, each tab read off the UI thread over a
// connection of its own; and where people decide: the feedback queue, and rollback requests on
// deployments.
class MonitoringPage : public Page
{
    Q_OBJECT

public:
    MonitoringPage(Session* session, QWidget* parent = nullptr);

    void refresh() override;

    QTabWidget* tabs() const { return m_tabs; }
    PerformancePanel* performance() const { return m_performance; }
    DriftPanel* drift() const { return m_drift; }
    PredictionsPanel* predictions() const { return m_predictions; }
    ExperimentsPanel* experiments() const { return m_experiments; }
    FeedbackPanel* feedback() const { return m_feedback; }
    DeploymentsPanel* deployments() const { return m_deployments; }
    // Whether any tab is still reading.
    bool isLoading() const;

protected:
    void load() override;
    void unload() override;

private:
    QList<SummaryPanel*> panels() const;

    QComboBox* m_period;
    QTabWidget* m_tabs;
    PerformancePanel* m_performance;
    DriftPanel* m_drift;
    PredictionsPanel* m_predictions;
    ExperimentsPanel* m_experiments;
    FeedbackPanel* m_feedback;
    DeploymentsPanel* m_deployments;
};

} // namespace steward
