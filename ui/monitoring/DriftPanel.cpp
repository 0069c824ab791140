#include "DriftPanel.h"

#include "models/charts/DriftSeries.h"
#include "models/db/Database.h"
#include "models/profiles/Profile.h"
#include "ui/monitoring/MonitoringCells.h"
#include "ui/monitoring/MonitoringDelegates.h"
#include "ui/monitoring/SummaryLoader.h"
#include "ui/registry/ChartPanel.h"
#include "ui/render/charts/MonitoringCharts.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableWidget>

namespace steward {

namespace {
enum Column { Status, Client, Model, Version, Type, Feature, Score, SystemStatus, At };

QString modelOf(const DriftRecord& record)
{
    return record.modelName.isEmpty() ? record.scope : record.modelName;
}
} // namespace

DriftPanel::DriftPanel(QWidget* parent) : SummaryPanel(parent), m_chartLoader(new SummaryLoader(this))
{
    setObjectName(QStringLiteral("driftPanel"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    QTableWidget* rows = makeTable({tr("Status"), scopeHeader(), tr("Model"), tr("Version"), tr("Type"), tr("Feature"),
                                    tr("Score / threshold"), tr("System says"), tr("Measured")});
    rows->setItemDelegateForColumn(Score, new ScoreBarDelegate(rows));
    splitter->addWidget(rows);
    m_chart = new ChartPanel(splitter);
    m_chart->setObjectName(QStringLiteral("driftChart"));
    splitter->addWidget(m_chart);
    splitter->setSizes({400, 500});
    setContent(splitter);
    connect(rows, &QTableWidget::currentCellChanged, this, &DriftPanel::drawSelected);
}

bool DriftPanel::isChartLoading() const
{
    return m_chartLoader->isLoading();
}

void DriftPanel::load(Database& database, const MonitoringFilter& filter)
{
    m_database = &database;
    m_filter = filter;
    m_charted.clear();
    const QString unavailable =
        DriftSummary::available(database)
            ? QString()
            : tr("Drift is not available for this database: the %1 profile records no drift scores.")
                  .arg(database.profile().title);
    read<DriftRecord>(
        database, unavailable, [filter](Database& db) { return DriftSummary::load(db, filter); },
        tr("No drift records in this period."), [this](const QList<DriftRecord>& rows) { show(rows); });
}

void DriftPanel::clear()
{
    SummaryPanel::clear();
    m_chartLoader->cancel();
    m_records.clear();
    m_charted.clear();
    m_chart->clear();
}

void DriftPanel::show(const QList<DriftRecord>& loaded)
{
    m_records = loaded;
    QTableWidget* rows = table();
    const QSignalBlocker blocker(rows);
    rows->setRowCount(static_cast<int>(m_records.size()));
    bool named = false;
    for (int r = 0; r < m_records.size(); ++r) {
        const DriftRecord& record = m_records.at(r);
        using namespace MonitoringCells;
        named = named || (!record.modelName.isEmpty() && !record.scope.isEmpty());
        rows->setItem(r, Status, driftStatus(record.status, record.current));
        rows->setItem(r, Client, text(record.scope));
        rows->setItem(r, Model, text(modelOf(record)));
        rows->setItem(r, Version, text(record.modelVersion));
        rows->setItem(r, Type, text(record.type));
        rows->setItem(r, Feature, text(record.feature.isEmpty() ? tr("(whole model)") : record.feature));
        const QString threshold = record.threshold ? number(*record.threshold) : QStringLiteral("—");
        auto* score = figure(record.score, tr("%1 / %2").arg(number(record.score), threshold));
        if (record.threshold) {
            score->setData(MonitoringRoles::Score, QVariantMap{{QStringLiteral("score"), record.score},
                                                               {QStringLiteral("threshold"), *record.threshold},
                                                               {QStringLiteral("colour"), driftColor(record.status)}});
        }
        score->setToolTip(record.thresholdAssumed
                              ? tr("The system stores no threshold; %1 is assumed.").arg(threshold)
                              : tr("Score %1 against the system's threshold %2.").arg(number(record.score), threshold));
        rows->setItem(r, Score, score);
        rows->setItem(r, SystemStatus, text(record.systemStatus, tr("Read from %1").arg(record.source)));
        rows->setItem(r, At, text(time(record.at)));
    }
    rows->setColumnHidden(Client, !named);
    rows->resizeColumnsToContents();
    rows->setColumnWidth(Score, qMax(rows->columnWidth(Score) + 90, 170));
    showContent();
    rows->setCurrentCell(0, 0);
    drawSelected();
}

void DriftPanel::drawSelected()
{
    const int r = table()->currentRow();
    if (!m_database || r < 0 || r >= m_records.size())
        return;
    const DriftRecord& record = m_records.at(r);
    // One model's lines at a time; moving within the same model redraws nothing.
    const QString model = modelOf(record) + QChar(0x1f) + record.scope;
    if (model == m_charted)
        return;
    m_charted = model;
    MonitoringFilter filter = m_filter;
    filter.model = ModelFilter{modelOf(record), QString()};
    if (!record.modelName.isEmpty())
        filter.scope = record.scope;
    filter.status.clear();
    filter.limit = 0;
    m_chart->showMessage(tr("Loading…"));
    m_chartLoader->start<DriftSeriesData>(
        *m_database, [filter](Database& db) { return DriftSeries::load(db, filter); },
        [this](const Result<DriftSeriesData>& data) {
            if (!data)
                m_chart->showMessage(data.failure().message());
            else
                m_chart->setFigure(MonitoringCharts::drift(*data));
        });
}

} // namespace steward
