#pragma once

#include "models/monitoring/DriftSummary.h"
#include "ui/monitoring/SummaryPanel.h"

#include <QList>

namespace steward {

class ChartPanel;
class SummaryLoader;

// Drift records, drifting now first: status, the score drawn against its threshold, the
// system's own word; below, the selected model's drift scores over time.
class DriftPanel : public SummaryPanel
{
    Q_OBJECT

public:
    explicit DriftPanel(QWidget* parent = nullptr);

    void load(Database& database, const MonitoringFilter& filter) override;
    void clear() override;

    const QList<DriftRecord>& records() const { return m_records; }
    ChartPanel* chart() const { return m_chart; }
    bool isChartLoading() const;

private:
    void show(const QList<DriftRecord>& records);
    void drawSelected();

    ChartPanel* m_chart;
    SummaryLoader* m_chartLoader;
    QList<DriftRecord> m_records;
    Database* m_database = nullptr; // the window's connection, whose target the chart reads
    MonitoringFilter m_filter;
    QString m_charted; // the model whose lines are drawn
};

} // namespace steward
