#pragma once

#include "models/monitoring/PredictionSummary.h"
#include "ui/monitoring/SummaryPanel.h"

#include <QList>

namespace steward {

// Each model version's prediction log as the database summarises it: volume, the confidence
// distribution drawn as bars, accuracy where correctness is known, latency where it is logged.
class PredictionsPanel : public SummaryPanel
{
    Q_OBJECT

public:
    explicit PredictionsPanel(QWidget* parent = nullptr);

    void load(Database& database, const MonitoringFilter& filter) override;
    void clear() override;

    const QList<PredictionRow>& rows() const { return m_rows; }

private:
    void show(const QList<PredictionRow>& rows);

    QList<PredictionRow> m_rows;
};

} // namespace steward
