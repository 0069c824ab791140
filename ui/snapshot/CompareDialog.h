#pragma once

#include "models/db/ConnectionTarget.h"
#include "models/snapshot/SnapshotDiff.h"

#include <QDialog>
#include <optional>

class QLabel;
class QProgressBar;
class QTabWidget;

namespace steward {

class JobRunner;
class SnapshotDiffModel;

// File ▸ Compare with snapshot…: what changed between a snapshot and the open database (or
// between two snapshots): suggestions and violations that changed state, model versions that
// appeared, and what the audit trail gained. The comparison runs on a thread of its own.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(QWidget* parent = nullptr);
    ~CompareDialog() override;

    void start(const ConnectionTarget& older, const ConnectionTarget& newer);
    bool isRunning() const { return m_running; }
    const std::optional<SnapshotDiffReport>& report() const { return m_report; }
    const Outcome& outcome() const { return m_outcome; }
    SnapshotDiffModel* model(SnapshotDiffReport::Section section) const;
    QTabWidget* tabs() const { return m_tabs; }
    QString summaryText() const;

signals:
    void comparisonFinished(bool ok);

private:
    void finish(const Result<SnapshotDiffReport>& result);

    QLabel* m_older;
    QLabel* m_newer;
    QLabel* m_summary;
    QLabel* m_notes;
    QProgressBar* m_busy;
    QTabWidget* m_tabs;
    QList<SnapshotDiffModel*> m_models;
    JobRunner* m_jobs;
    bool m_running = false;
    Outcome m_outcome;
    std::optional<SnapshotDiffReport> m_report;
};

} // namespace steward
