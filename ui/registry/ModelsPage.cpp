#include "ModelsPage.h"

#include "models/charts/MetricHistory.h"
#include "models/db/Database.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/jobs/JobRunner.h"
#include "models/profiles/Profile.h"
#include "models/profiles/ScopeWords.h"
#include "models/registry/JobListQuery.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/RegistryImport.h"
#include "models/registry/VersionComparisonModel.h"
#include "models/registry/VersionListQuery.h"
#include "models/values/TimeText.h"
#include "models/workflow/RollbackRequests.h"
#include "models/workflow/Workflow.h"
#include "ui/registry/ChartPanel.h"
#include "ui/registry/DecliningTrendNote.h"
#include "ui/registry/VersionListProxy.h"
#include "ui/render/ThemeColors.h"
#include "ui/render/charts/RegistryCharts.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/widgets/MessageBar.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

namespace steward {

ModelsPage::ModelsPage(Session* session, QWidget* parent)
    : RegistryPage(View::Models, session, parent), m_importJobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("modelsPage"));
    m_versions = new PagedTableModel(this);
    m_proxy = new VersionListProxy(this);
    m_proxy->setSourceModel(m_versions);
    m_jobs = new PagedTableModel(this);
    m_comparison = new VersionComparisonModel(this);
    buildLayout();
    connect(session, &Session::itemsChanged, this, [this](const QString& kind) {
        if (registry() && (kind == QLatin1String("rollback_request") || kind == QLatin1String("model_version") ||
                           kind == QLatin1String("active_version")))
            refresh();
    });
}

ModelsPage::~ModelsPage()
{
    Settings::setValue(Settings::Key::ModelsSplitter, m_splitter->saveState());
}

QList<QPair<QString, QString>> ModelsPage::shortcuts() const
{
    return {{QStringLiteral("Ctrl+F"), tr("Find a version")},
            {QStringLiteral("Ctrl+D"), tr("Compare the selected versions")},
            {QStringLiteral("Ctrl+Shift+R"), tr("Roll back to the selected version…")},
            {QStringLiteral("Ctrl+I"), tr("Import a model folder…")}};
}

void ModelsPage::loadRegistry()
{
    m_versions->setDatabase(session()->database());
    m_jobs->setDatabase(session()->database());
    m_clientLabel->setText(ScopeWords::label(session()->database()->profile()));
    auto clients = registry()->clients();
    const QString remembered = m_client->currentText().isEmpty()
                                   ? Settings::value(Settings::Key::ModelsClient).toString()
                                   : m_client->currentText();
    {
        const QSignalBlocker blocker(m_client);
        m_client->clear();
        if (clients)
            m_client->addItems(*clients);
        const int index = m_client->findText(remembered);
        m_client->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (!clients)
        m_messages->showMessage(MessageBar::Kind::Error, clients.failure().message());
    clientChanged();
}

void ModelsPage::unloadRegistry()
{
    m_versions->setDatabase(nullptr);
    m_jobs->setDatabase(nullptr);
    m_comparison->setComparison({});
    m_history->clear();
    m_detail->clear();
    m_historyCache.reset();
    m_forecastVersions.reset();
}

QString ModelsPage::currentClient() const
{
    return m_client->currentText();
}

QString ModelsPage::currentVersion() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->versionAt(current.row()) : QString();
}

QStringList ModelsPage::selectedVersions() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList versions;
    for (int row : rows)
        versions << m_proxy->versionAt(row);
    return versions;
}

