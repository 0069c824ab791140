#pragma once

#include "models/governance/ViolationQuery.h"
#include "models/governance/ViolationTimeline.h"
#include "ui/widgets/MessageBar.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace steward {

class JobRunner;
class Session;
class ViolationActions;

// One violation: what it is, its policy and model version (one click away), its deadline,
// the decisions available on it, and its timeline from the audit trail. The violation and its
// timeline are read as a job; a newer selection supersedes the older.
class ViolationDetail : public QWidget
{
    Q_OBJECT

public:
    ViolationDetail(Session* session, QWidget* parent = nullptr);

    void setContext(const ViolationQueryContext& context);
    // Reads the violation from the database as a job; shows why not when it cannot.
    void showViolation(const QString& violationId);
    void clear();
    // Clears, and lets go of the connection the reads kept (the database closes).
    void close();
    // The violation shown (the one its actions decide on).
    QString violationId() const { return m_violation ? m_violation->violationId : QString(); }
    // The violation being read, or else the one shown.
    QString requestedId() const { return m_requested.isEmpty() ? violationId() : m_requested; }
    bool isLoading() const;
    const std::optional<Violation>& violation() const { return m_violation; }
    ViolationActions* actions() const { return m_actions; }
    void setAssignees(const QStringList& people);

signals:
    void decided(const QString& violationId, const QString& message);
    void message(const QString& text, MessageBar::Kind kind);
    void policyRequested(const QString& policyId);

private:
    // Shows m_violation with the timeline read with it.
    void render();
    void renderTimeline(const Result<QList<TimelineEntry>>& entries);
    QString assigneeText(const Violation& v, const QList<TimelineEntry>& entries) const;

    Session* m_session;
    ViolationQueryContext m_context;
    std::optional<Violation> m_violation;
    Result<QList<TimelineEntry>> m_entries = QList<TimelineEntry>(); // m_violation's timeline
    QString m_requested;                                             // being read
    JobRunner* m_jobs;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_id;
    QToolButton* m_policy;
    QToolButton* m_model;
    QLabel* m_client;
    QLabel* m_clientLabel; // the scope in the system's word: Client, Company...
    QLabel* m_detected;
    QLabel* m_deadline;
    QLabel* m_assignee;
    QLabel* m_resolution;
    QLabel* m_resolutionCaption;
    ViolationActions* m_actions;
    QTabWidget* m_tabs;
    QTextBrowser* m_timeline;
    QPlainTextEdit* m_details;
    QWidget* m_body;
    QLabel* m_placeholder;
};

} // namespace steward
