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
#include <tuple>

namespace steward {

ModelsPage::ModelsPage(Session* session, QWidget* parent)
    : RegistryPage(View::Models, session, parent), m_listJobs(new JobRunner(this)), m_detailJobs(new JobRunner(this)),
      m_historyJobs(new JobRunner(this)), m_importJobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("modelsPage"));
    // A client can have tens of thousands of versions: they are read a window at a time, off the
    // window's thread, and sorted and filtered by the database.
    m_versions = new PagedTableModel(this);
    m_versions->setReadInJobs(true);
    m_versions->setDeferLongCounts(true);
    connect(m_versions, &PagedTableModel::queryLoaded, this, &ModelsPage::rowsLoaded);
    connect(m_versions, &QAbstractItemModel::dataChanged, this, &ModelsPage::rowsArrived);
    connect(m_versions, &PagedTableModel::fetchFailed, this, [this](const QString& message) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Could not read the versions: %1").arg(message));
    });
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
    // Once per database: setting it drops the list's job connections.
    m_versions->setDatabase(session()->database());
    m_jobs->setDatabase(session()->database());
    m_jobsClient.clear();
    m_clientLabel->setText(ScopeWords::label(session()->database()->profile()));
    const QString remembered = m_client->currentText().isEmpty()
                                   ? Settings::value(Settings::Key::ModelsClient).toString()
                                   : m_client->currentText();
    readVersions(remembered, true);
}

void ModelsPage::unloadRegistry()
{
    m_readingVersions = false;
    for (JobRunner* jobs : {m_listJobs, m_detailJobs, m_historyJobs}) {
        jobs->abandon();
        jobs->release(); // their connections were to the database that closed
    }
    m_versions->setDatabase(nullptr);
    m_jobs->setDatabase(nullptr);
    m_comparison->setComparison({});
    m_history->clear();
    setDetail(QString());
    m_historyCache.reset();
    m_forecastVersions.reset();
}

bool ModelsPage::isLoading() const
{
    return m_listJobs->isRunning() || m_detailJobs->isRunning() || !m_detailRest.isEmpty() ||
           m_historyJobs->isRunning() || m_versions->isLoading() || m_versions->isReadingPages();
}

QString ModelsPage::currentClient() const
{
    return m_client->currentText();
}

QString ModelsPage::currentVersion() const
{
    // Empty while the current row's page is on its way (selectionChanged follows its arrival).
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->loadedVersionAt(current.row()).value_or(QString()) : QString();
}

QStringList ModelsPage::selectedVersions() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList versions;
    for (int row : rows) {
        if (const auto version = m_proxy->loadedVersionAt(row))
            versions << *version;
    }
    return versions;
}

void ModelsPage::clientChanged()
{
    if (!registry())
        return;
    Settings::setValue(Settings::Key::ModelsClient, currentClient());
    m_wantedVersion.clear();
    m_wantedRow = -1;
    readVersions(currentClient(), false);
}

void ModelsPage::readVersions(const QString& client, bool listClients)
{
    m_readingClient = client;
    m_readingVersions = true;
    m_historyCache.reset();
    m_forecastVersions.reset();
    m_historyJobs->abandon();
    m_detailJobs->abandon();
    m_comparison->setComparison({});
    // The previous client's rows go at once: nothing on screen belongs to another client.
    m_versions->clear();
    m_shownState.clear();
    m_banner->setText(client.isEmpty() ? tr("Reading the model versions…")
                                       : tr("Reading the versions of %1…").arg(client.toHtmlEscaped()));
    m_banner->setToolTip(QString());
    selectionChanged();
    readRegistry<ClientVersions>(
        m_listJobs,
        [client, listClients](const ModelRegistry& registry, JobControl& control) {
            return ClientVersionsRead::load(registry, client, listClients, [&control] { return control.cancelled(); });
        },
        [this, listClients](const Result<ClientVersions>& data) {
            m_readingVersions = false;
            versionsRead(data, listClients);
            if (data)
                readEveryMetric(data->clientId);
        });
}

void ModelsPage::readEveryMetric(const QString& client)
{
    readRegistry<ClientVersions>(
        m_listJobs, // after the versions' first read, on its connection
        [client](const ModelRegistry& registry, JobControl&) {
            return ClientVersionsRead::everyMetric(registry, client);
        },
        [this, client](const Result<ClientVersions>& every) {
            // A metric that only versions older than the newest have: the list gains its column.
            if (every && every->metricKeys != m_metricKeys && currentClient() == client) {
                m_metricKeys = every->metricKeys;
                fillMetricChoice();
                m_listQuery = every->query;
                reloadVersions();
                setColumnWidths();
            }
            readDecliningNote(client);
        });
}

