#pragma once

#include "models/core/Outcome.h"
#include "models/snapshot/ConsoleSession.h"
#include "ui/shell/Page.h"

#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace steward {

class MessageBar;
class PagedTableModel;

// A read-only SQL console on the open database (a snapshot, a SQLite file or a server): one
// query at a time on a connection of its own, whose guard refuses anything that would write;
// results in a lazily fetched table; the whole result exported to CSV.
class ConsolePage : public Page
{
    Q_OBJECT

public:
    ConsolePage(Session* session, QWidget* parent = nullptr);
    ~ConsolePage() override;

    void refresh() override;
    QList<QPair<QString, QString>> shortcuts() const override;

    // Runs the editor's selection, or all its text when nothing is selected.
    Outcome run();
    Outcome run(const QString& sql);
    // Writes every row of the last accepted statement to `path` (replacing it, atomically).
    Outcome exportCsv(const QString& path);

    QPlainTextEdit* editor() const { return m_editor; }
    PagedTableModel* results() const { return m_results; }
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

    QPlainTextEdit* m_editor;
    QPushButton* m_run;
    QPushButton* m_export;
    QLabel* m_status;
    MessageBar* m_messages;
    QTableView* m_view;
    QSplitter* m_splitter;
    PagedTableModel* m_results;
    std::unique_ptr<ConsoleSession> m_console;
    std::optional<ConsoleStatement> m_statement;
};

} // namespace steward
