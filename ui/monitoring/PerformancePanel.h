#pragma once

#include "models/monitoring/PerformanceSummary.h"
#include "ui/monitoring/SummaryPanel.h"

#include <QList>

namespace steward {

class ChartPanel;
class SummaryLoader;

// Performance per model version and metric: the trend over the period, first and last values,
// the baseline or threshold, and the version before it side by side; below, the selected row's
// metric over time for every version of its model.
class PerformancePanel : public SummaryPanel
{
    Q_OBJECT

public:
    explicit PerformancePanel(QWidget* parent = nullptr);
    ~PerformancePanel() override;

    void load(Database& database, const MonitoringFilter& filter) override;
    void clear() override;

    const QList<PerformanceRow>& rows() const { return m_rows; }
    ChartPanel* chart() const { return m_chart; }
    bool isChartLoading() const;

private:
    void show(const QList<PerformanceRow>& rows);
    void drawSelected();

    ChartPanel* m_chart;
    SummaryLoader* m_chartLoader;
    QList<PerformanceRow> m_rows;
    Database* m_database = nullptr; // the window's connection, whose target the chart reads
    MonitoringFilter m_filter;
};

} // namespace steward
