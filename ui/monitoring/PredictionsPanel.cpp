#include "PredictionsPanel.h"

#include "models/db/Database.h"
#include "models/profiles/Profile.h"
#include "ui/monitoring/MonitoringCells.h"
#include "ui/monitoring/MonitoringDelegates.h"
#include "ui/monitoring/SummaryLoader.h"

#include <QLocale>
#include <QTableWidget>

namespace steward {

namespace {
enum Column {
    Client,
    Model,
    Version,
    Predictions,
    From,
    To,
    MeanConfidence,
    Confidence,
    Accuracy,
    Latency,
    LatencyMax
};
}

PredictionsPanel::PredictionsPanel(QWidget* parent) : SummaryPanel(parent)
{
    setObjectName(QStringLiteral("predictionsPanel"));
    QTableWidget* rows = makeTable({scopeHeader(), tr("Model"), tr("Version"), tr("Predictions"), tr("From"), tr("To"),
                                    tr("Mean confidence"), tr("Confidence distribution"), tr("Accuracy"),
                                    tr("Mean latency"), tr("Max latency")});
    rows->setItemDelegateForColumn(Confidence, new BarsDelegate(rows));
    setContent(rows);
}

void PredictionsPanel::load(Database& database, const MonitoringFilter& filter)
{
    const QString unavailable =
        PredictionSummary::available(database)
            ? QString()
            : tr("Predictions are not available for this database: the %1 profile has no prediction log.")
                  .arg(database.profile().title);
    read<PredictionRow>(
        database, unavailable, [filter](Database& db) { return PredictionSummary::load(db, filter); },
        tr("No predictions in this period."), [this](const QList<PredictionRow>& rows) { show(rows); });
}

void PredictionsPanel::clear()
{
    SummaryPanel::clear();
    m_rows.clear();
}

void PredictionsPanel::show(const QList<PredictionRow>& loaded)
{
    m_rows = loaded;
    QTableWidget* rows = table();
    rows->setRowCount(static_cast<int>(m_rows.size()));
    const QStringList buckets = PredictionSummary::bucketNames();
    bool named = false;
    for (int r = 0; r < m_rows.size(); ++r) {
        const PredictionRow& row = m_rows.at(r);
        using namespace MonitoringCells;
        named = named || (!row.modelName.isEmpty() && !row.scope.isEmpty());
        rows->setItem(r, Client, text(row.scope));
        rows->setItem(r, Model, text(row.modelName.isEmpty() ? row.scope : row.modelName));
        rows->setItem(r, Version, text(row.modelVersion));
        rows->setItem(r, Predictions, count(row.predictions));
        rows->setItem(r, From, text(time(row.firstAt)));
        rows->setItem(r, To, text(time(row.lastAt)));
        rows->setItem(r, MeanConfidence, figure(row.confidenceMean));
        QVariantList bars;
        QStringList lines;
        for (int b = 0; b < row.confidenceBuckets.size(); ++b) {
            bars << row.confidenceBuckets.at(b);
            lines << tr("%1: %2").arg(buckets.value(b), QLocale().toString(row.confidenceBuckets.at(b)));
        }
        auto* distribution =
            text(QString(),
                 tr("Confidence of %1 predictions\n%2").arg(QLocale().toString(row.withConfidence), lines.join(u'\n')));
        distribution->setData(MonitoringRoles::Bars, bars);
        rows->setItem(r, Confidence, distribution);
        auto* accuracy = figure(row.accuracy, percent(row.accuracy));
        if (row.accuracy)
            accuracy->setToolTip(tr("%1 of %2 predictions whose outcome is known were right")
                                     .arg(QLocale().toString(row.correct), QLocale().toString(row.withGroundTruth)));
        rows->setItem(r, Accuracy, accuracy);
        rows->setItem(
            r, Latency,
            figure(row.latencyMeanMs, row.latencyMeanMs ? tr("%1 ms").arg(number(*row.latencyMeanMs)) : QString()));
        rows->setItem(
            r, LatencyMax,
            figure(row.latencyMaxMs, row.latencyMaxMs ? tr("%1 ms").arg(number(*row.latencyMaxMs)) : QString()));
    }
    rows->setColumnHidden(Client, !named);
    rows->resizeColumnsToContents();
    showContent();
}

} // namespace steward
