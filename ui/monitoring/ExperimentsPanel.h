#pragma once

#include "models/monitoring/ExperimentSummary.h"
#include "ui/monitoring/SummaryPanel.h"

#include <QList>

class QLabel;

namespace steward {

// A/B experiments, a row per variant: sample size, the value with its confidence interval drawn
// on the experiment's scale (the control's value dashed across), the p-value against the
// experiment's significance level, lift, and which variant won; below, how that was decided.
class ExperimentsPanel : public SummaryPanel
{
    Q_OBJECT

public:
    explicit ExperimentsPanel(QWidget* parent = nullptr);

    void load(Database& database, const MonitoringFilter& filter) override;
    void clear() override;

    const QList<ExperimentRow>& experiments() const { return m_experiments; }
    // The experiment a table row belongs to.
    int experimentAt(int row) const { return m_rowExperiment.value(row, -1); }
    QString decisionText() const;

private:
    void show(const QList<ExperimentRow>& experiments);
    void addExperiment(int index);
    void showDecision();

    QLabel* m_decision;
    QList<ExperimentRow> m_experiments;
    QList<int> m_rowExperiment;
};

} // namespace steward
