#pragma once

#include "models/core/Outcome.h"
#include "models/snapshot/ConsoleSession.h"
#include "ui/shell/Page.h"

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace steward {

class ConsoleResultModel;
class JobRunner;
class MessageBar;

// A read-only SQL console on the open database (a snapshot, a SQLite file or a server): one
// query at a time on a connection of its own, whose guard refuses anything that would write.
// Statements run as jobs (JobRunner), so that the window stays usable: Cancel (or Esc) stops
// one, and none runs longer than ConsoleSession::kTimeoutSeconds. The first kRowLimit rows are
// shown; the whole result can be exported to CSV.
class ConsolePage : public Page
{
    Q_OBJECT

public:
    bool exportOwnCsv() override;
    ConsolePage(Session* session, QWidget* parent = nullptr);
    ~ConsolePage() override;

    static constexpr int kRowLimit = 10000;

    void refresh() override;
    QList<QPair<QString, QString>> shortcuts() const override;

    // Starts the editor's selection, or all its text when nothing is selected; finished() tells
    // when it has ended, and lastOutcome() how. A failure here means it did not start.
    Outcome run();
    Outcome run(const QString& sql);
    // Starts writing every row of the last accepted statement to `path` (replacing it,
    // atomically); finished() tells when it has ended.
    Outcome exportCsv(const QString& path);
    // How the last statement or export ended.
    const Outcome& lastOutcome() const { return m_lastOutcome; }
    // Stops the running statement or export; any thread.
    void cancel();
    bool isRunning() const { return m_running; }

    QPlainTextEdit* editor() const { return m_editor; }
    QPushButton* cancelButton() const { return m_cancel; }
    ConsoleResultModel* results() const { return m_results; }
    QTableView* resultView() const { return m_view; }
    MessageBar* messages() const { return m_messages; }
    QString statusText() const;
    const std::optional<ConsoleStatement>& statement() const { return m_statement; }

signals:
    void finished(const steward::Outcome& outcome);

protected:
    void load() override;
    void unload() override;

private:
    void resetConsole();
    Outcome execute(const QString& sql);
    struct Ran;
    void executed(const Ran& ran, qint64 elapsedMs);
    void exported(const Outcome& written, const QString& path, const QString& status);
    void askExportCsv();
    void end(const Outcome& outcome);
    // Starts `work` as a job with the console's session, which the job keeps on the runner's
    // thread (opening it there first).
    template <typename T>
    void onConsoleThread(std::function<T(ConsoleSession&)> work, std::function<void(const T&)> done);
    void setRunning(bool running, const QString& status);

    QPlainTextEdit* m_editor;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_export;
    QLabel* m_status;
    MessageBar* m_messages;
    QTableView* m_view;
    QSplitter* m_splitter;
    ConsoleResultModel* m_results;
    JobRunner* m_jobs;
    std::shared_ptr<ConsoleCancel> m_canceller;
    bool m_running = false;
    Outcome m_lastOutcome;
    std::optional<ConsoleStatement> m_statement;
};

} // namespace steward
