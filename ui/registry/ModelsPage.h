#pragma once

#include "models/core/Outcome.h"
#include "models/registry/ClientVersions.h"
#include "models/registry/RegistryImport.h"
#include "ui/registry/RegistryPage.h"

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace steward {

class ChartPanel;
class JobRunner;
class MessageBar;
class PagedTableModel;
class VersionComparisonModel;
class VersionListProxy;
struct MetricHistoryData;

// The model registry: a client's versions with their metrics as columns and their training
// jobs; a version's detail (metrics, jobs with errors, backtests, forecasts); the chosen
// metric's history with the selected version marked; side-by-side comparison of selected
// versions; "Roll back to this version" (a request a manager approves) and "Import model folder…".
// What it shows is read by jobs (a client's versions, a version's detail, a metric's history),
// so that the window stays usable while they read; a newer request supersedes the older.
class ModelsPage : public RegistryPage
{
    Q_OBJECT

public:
    ModelsPage(Session* session, QWidget* parent = nullptr);
    const PagedTableModel* exportableRows() const override;
    ~ModelsPage() override;

    // "model_version", "client:version": selects that version and shows its detail.
    bool showItem(const QString& itemKind, const QString& itemId) override;
    QList<QPair<QString, QString>> shortcuts() const override;

    QString currentClient() const;
    QString currentVersion() const;
    QStringList selectedVersions() const;
    // Selects the version, at once or, while the client's versions are read, once they arrive:
    // false when the client has no such version.
    bool selectVersion(const QString& clientId, const QString& version);
    // Whether a read is under way (the versions, the detail or the chart).
    bool isLoading() const;
    void setMetric(const QString& metric);
    ChartPanel* historyChart() const { return m_history; }

    // The actions behind the buttons, callable without their file dialogs.
    Outcome requestRollback();
    // Starts importing `directory` as a job; importFinished() tells when it has ended.
    Outcome importFolder(const QString& directory);
    bool isImporting() const;
    // How the last import went.
    const std::optional<Result<ImportReport>>& lastImport() const { return m_lastImport; }
    void compareSelected();

signals:
    void importFinished();

protected:
    void loadRegistry() override;
    void unloadRegistry() override;

private:
    void buildLayout();
    void clientChanged();
    // Reads `client`'s versions as a job (with the list of clients, on the first load).
    void readVersions(const QString& client, bool listClients);
    void versionsRead(const Result<ClientVersions>& data, bool listClients);
    // The declining-trend note beside the active version, read after the versions.
    void readDecliningNote(const QString& client);
    void readEveryMetric(const QString& client);
    // The detail pane shows `html`, then each of `rest` after it a turn later.
    void setDetail(const QString& html, const QStringList& rest = {});
    void appendDetailPart(int serial);
    void fillMetricChoice();
    // Reads the list again with the header's order and the filter (as a job: rowsLoaded() follows).
    void reloadVersions();
    // The list's query with the header's order and the filter.
    PagedQuery shownQuery() const;
    // The column the list is sorted by (its header's indicator), or none.
    QString sortColumn() const;
    // Selects the version to keep, or the first row, once the list's rows are in.
    void rowsLoaded();
    void setColumnWidths();
    void showJobs();
    void selectionChanged();
    void rowsArrived(const QModelIndex& first, const QModelIndex& last);
    void showDetail();
    void showHistory();
    void updateActions();
    void updateActiveBanner(const ClientVersions& data);
    void selectRow(int row);
    void sortChanged(int section, Qt::SortOrder order);
    // The list sorted by "vs previous" follows the metric chosen for it.
    void keyMetricChanged();
    void chooseImportFolder();
    void showImportReport(const ImportReport& report);
    void imported(const Result<ImportReport>& report);

    // The current client's versions, a window at a time, in the view's order and filter.
    PagedTableModel* m_versions;
    PagedQuery m_listQuery; // the client's list in the default order, unfiltered
    VersionListProxy* m_proxy;
    PagedTableModel* m_jobs;
    VersionComparisonModel* m_comparison;
    QComboBox* m_client;
    QComboBox* m_metric;
    QLineEdit* m_filter;
    QPushButton* m_compare;
    QPushButton* m_rollback;
    QPushButton* m_import;
    QLabel* m_banner;
    QLabel* m_clientLabel;
    MessageBar* m_messages;
    QTableView* m_table;
    QTabWidget* m_tabs;
    QTextBrowser* m_detail;
    ChartPanel* m_history;
    QTableView* m_comparisonTable;
    QTableView* m_jobTable;
    QSplitter* m_splitter;
    QStringList m_metricKeys;
    QStringList m_pendingRollbacks;           // versions of the current client with a rollback awaiting a manager
    QList<RollbackRequest> m_pendingRequests; // the same requests, for the detail
    QString m_wantedVersion;                  // to select once the versions being read arrive
    int m_wantedRow = -1;                     // its row in the default order
    QString m_keepVersion;                    // to select again when the rows being read arrive
    int m_keepRow = -1;                       // its row, when known
    QString m_readingClient;                  // whose versions were last asked for
    QString m_bannerText;                     // the active versions, without the declining note
    bool m_readingVersions = false;           // a client's versions are being read
    QString m_jobsClient;                     // whose training jobs the jobs tab lists
    QString m_lastVersion;
    QString m_shownState;     // client, current and selected versions last shown
    int m_waitingForRow = -1; // the current row, whose page is on its way
    int m_detailSerial = 0;   // the detail last set; parts of an earlier one are not appended
    QStringList m_detailRest; // parts of the detail still to append
    // The chosen metric's history, read once per client and metric; selecting a version only redraws.
    std::unique_ptr<MetricHistoryData> m_historyCache;
    std::optional<QStringList> m_forecastVersions; // of the current client, read on first need
    JobRunner* m_listJobs;
    JobRunner* m_detailJobs;
    JobRunner* m_historyJobs;
    JobRunner* m_importJobs;
    QProgressDialog* m_importProgress = nullptr;
    std::optional<Result<ImportReport>> m_lastImport;
};

} // namespace steward
