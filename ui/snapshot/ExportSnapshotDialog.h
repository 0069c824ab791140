#pragma once

#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"
#include "models/snapshot/SnapshotExport.h"

#include <QDialog>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace steward {

class JobRunner;

// File ▸ Export snapshot…: copies the open database into a snapshot file on a thread of its
// own, over its own connection, with a progress bar and Cancel. A cancelled or failed export
// leaves nothing at the destination.
class ExportSnapshotDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportSnapshotDialog(QWidget* parent = nullptr);
    ~ExportSnapshotDialog() override;

    void start(ConnectionTarget source, const QString& actingUser, const QString& path, bool overwrite);
    bool isRunning() const { return m_running; }
    // After the export ends: how it went, and the manifest written.
    const Outcome& outcome() const { return m_outcome; }
    const std::optional<SnapshotManifest>& manifest() const { return m_manifest; }
    const QString& path() const { return m_path; }
    int progressValue() const;
    QString statusText() const;
    void cancel();

signals:
    void exportFinished(bool ok);
    void openRequested(const QString& path);

protected:
    void reject() override;

private:
    void showProgress(const ExportProgress& progress);
    void finish(const Result<SnapshotManifest>& result);

    QLabel* m_source;
    QLabel* m_destination;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QPushButton* m_open;
    JobRunner* m_jobs;
    bool m_running = false;
    QString m_path;
    Outcome m_outcome;
    std::optional<SnapshotManifest> m_manifest;
};

} // namespace steward
