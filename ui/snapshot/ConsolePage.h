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
class QThread;

namespace steward {

class ConsoleResultModel;
class MessageBar;

// A read-only SQL console on the open database (a snapshot, a SQLite file or a server): one
// query at a time on a connection of its own, whose guard refuses anything that would write.
// Statements run on a thread of their own, so that the window stays responsive: Cancel (or
// Esc) stops one, and none runs longer than ConsoleSession::kTimeoutSeconds. The first
// kRowLimit rows are shown; the whole result can be exported to CSV.
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

    // Runs the editor's selection, or all its text when nothing is selected, and returns when
    // it has finished (the window keeps answering meanwhile).
    Outcome run();
    Outcome run(const QString& sql);
    // Writes every row of the last accepted statement to `path` (replacing it, atomically).
    Outcome exportCsv(const QString& path);
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

protected:
    void load() override;
    void unload() override;

private:
    void resetConsole();
    Outcome execute(const QString& sql);
    void askExportCsv();
    // Runs `work` with the console session on the console's thread (opening the session there
    // first) and waits for it while the event loop runs.
    Outcome onConsoleThread(const std::function<Outcome(ConsoleSession&)>& work);
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
    QThread* m_thread;
    QObject* m_threadContext;                  // lives on m_thread: queued calls to it run there
    std::unique_ptr<ConsoleSession> m_console; // used and destroyed on m_thread only
    std::shared_ptr<ConsoleCancel> m_canceller;
    bool m_running = false;
    std::optional<ConsoleStatement> m_statement;
};

} // namespace steward