void ModelsPage::readDecliningNote(const QString& client)
{
    readRegistry<QList<PerformanceRow>>(
        m_listJobs, // after the versions, on their connection; another client's supersedes it
        [client](const ModelRegistry& registry, JobControl&) {
            return ClientVersionsRead::declining(registry.database(), client);
        },
        [this](const Result<QList<PerformanceRow>>& declining) {
            const DecliningTrendNote note = DecliningTrendNote::of(declining ? *declining : QList<PerformanceRow>());
            m_banner->setText(m_bannerText + note.html);
            m_banner->setToolTip(note.toolTip);
        });
}

void ModelsPage::versionsRead(const Result<ClientVersions>& data, bool listClients)
{
    if (!registry())
        return;
    if (!data) {
        m_banner->clear();
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("Could not read the versions: %1").arg(data.failure().message()));
        return;
    }
    if (listClients) {
        const QSignalBlocker blocker(m_client);
        m_client->clear();
        m_client->addItems(data->clients);
        m_client->setCurrentIndex(qMax(0, m_client->findText(data->clientId)));
    }
    m_metricKeys = data->metricKeys;
    fillMetricChoice();
    const bool hasJobs = registry()->hasTable(QStringLiteral("training_jobs"));
    m_tabs->setTabEnabled(m_tabs->indexOf(m_jobTable), hasJobs);
    m_jobsClient.clear();
    showJobs();
    m_pendingRequests = data->pendingRollbacks;
    m_listQuery = data->query;
    updateActiveBanner(*data);
    reloadVersions();
    setColumnWidths();
}

void ModelsPage::fillMetricChoice()
{
    const QSignalBlocker blocker(m_metric);
    const QString remembered = m_metric->currentText().isEmpty()
                                   ? Settings::value(Settings::Key::ModelsMetric).toString()
                                   : m_metric->currentText();
    m_metric->clear();
    m_metric->addItems(m_metricKeys);
    const int index = m_metric->findText(remembered);
    m_metric->setCurrentIndex(index >= 0 ? index : 0);
    m_proxy->setKeyMetric(m_metric->currentText());
}

void ModelsPage::showJobs()
{
    // Read only when seen, as the chart is.
    if (!registry() || m_tabs->currentWidget() != m_jobTable || m_jobsClient == currentClient())
        return;
    m_jobsClient = currentClient();
    if (!registry()->hasTable(QStringLiteral("training_jobs"))) {
        m_jobs->clear();
        return;
    }
    if (Outcome set = m_jobs->setQuery(JobListQuery::build(*registry(), currentClient())); !set)
        m_messages->showMessage(MessageBar::Kind::Error, set.message());
    const QFontMetrics metrics = m_jobTable->fontMetrics();
    const QStringList samples{QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("completed"),
                              QStringLiteral("20260306_143022"), QStringLiteral("30 Sep 2026 23:59:59"),
                              QStringLiteral("30 Sep 2026 23:59:59")};
    for (int c = 0; c < samples.size(); ++c)
        m_jobTable->setColumnWidth(c, metrics.horizontalAdvance(samples.at(c)) + 24);
}

void ModelsPage::setColumnWidths()
{
    // Widths from the header and a typical value, never from reading every row.
    const PagedQuery& query = m_listQuery;
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
}

void ModelsPage::reloadVersions()
{
    if (!registry() || m_listQuery.columns.isEmpty())
        return;
    m_keepVersion = !m_wantedVersion.isEmpty()   ? m_wantedVersion
                    : currentVersion().isEmpty() ? m_lastVersion
                                                 : currentVersion();
    m_keepRow = m_wantedRow;
    m_wantedVersion.clear();
    m_wantedRow = -1;
    m_shownState.clear();
    std::ignore = m_versions->setQuery(shownQuery()); // read as a job: rowsLoaded() follows
}

