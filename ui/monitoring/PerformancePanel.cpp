#include "PerformancePanel.h"

#include "models/charts/PerformanceSeries.h"
#include "models/db/Database.h"
#include "models/profiles/Profile.h"
#include "ui/monitoring/MonitoringCells.h"
#include "ui/monitoring/SummaryLoader.h"
#include "ui/registry/ChartPanel.h"
#include "ui/render/charts/MonitoringCharts.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableWidget>

namespace steward {

namespace {
enum Column {
    Client,
    Model,
    Version,
    Metric,
    TrendColumn,
    Points,
    First,
    Last,
    Baseline,
    Previous,
    PreviousLast,
    PreviousTrend
};

QString modelOf(const PerformanceRow& row)
{
    return row.modelName.isEmpty() ? row.scope : row.modelName;
}
} // namespace

PerformancePanel::PerformancePanel(QWidget* parent) : SummaryPanel(parent), m_chartLoader(new SummaryLoader(this))
{
    setObjectName(QStringLiteral("performancePanel"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    QTableWidget* rows =
        makeTable({scopeHeader(), tr("Model"), tr("Version"), tr("Metric"), tr("Trend"), tr("Points"), tr("First"),
                   tr("Last"), tr("Baseline"), tr("Previous version"), tr("Previous last"), tr("Previous trend")});
    rows->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    splitter->addWidget(rows);
    m_chart = new ChartPanel(splitter);
    m_chart->setObjectName(QStringLiteral("performanceChart"));
    splitter->addWidget(m_chart);
    splitter->setSizes({400, 500});
    setContent(splitter);
    connect(rows, &QTableWidget::currentCellChanged, this, &PerformancePanel::drawSelected);
}

PerformancePanel::~PerformancePanel() = default;

bool PerformancePanel::isChartLoading() const
{
    return m_chartLoader->isLoading();
}

void PerformancePanel::load(Database& database, const MonitoringFilter& filter)
{
    m_database = &database;
    m_filter = filter;
    const QString unavailable =
        PerformanceSummary::available(database)
            ? QString()
            : tr("Performance is not available for this database: the %1 profile records no performance "
                 "figures (the pipeline's are its forecasts against forecast_actuals).")
                  .arg(database.profile().title);
    read<PerformanceRow>(
        database, unavailable, [filter](Database& db) { return PerformanceSummary::load(db, filter); },
        tr("No performance figures in this period."), [this](const QList<PerformanceRow>& rows) { show(rows); });
}

void PerformancePanel::clear()
{
    SummaryPanel::clear();
    m_chartLoader->cancel();
    m_rows.clear();
    m_chart->clear();
}

void PerformancePanel::show(const QList<PerformanceRow>& loaded)
{
    m_rows = loaded;
    QTableWidget* rows = table();
    const QSignalBlocker blocker(rows);
    rows->setRowCount(static_cast<int>(m_rows.size()));
    bool named = false;
    for (int r = 0; r < m_rows.size(); ++r) {
        const PerformanceRow& row = m_rows.at(r);
        using namespace MonitoringCells;
        named = named || (!row.modelName.isEmpty() && !row.scope.isEmpty());
        rows->setItem(r, Client, text(row.scope));
        rows->setItem(r, Model, text(modelOf(row)));
        rows->setItem(r, Version,
                      text(row.active ? tr("%1  ● active").arg(row.modelVersion) : row.modelVersion,
                           row.active ? tr("The version in use") : QString()));
        rows->item(r, Version)->setData(Qt::UserRole, row.modelVersion);
        rows->setItem(
            r, Metric,
            text(row.metric, row.sense == MetricSense::LowerIsBetter ? tr("Lower is better") : tr("Higher is better")));
        rows->setItem(r, TrendColumn,
                      trend(row.trend.kind, row.trend.change,
                            tr("The fitted line changes by %1 (%2 of the mean) from %3 to %4; within 2% is stable.")
                                .arg(number(row.trend.change), percent(row.trend.relativeChange), time(row.firstAt),
                                     time(row.lastAt))));
        rows->setItem(r, Points, count(row.points));
        rows->setItem(r, First, figure(row.first));
        rows->setItem(r, Last, figure(row.last));
        if (row.threshold && !row.baseline)
            rows->setItem(r, Baseline, figure(row.threshold, tr("threshold %1").arg(number(*row.threshold))));
        else
            rows->setItem(r, Baseline, figure(row.baseline));
        rows->setItem(r, Previous, text(row.previousVersion.isEmpty() ? QStringLiteral("—") : row.previousVersion));
        rows->setItem(r, PreviousLast, figure(row.previousLast));
        // Only the word is kept for the version before: its arrow follows from the metric's sense.
        const bool rising = (row.previousTrend == TrendKind::Improving) == (row.sense == MetricSense::HigherIsBetter);
        rows->setItem(r, PreviousTrend,
                      row.previousVersion.isEmpty() ? text(QString()) : trend(row.previousTrend, rising ? 1 : -1));
    }
    // The pipeline's versions have no name: the client is the model, shown once.
    rows->setColumnHidden(Client, !named);
    rows->resizeColumnsToContents();
    showContent();
    rows->setCurrentCell(0, 0);
    drawSelected();
}

void PerformancePanel::drawSelected()
{
    const int r = table()->currentRow();
    if (!m_database || r < 0 || r >= m_rows.size())
        return;
    const PerformanceRow& row = m_rows.at(r);
    MonitoringFilter filter = m_filter;
    filter.model = ModelFilter{modelOf(row), QString()};
    filter.metric = row.metric;
    if (!row.modelName.isEmpty())
        filter.scope = row.scope;
    m_chart->showMessage(tr("Loading…"));
    m_chartLoader->start<PerformanceSeriesData>(
        *m_database,
        // The lines are named from the summary shown, which the chart would otherwise read again.
        [filter, summary = m_rows](Database& db) { return PerformanceSeries::load(db, filter, summary); },
        [this](const Result<PerformanceSeriesData>& data) {
            if (!data)
                m_chart->showMessage(data.failure().message());
            else
                m_chart->setFigure(MonitoringCharts::performance(*data));
        });
}

} // namespace steward
