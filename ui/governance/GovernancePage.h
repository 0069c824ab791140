#pragma once

#include "models/governance/ViolationQuery.h"
#include "ui/shell/Page.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;

namespace steward {

class PagedTableModel;

class JobRunner;
class MessageBar;
class PoliciesPanel;
class ReportExporter;
class ViolationHeadlineBar;
class ViolationsPanel;
struct ReportOptions;

// Governance: the violation queue and its workflow, the policies that raise violations, the
// per-severity deadlines, and the compliance report. The headline counts, the filters' choices and
// the selected violation are read as jobs, so that the window stays usable while they read.
class GovernancePage : public Page
{
    Q_OBJECT

public:
    GovernancePage(Session* session, QWidget* parent = nullptr);
    ~GovernancePage() override;

    void refresh() override;
    bool showItem(const QString& itemKind, const QString& itemId) override;
    QList<QPair<QString, QString>> shortcuts() const override;

    ViolationsPanel* violations() const { return m_violations; }
    const PagedTableModel* exportableRows() const override;
    PoliciesPanel* policies() const { return m_policies; }
    MessageBar* messageBar() const { return m_messages; }
    ViolationHeadlineBar* headline() const { return m_headline; }
    ReportExporter* exporter() const { return m_exporter; }
    // Writes a report with the page's progress bar (what "Export report…" does once asked).
    void exportReport(const ReportOptions& options, const QString& path);

    // Reads everything the page shows now (load() waits until the page is on screen).
    void loadNow();
    bool isLoadPending() const { return m_stale; }
    // Whether a read of the headline, the choices or the selected violation is under way (the
    // queue's own reads are its model's).
    bool isLoading() const;

protected:
    void load() override;
    void unload() override;
    void showEvent(QShowEvent* event) override;

private:
    void askForReport();
    void editDeadlines();
    void reportFinished(bool ok, const QString& message, const QString& path);
    // Counts the headline again as a job.
    void countHeadline();
    // Reads the filters' choices and who may be assigned, as a job.
    void readChoices();
    void loadAfterFirstRows();

    MessageBar* m_messages;
    ViolationHeadlineBar* m_headline;
    QTabWidget* m_tabs;
    ViolationsPanel* m_violations;
    PoliciesPanel* m_policies;
    QPushButton* m_deadlines;
    QPushButton* m_export;
    QWidget* m_progressRow;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    ReportExporter* m_exporter;
    QTimer* m_clock;
    QTimer* m_loadTimer;
    JobRunner* m_choiceJobs;
    JobRunner* m_headlineJobs;
    ViolationQueryContext m_context;
    bool m_stale = false;
    // The policies and the filters' choices wait for the queue's first rows: they read the
    // violations too, and the queue comes first on two cores.
    bool m_afterFirstRowsPending = false;
    QMetaObject::Connection m_afterFirstRows;
};

} // namespace steward