PagedQuery ModelsPage::shownQuery() const
{
    PagedQuery query = m_listQuery;
    if (const QString column = sortColumn(); !column.isEmpty()) {
        const bool descending = m_table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
        // "vs previous": by how the chosen metric moved against the version before.
        if (column == VersionListQuery::kPreviousMetrics && registry())
            VersionListQuery::sortByChange(query, *registry(), m_metric->currentText(), descending);
        else
            VersionListQuery::sortBy(query, column, descending);
    }
    const QString filter = m_filter->text().trimmed();
    if (!filter.isEmpty()) {
        query.where += QStringLiteral(" AND ") + registry()->database().dialect().containsMatch(
                                                     QStringLiteral("m.model_version"), QStringLiteral("?"));
        query.binds << SqlDialect::likePattern(filter);
    }
    return query;
}

void ModelsPage::rowsLoaded()
{
    if (!registry())
        return;
    // The version asked for where it is known to be; otherwise the one shown before, when it is
    // among the rows read first.
    int row = m_keepRow >= 0 && m_keepRow < m_versions->rowCount() ? m_keepRow : -1;
    if (row < 0 && !m_keepVersion.isEmpty())
        row = m_versions->cachedRowOfValue(0, m_keepVersion);
    m_keepRow = -1;
    if (m_versions->rowCount() > 0) {
        selectRow(row >= 0 ? row : 0);
        if (row >= 0)
            m_table->scrollTo(m_proxy->index(row, 0), QAbstractItemView::PositionAtCenter);
    } else {
        selectionChanged();
    }
}