void ModelsPage::clientChanged()
{
    if (!registry())
        return;
    const QString client = currentClient();
    Settings::setValue(Settings::Key::ModelsClient, client);
    m_historyCache.reset();
    m_forecastVersions.reset();
    auto keys = registry()->metricKeys(client);
    m_metricKeys = keys ? *keys : QStringList();
    {
        const QSignalBlocker blocker(m_metric);
        const QString remembered = m_metric->currentText().isEmpty()
                                       ? Settings::value(Settings::Key::ModelsMetric).toString()
                                       : m_metric->currentText();
        m_metric->clear();
        m_metric->addItems(m_metricKeys);
        const int index = m_metric->findText(remembered);
        m_metric->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_proxy->setKeyMetric(m_metric->currentText());
    if (registry()->hasTable(QStringLiteral("training_jobs"))) {
        if (Outcome set = m_jobs->setQuery(JobListQuery::build(*registry(), client)); !set)
            m_messages->showMessage(MessageBar::Kind::Error, set.message());
        const QFontMetrics metrics = m_jobTable->fontMetrics();
        const QStringList samples{QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("completed"),
                                  QStringLiteral("20260306_143022"), QStringLiteral("30 Sep 2026 23:59:59"),
                                  QStringLiteral("30 Sep 2026 23:59:59")};
        for (int c = 0; c < samples.size(); ++c)
            m_jobTable->setColumnWidth(c, metrics.horizontalAdvance(samples.at(c)) + 24);
    } else
        m_jobs->clear();
    m_tabs->setTabEnabled(m_tabs->indexOf(m_jobTable), registry()->hasTable(QStringLiteral("training_jobs")));
    m_comparison->setComparison({});
    reloadVersions();
}

void ModelsPage::reloadVersions()
{
    if (!registry())
        return;
    const QString keep = currentVersion().isEmpty() ? m_lastVersion : currentVersion();
    PagedQuery query = VersionListQuery::build(*registry(), currentClient(), m_metricKeys);
    VersionListQuery::withPrevious(query, *registry());
    const QHeaderView* header = m_table->horizontalHeader();
    if (header->sortIndicatorSection() >= 0 && header->sortIndicatorSection() < query.columns.size())
        VersionListQuery::sortBy(query, query.columns.at(header->sortIndicatorSection()).name,
                                 header->sortIndicatorOrder() == Qt::DescendingOrder);
    const QString filter = m_filter->text().trimmed();
    if (!filter.isEmpty()) {
        query.where += QStringLiteral(" AND ") + registry()->database().dialect().containsMatch(
                                                     QStringLiteral("m.model_version"), QStringLiteral("?"));
        query.binds << SqlDialect::likePattern(filter);
    }
    m_shownState.clear();
    if (Outcome set = m_versions->setQuery(query); !set)
        m_messages->showMessage(MessageBar::Kind::Error, tr("Could not read the versions: %1").arg(set.message()));
    updateActiveBanner();
    // Widths from the header and a typical value, never from reading every row.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QStringList metricColumns = VersionListQuery::metricColumns(query);
    for (int c = 0; c < query.columns.size(); ++c) {
        const QString name = query.columns.at(c).name;
        const QString sample = c == 0 ? tr("%1  ● active").arg(QStringLiteral("20260306_143022"))
                               : name == VersionListQuery::kPreviousMetrics
                                   ? tr("worse: %1").arg(QStringLiteral("wmape, mape, mae")) + QStringLiteral("MM")
                               : query.columns.at(c).type == LogicalType::Timestamp
                                   ? QStringLiteral("30 Sep 2026 23:59:59")
                               : metricColumns.contains(query.columns.at(c).name) ? QStringLiteral("-0.0000")
                                                                                  : QStringLiteral("completed");
        const QString header = m_proxy->headerData(c, Qt::Horizontal).toString();
        m_table->setColumnWidth(c, qMax(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header)) + 24);
        // Read for the marker beside it; the version's name says nothing a person needs here.
        m_table->setColumnHidden(c, name == VersionListQuery::kPreviousVersion);
    }
    int row = -1;
    for (int r = 0; r < qMin(m_versions->rowCount(), 400) && row < 0; ++r) {
        if (m_proxy->versionAt(r) == keep)
            row = r;
    }
    if (m_versions->rowCount() > 0)
        selectRow(row >= 0 ? row : 0);
    else
        selectionChanged();
}

