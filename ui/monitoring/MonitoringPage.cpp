#include "MonitoringPage.h"

#include "models/core/Clock.h"
#include "ui/monitoring/DeploymentsPanel.h"
#include "ui/monitoring/DriftPanel.h"
#include "ui/monitoring/ExperimentsPanel.h"
#include "ui/monitoring/FeedbackPanel.h"
#include "ui/monitoring/PerformancePanel.h"
#include "ui/monitoring/PredictionsPanel.h"
#include "ui/shell/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace steward {

MonitoringPage::MonitoringPage(Session* session, QWidget* parent) : Page(View::Monitoring, session, parent)
{
    setObjectName(QStringLiteral("monitoringPage"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), content));
    m_period = new QComboBox(content);
    m_period->setObjectName(QStringLiteral("monitoringPeriod"));
    m_period->addItem(tr("Everything recorded"), 0);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->setToolTip(tr("The period trends, drift and predictions are read over, up to now"));
    bar->addWidget(m_period);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("monitoringTabs"));
    m_tabs->setDocumentMode(true);
    m_performance = new PerformancePanel(m_tabs);
    m_drift = new DriftPanel(m_tabs);
    m_predictions = new PredictionsPanel(m_tabs);
    m_experiments = new ExperimentsPanel(m_tabs);
    m_feedback = new FeedbackPanel(session, m_tabs);
    m_deployments = new DeploymentsPanel(session, m_tabs);
    m_tabs->addTab(m_performance, tr("Performance"));
    m_tabs->addTab(m_drift, tr("Drift"));
    m_tabs->addTab(m_predictions, tr("Predictions"));
    m_tabs->addTab(m_experiments, tr("Experiments"));
    m_tabs->addTab(m_feedback, tr("Feedback"));
    m_tabs->addTab(m_deployments, tr("Deployments"));
    layout->addWidget(m_tabs, 1);
    setContent(content);
    connect(m_period, &QComboBox::currentIndexChanged, this, &MonitoringPage::refresh);
}

QList<SummaryPanel*> MonitoringPage::panels() const
{
    return {m_performance, m_drift, m_predictions, m_experiments, m_feedback, m_deployments};
}

bool MonitoringPage::isLoading() const
{
    for (SummaryPanel* panel : panels()) {
        if (panel->isLoading())
            return true;
    }
    return m_performance->isChartLoading() || m_drift->isChartLoading();
}

void MonitoringPage::load()
{
    Database* database = session()->database();
    if (!database)
        return;
    MonitoringFilter filter;
    if (const int days = m_period->currentData().toInt(); days > 0)
        filter.since = Clock::nowUtc().addDays(-days);
    filter.limit = 0;
    for (SummaryPanel* panel : panels())
        panel->load(*database, filter);
}

void MonitoringPage::refresh()
{
    if (session()->isOpen() && session()->missingFor(view()).isEmpty())
        load();
}

void MonitoringPage::unload()
{
    for (SummaryPanel* panel : panels())
        panel->clear();
}

} // namespace steward