void ModelsPage::selectRow(int row)
{
    // Replaces the selection (QTableView::selectRow would extend it under ExtendedSelection).
    m_table->selectionModel()->setCurrentIndex(m_proxy->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ModelsPage::updateActiveBanner(const ClientVersions& data)
{
    if (!data.activesRead) {
        m_bannerText = data.activesRead.message();
        m_banner->setText(m_bannerText);
        m_banner->setToolTip(QString());
        return;
    }
    const QString client = data.clientId;
    QList<VersionListProxy::ActiveMark> marks;
    QStringList named;
    for (const ActiveVersion& active : data.actives) {
        VersionListProxy::ActiveMark mark{active.modelName, active.version, data.activeMetrics.value(active.version)};
        if (!active.version.isEmpty())
            named << QStringLiteral("<b>%1</b>").arg(active.version.toHtmlEscaped());
        marks << mark;
    }
    const bool bySystem = registry()->marksActive();
    const ActiveVersion first = data.actives.value(0);
    m_proxy->setActive(marks, bySystem         ? VersionListProxy::ActiveSource::System
                              : first.recorded ? VersionListProxy::ActiveSource::Recorded
                                               : VersionListProxy::ActiveSource::Newest);
    const QString system = registry()->database().profile().title.toHtmlEscaped();
    QString text;
    if (bySystem && named.isEmpty())
        text = tr("%1 marks no version of %2 as active.").arg(system, client.toHtmlEscaped());
    else if (bySystem)
        text = tr("Active, as %1 marks them: %2").arg(system, named.join(QStringLiteral(", ")));
    else if (named.isEmpty())
        text = tr("Client %1 has no model versions.").arg(client.toHtmlEscaped());
    else if (first.recorded)
        text = tr("Active version: <b>%1</b> (set by %2 on %3)")
                   .arg(first.version.toHtmlEscaped(), first.setBy.toHtmlEscaped(), TimeText::minutesUtc(first.setAt));
    else
        text = tr("Active version: %1 — the newest; no version has been set, so the pipeline loads the newest.")
                   .arg(named.join(QStringLiteral(", ")));
    m_pendingRollbacks.clear();
    for (const RollbackRequest& r : data.pendingRollbacks) {
        m_pendingRollbacks << r.targetId;
        text += QStringLiteral(" · <span style='color:%1;'>%2</span>")
                    .arg(ThemeColors::css(ThemeColors::windowText(ThemeColors::caution())),
                         tr("rollback to %1 requested by %2, awaiting a manager")
                             .arg(r.targetId.toHtmlEscaped(), r.requestedBy.toHtmlEscaped()));
    }
    m_bannerText = text;
    m_banner->setText(text);
    m_banner->setToolTip(QString());
}

bool ModelsPage::selectVersion(const QString& clientId, const QString& version)
{
    if (!registry())
        return false;
    const int clientIndex = m_client->findText(clientId);
    if (clientIndex < 0 && m_client->count() > 0)
        return false;
    // One indexed count, so that a version that is not there is refused at once.
    auto row = VersionListQuery::rowInDefaultOrder(*registry(), clientId, version);
    if (!row || *row < 0)
        return false;
    const bool customised = !m_filter->text().isEmpty() || m_table->horizontalHeader()->sortIndicatorSection() >= 0;
    if (customised) {
        const QSignalBlocker filterBlocker(m_filter);
        m_filter->clear();
        const QSignalBlocker headerBlocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    }
    if (!customised && !m_readingVersions && !m_versions->isLoading() && currentClient() == clientId) {
        if (const int shown = m_versions->cachedRowOfValue(0, version); shown >= 0) {
            selectRow(shown);
            m_table->scrollTo(m_proxy->index(shown, 0), QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    // In the default order, the version's row is known: it is selected when the rows arrive.
    m_wantedVersion = version;
    m_wantedRow = *row;
    if (m_readingVersions && m_readingClient == clientId)
        return true; // selected when the versions arrive
    if (!m_readingVersions && currentClient() == clientId) {
        reloadVersions();
        return true;
    }
    // Another client's: its versions are read, and the version selected when they arrive.
    const bool listClients = m_client->count() == 0;
    if (clientIndex >= 0) {
        const QSignalBlocker blocker(m_client);
        m_client->setCurrentIndex(clientIndex);
        Settings::setValue(Settings::Key::ModelsClient, clientId);
    }
    readVersions(clientId, listClients);
    return true;
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

QString ModelsPage::sortColumn() const
{
    const int section = m_table->horizontalHeader()->sortIndicatorSection();
    return section >= 0 && section < m_listQuery.columns.size() ? m_listQuery.columns.at(section).name : QString();
}

void ModelsPage::keyMetricChanged()
{
    if (sortColumn() == VersionListQuery::kPreviousMetrics)
        reloadVersions();
}

void ModelsPage::selectionChanged()
{
    // A row far down (End, a jump): the page it is on is read as a job; the detail and the
    // actions follow its arrival rather than reading it here.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_waitingForRow = current.isValid() && !m_proxy->loadedVersionAt(current.row()) ? current.row() : -1;
    if (m_waitingForRow >= 0) {
        m_shownState.clear();
        m_detailJobs->abandon();
        setDetail(tr("<p style='color:gray;'>Reading this version…</p>"));
        updateActions();
        return;
    }
    // Selection and current row often change together; show each state once.
    const QString state = currentClient() + QLatin1Char('|') + currentVersion() + QLatin1Char('|') +
                          selectedVersions().join(QLatin1Char(','));
    if (state == m_shownState && !state.endsWith(QLatin1Char('|')))
        return;
    m_shownState = state;
    if (!currentVersion().isEmpty())
        m_lastVersion = currentVersion();
    showDetail();
    showHistory();
    updateActions();
    if (selectedVersions().size() >= 2)
        compareSelected();
}

void ModelsPage::rowsArrived(const QModelIndex& first, const QModelIndex& last)
{
    if (m_waitingForRow >= first.row() && m_waitingForRow <= last.row() &&
        m_table->selectionModel()->currentIndex().row() == m_waitingForRow && m_proxy->loadedVersionAt(m_waitingForRow))
        selectionChanged();
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
    if (!registry() || m_readingVersions) {
        m_history->showMessage(tr("Reading the versions…"));
        return;
    }
    if (m_metric->currentText().isEmpty()) {
        m_history->showMessage(tr("The versions of this client have no numeric metrics to chart."));
        return;
    }
    const QString metric = m_metric->currentText();
    Settings::setValue(Settings::Key::ModelsMetric, metric);
    const auto draw = [this] {
        RegistryCharts::HistoryOptions options;
        options.highlightVersion = currentVersion();
        m_history->setFigure(RegistryCharts::metricHistory(*m_historyCache, options));
    };
    if (m_historyCache && m_historyCache->metric == metric && m_historyCache->clientId == currentClient()) {
        draw();
        return;
    }
    m_historyCache.reset();
    m_history->showMessage(tr("Reading the history of %1…").arg(metric));
    readRegistry<MetricHistoryData>(
        m_historyJobs,
        // The metric names the view has read already (the box lists them): not read again, a
        // pass over every version's metrics on a server.
        [client = currentClient(), metric, known = m_metricKeys](const ModelRegistry& registry, JobControl&) {
            return MetricHistory::load(registry, client, metric, known.contains(metric) ? &known : nullptr);
        },
        [this, draw](const Result<MetricHistoryData>& data) {
            if (!data) {
                m_history->showMessage(data.failure().message());
                return;
            }
            m_historyCache = std::make_unique<MetricHistoryData>(*data);
            draw();
        });
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