void ModelsPage::selectRow(int row)
{
    // Replaces the selection (QTableView::selectRow would extend it under ExtendedSelection).
    m_table->selectionModel()->setCurrentIndex(m_proxy->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ModelsPage::updateActiveBanner()
{
    auto actives = registry()->activeVersions(currentClient());
    if (!actives) {
        m_banner->setText(actives.failure().message());
        return;
    }
    QList<VersionListProxy::ActiveMark> marks;
    QStringList named;
    for (const ActiveVersion& active : std::as_const(*actives)) {
        VersionListProxy::ActiveMark mark{active.modelName, active.version, {}};
        if (!active.version.isEmpty()) {
            if (auto version = registry()->version(currentClient(), active.version); version)
                mark.metrics = version->metrics;
            named << QStringLiteral("<b>%1</b>").arg(active.version.toHtmlEscaped());
        }
        marks << mark;
    }
    const bool bySystem = registry()->marksActive();
    const ActiveVersion first = actives->value(0);
    m_proxy->setActive(marks, bySystem         ? VersionListProxy::ActiveSource::System
                              : first.recorded ? VersionListProxy::ActiveSource::Recorded
                                               : VersionListProxy::ActiveSource::Newest);
    const QString system = registry()->database().profile().title.toHtmlEscaped();
    QString text;
    if (bySystem && named.isEmpty())
        text = tr("%1 marks no version of %2 as active.").arg(system, currentClient().toHtmlEscaped());
    else if (bySystem)
        text = tr("Active, as %1 marks them: %2").arg(system, named.join(QStringLiteral(", ")));
    else if (named.isEmpty())
        text = tr("Client %1 has no model versions.").arg(currentClient().toHtmlEscaped());
    else if (first.recorded)
        text = tr("Active version: <b>%1</b> (set by %2 on %3)")
                   .arg(first.version.toHtmlEscaped(), first.setBy.toHtmlEscaped(), TimeText::minutesUtc(first.setAt));
    else
        text = tr("Active version: %1 — the newest; no version has been set, so the pipeline loads the newest.")
                   .arg(named.join(QStringLiteral(", ")));
    m_pendingRollbacks.clear();
    if (registry()->hasAppTable(QStringLiteral("rollback_requests"))) {
        if (auto pending = RollbackRequests::list(registry()->database(), stateName(RollbackRequestState::Requested));
            pending) {
            for (const RollbackRequest& r : *pending) {
                if (r.targetKind != RollbackRequests::kModelVersion || r.clientId != currentClient())
                    continue;
                m_pendingRollbacks << r.targetId;
                text += QStringLiteral(" · <span style='color:%1;'>%2</span>")
                            .arg(ThemeColors::css(ThemeColors::windowText(ThemeColors::caution())),
                                 tr("rollback to %1 requested by %2, awaiting a manager")
                                     .arg(r.targetId.toHtmlEscaped(), r.requestedBy.toHtmlEscaped()));
            }
        }
    }
    const DecliningTrendNote declining = DecliningTrendNote::of(registry()->database(), currentClient());
    m_banner->setText(text + declining.html);
    m_banner->setToolTip(declining.toolTip);
}

bool ModelsPage::selectVersion(const QString& clientId, const QString& version)
{
    if (!registry())
        return false;
    const int clientIndex = m_client->findText(clientId);
    if (clientIndex < 0)
        return false;
    auto row = VersionListQuery::rowInDefaultOrder(*registry(), clientId, version);
    if (!row || *row < 0)
        return false;
    if (m_client->currentIndex() != clientIndex)
        m_client->setCurrentIndex(clientIndex); // reloads the list
    const bool customised = !m_filter->text().isEmpty() || m_table->horizontalHeader()->sortIndicatorSection() >= 0;
    if (customised) {
        const QSignalBlocker filterBlocker(m_filter);
        m_filter->clear();
        const QSignalBlocker headerBlocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
        reloadVersions();
    }
    selectRow(*row);
    m_table->scrollTo(m_proxy->index(*row, 0), QAbstractItemView::PositionAtCenter);
    return currentVersion() == version;
}

bool ModelsPage::showItem(const QString& itemKind, const QString& itemId)
{
    if (itemKind != QLatin1String("model_version"))
        return false;
    // "client:version"; try each colon, since either part could in principle hold one.
    for (qsizetype colon = itemId.indexOf(QLatin1Char(':')); colon > 0;
         colon = itemId.indexOf(QLatin1Char(':'), colon + 1)) {
        if (selectVersion(itemId.left(colon), itemId.mid(colon + 1))) {
            m_tabs->setCurrentWidget(m_detail);
            return true;
        }
    }
    return false;
}

void ModelsPage::sortChanged(int section, Qt::SortOrder order)
{
    Q_UNUSED(section)
    Q_UNUSED(order)
    reloadVersions();
}

void ModelsPage::selectionChanged()
{
    // Selection and current row often change together; show each state once.
    const QString state = currentClient() + QLatin1Char('|') + currentVersion() + QLatin1Char('|') +
                          selectedVersions().join(QLatin1Char(','));
    if (state == m_shownState && !state.endsWith(QLatin1Char('|')))
        return;
    m_shownState = state;
    m_lastVersion = currentVersion();
    showDetail();
    showHistory();
    updateActions();
    if (selectedVersions().size() >= 2)
        compareSelected();
}

void ModelsPage::setMetric(const QString& metric)
{
    const int index = m_metric->findText(metric);
    if (index >= 0)
        m_metric->setCurrentIndex(index);
}

void ModelsPage::showHistory()
{
    // Read only when seen: a client's history can be tens of thousands of versions.
    if (m_tabs->currentWidget() != m_history)
        return;
    if (!registry() || m_metric->currentText().isEmpty()) {
        m_history->showMessage(tr("The versions of this client have no numeric metrics to chart."));
        return;
    }
    const QString metric = m_metric->currentText();
    Settings::setValue(Settings::Key::ModelsMetric, metric);
    if (!m_historyCache || m_historyCache->metric != metric || m_historyCache->clientId != currentClient()) {
        auto data = MetricHistory::load(*registry(), currentClient(), metric);
        if (!data) {
            m_historyCache.reset();
            m_history->showMessage(data.failure().message());
            return;
        }
        m_historyCache = std::make_unique<MetricHistoryData>(data.take());
    }
    RegistryCharts::HistoryOptions options;
    options.highlightVersion = currentVersion();
    m_history->setFigure(RegistryCharts::metricHistory(*m_historyCache, options));
}

void ModelsPage::compareSelected()
{
    const QStringList versions = selectedVersions();
    if (!registry() || versions.size() < 2) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("Select two or more versions (Ctrl+click or Shift+click) to compare them."));
        return;
    }
    QList<ModelVersion> loaded;
    for (const QString& version : versions) {
        auto found = registry()->version(currentClient(), version);
        if (!found) {
            m_messages->showMessage(MessageBar::Kind::Error, found.failure().message());
            return;
        }
        loaded << *found;
    }
    // Oldest first: deltas then read as "what changed since".
    std::sort(loaded.begin(), loaded.end(),
              [](const ModelVersion& a, const ModelVersion& b) { return a.trainedAt < b.trainedAt; });
    m_comparison->setComparison(VersionComparison::build(loaded));
    m_comparisonTable->resizeColumnsToContents();
    m_tabs->setCurrentWidget(m_comparisonTable);
}

const PagedTableModel* ModelsPage::exportableRows() const
{
    return exportableOrNull(m_versions);
}

} // namespace steward
