#pragma once

#include "models/core/Outcome.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace steward {

class JobRunner;

// File ▸ Write a demo database…: the GUI's `steward-cli demo`, for a newcomer with no pipeline
// database at hand. Writes a new SQLite file of one seed system's tables, with every workflow
// state, on a thread of its own with progress and Cancel, then asks the window to open it. An
// existing file is never overwritten, and a cancelled or failed run leaves nothing behind.
class WriteDemoDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WriteDemoDialog(QWidget* parent = nullptr);
    ~WriteDemoDialog() override;

    void setPath(const QString& path);
    QString path() const;
    // Starts writing (the dialog's Write button does the same).
    void start();
    bool isRunning() const { return m_running; }
    const Outcome& outcome() const { return m_outcome; }
    QString statusText() const;
    // A name in the documents folder that does not exist yet.
    static QString suggestedPath();

signals:
    void openRequested(const QString& path);

protected:
    void reject() override;

private:
    void browse();
    void showProgress(const QString& stage, double fraction);
    void finish(const Outcome& outcome);

    QComboBox* m_system;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_write;
    QPushButton* m_cancel;
    JobRunner* m_jobs;
    bool m_running = false;
    bool m_cancelRequested = false;
    Outcome m_outcome;
};

} // namespace steward
