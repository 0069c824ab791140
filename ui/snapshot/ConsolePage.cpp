#include "ConsolePage.h"

#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"
#include "models/snapshot/ConsoleResultModel.h"
#include "models/snapshot/PartialFile.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/widgets/CellDelegate.h"
#include "ui/widgets/MessageBar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QVBoxLayout>
#include <tuple>

namespace steward {

// What a statement's job hands back.
struct ConsolePage::Ran
{
    explicit Ran(Outcome outcome) : outcome(std::move(outcome)) {}
    Outcome outcome;
    std::optional<ConsoleStatement> statement;
    ConsoleResult result;
};

ConsolePage::ConsolePage(Session* session, QWidget* parent) : Page(View::Console, session, parent)
{
    setObjectName(QStringLiteral("consolePage"));
    m_results = new ConsoleResultModel(this);
    m_canceller = std::make_shared<ConsoleCancel>();
    m_jobs = new JobRunner(this);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messages = new MessageBar(content);
    layout->addWidget(m_messages);
    m_splitter = new QSplitter(Qt::Vertical, content);

    auto* top = new QWidget(m_splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_editor = new QPlainTextEdit(top);
    m_editor->setObjectName(QStringLiteral("consoleEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("SELECT status, count(*) FROM llm_suggestions GROUP BY status"));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlainText(Settings::value(Settings::Key::ConsoleQuery).toString());
    topLayout->addWidget(m_editor);
    auto* bar = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), top);
    m_run->setObjectName(QStringLiteral("consoleRun"));
    m_run->setToolTip(tr("Run the statement, or the selected part of it (Ctrl+Return)"));
    m_cancel = new QPushButton(tr("Cancel"), top);
    m_cancel->setObjectName(QStringLiteral("consoleCancel"));
    m_cancel->setToolTip(tr("Stop the running statement (Esc)"));
    m_cancel->setEnabled(false);
    m_export = new QPushButton(tr("Export CSV…"), top);
    m_export->setObjectName(QStringLiteral("consoleExport"));
    m_export->setToolTip(tr("Write every row of the result to a CSV file (Ctrl+Shift+S)"));
    m_export->setEnabled(false);
    m_status = new QLabel(top);
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    auto* guard = new QLabel(tr("Read-only: statements that would write are refused; secrets are never shown."), top);
    guard->setWordWrap(true); // a long sentence in Spanish would otherwise widen the window
    guard->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(m_export);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(guard);
    topLayout->addLayout(bar);

    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("consoleResults"));
    m_view->setModel(m_results);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({180, 520});
    m_splitter->restoreState(Settings::value(Settings::Key::ConsoleSplitter).toByteArray());
    layout->addWidget(m_splitter, 1);
    setContent(content);

    // run() and execute() show their outcome in the page; the results are for tests.
    connect(m_run, &QPushButton::clicked, this, [this] { std::ignore = run(); });
    connect(m_cancel, &QPushButton::clicked, this, &ConsolePage::cancel);
    auto* cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &ConsolePage::cancel);
    connect(m_export, &QPushButton::clicked, this, &ConsolePage::askExportCsv);
    auto* runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runShortcut, &QShortcut::activated, this, [this] {
        if (!m_running)
            std::ignore = run();
    });
    // Another database: the console's own connection and results belong to the old one.
    connect(session, &Session::opened, this, &ConsolePage::resetConsole);
    connect(session, &Session::closed, this, &ConsolePage::resetConsole);
}

ConsolePage::~ConsolePage()
{
    Settings::setValue(Settings::Key::ConsoleSplitter, m_splitter->saveState());
    Settings::setValue(Settings::Key::ConsoleQuery, m_editor->toPlainText());
    resetConsole();
    // The runner goes before the widgets its results would reach: it waits for the statement.
    delete m_jobs;
}

QList<QPair<QString, QString>> ConsolePage::shortcuts() const
{
    return {{QStringLiteral("Ctrl+Return"), tr("Run the statement (or the selection)")},
            {QStringLiteral("Esc"), tr("Stop the running statement")},
            {QStringLiteral("Ctrl+Shift+S"), tr("Export the result to CSV")}};
}

QString ConsolePage::statusText() const
{
    return m_status->text();
}

void ConsolePage::load()
{
    m_editor->setFocus();
}

void ConsolePage::unload()
{
    resetConsole();
}

void ConsolePage::resetConsole()
{
    // The session (and on SQLite its connection) belongs to the runner's thread: it goes there.
    if (m_running) {
        m_jobs->abandon();
        setRunning(false, QString());
    }
    m_jobs->release();
    m_results->clear();
    m_statement.reset();
    m_export->setEnabled(false);
    m_status->clear();
    m_messages->dismiss();
}

void ConsolePage::cancel()
{
    if (m_running)
        m_jobs->cancel();
}

void ConsolePage::setRunning(bool running, const QString& status)
{
    m_running = running;
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_export->setEnabled(!running && m_statement.has_value());
    m_status->setText(status);
    if (running)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

template <typename T>
void ConsolePage::onConsoleThread(std::function<T(ConsoleSession&)> work, std::function<void(const T&)> done)
{
    const ConnectionTarget target = session()->database()->target();
    const QString actingUser = session()->actingUser();
    m_canceller->reset(); // a Cancel from here on is for this job
    m_jobs->start<T>(
        [target, actingUser, canceller = m_canceller, work = std::move(work)](JobControl& control) -> T {
            control.setStopper([canceller] { canceller->cancel(); });
            std::shared_ptr<void>& kept = control.kept();
            if (!kept) {
                auto opened = ConsoleSession::open(target, actingUser);
                if (!opened)
                    return T(opened.failure());
                std::shared_ptr<ConsoleSession> console = opened.take();
                console->setCanceller(canceller);
                kept = console;
            }
            // Cancel pressed while the session opened: the statement's own canceller is reset when
            // it starts, so it would not see it.
            if (control.cancelled())
                return T(
                    Outcome::failed(QCoreApplication::translate("ConsoleSession", "The statement was cancelled.")));
            return work(*std::static_pointer_cast<ConsoleSession>(kept));
        },
        std::move(done));
}

void ConsolePage::refresh()
{
    if (m_statement)
        std::ignore = execute(m_statement->sql);
}

Outcome ConsolePage::run()
{
    const QTextCursor cursor = m_editor->textCursor();
    return execute(cursor.hasSelection() ? cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'))
                                         : m_editor->toPlainText());
}

Outcome ConsolePage::run(const QString& sql)
{
    m_editor->setPlainText(sql);
    return execute(sql);
}

Outcome ConsolePage::execute(const QString& sql)
{
    if (!session()->isOpen())
        return Outcome::failed(tr("No database is open."));
    if (m_running)
        return Outcome::conflict(tr("A statement is running; cancel it first."));
    Settings::setValue(Settings::Key::ConsoleQuery, m_editor->toPlainText());
    m_messages->dismiss();
    setRunning(true, tr("Running…"));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    onConsoleThread<Ran>(
        [sql, canceller = m_canceller](ConsoleSession& console) -> Ran {
            auto prepared = console.prepare(sql);
            if (!prepared)
                return Ran(prepared.failure());
            if (canceller->cancelled())
                return Ran(
                    Outcome::failed(QCoreApplication::translate("ConsoleSession", "The statement was cancelled.")));
            auto fetched = console.fetch(*prepared, kRowLimit);
            if (!fetched)
                return Ran(fetched.failure());
            Ran ran(Outcome::ok());
            ran.statement = prepared.take();
            ran.statement->columnNames = fetched->columns.names;
            ran.result = fetched.take();
            return ran;
        },
        [this, timer](const Ran& ran) { executed(ran, timer->elapsed()); });
    return Outcome::ok();
}

void ConsolePage::executed(const Ran& ran, qint64 elapsedMs)
{
    const Outcome& outcome = ran.outcome;
    if (!outcome) {
        m_results->clear();
        m_statement.reset();
        setRunning(false, tr("Not run."));
        m_messages->showMessage(outcome.code() == OutcomeCode::ReadOnly || outcome.code() == OutcomeCode::Forbidden
                                    ? MessageBar::Kind::Warning
                                    : MessageBar::Kind::Error,
                                outcome.message());
        end(outcome);
        return;
    }
    m_statement = ran.statement;
    ConsoleResult result = ran.result;
    const bool truncated = result.truncated;
    const int columns = static_cast<int>(result.columns.names.size());
    m_results->setResult(std::move(result));
    const QString rows = QLocale().toString(m_results->rowCount());
    setRunning(false, truncated ? tr("first %1 rows · %2 columns · %3 ms (Export CSV… writes them all)")
                                      .arg(rows)
                                      .arg(columns)
                                      .arg(elapsedMs)
                                : tr("%1 rows · %2 columns · %3 ms").arg(rows).arg(columns).arg(elapsedMs));
    m_view->scrollToTop();
    end(outcome);
}

void ConsolePage::end(const Outcome& outcome)
{
    m_lastOutcome = outcome;
    emit finished(outcome);
}

void ConsolePage::askExportCsv()
{
    if (!m_statement)
        return;
    const QString directory = Settings::value(Settings::Key::LastDirectory).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export result to CSV"),
                                                      QDir(directory).filePath(QStringLiteral("result.csv")),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
    if (Outcome started = exportCsv(path); !started)
        m_messages->showMessage(MessageBar::Kind::Error, tr("The CSV file was not written: %1").arg(started.message()));
}

Outcome ConsolePage::exportCsv(const QString& path)
{
    if (!m_statement)
        return Outcome::failed(tr("There is no result to export; run a statement first."));
    if (m_running)
        return Outcome::conflict(tr("A statement is running; cancel it first."));
    auto begun = PartialFile::begin(path, true);
    if (!begun)
        return begun.failure();
    auto partial = std::make_shared<PartialFile>(begun.take());
    auto file = std::make_shared<QFile>(partial->path());
    if (!file->open(QIODevice::WriteOnly))
        return Outcome::failed(tr("%1: %2").arg(path, file->errorString()));
    const QString status = m_status->text();
    setRunning(true, tr("Writing %1…").arg(QFileInfo(path).fileName()));
    const ConsoleStatement statement = *m_statement;
    // The file is written on the runner's thread, and published back here.
    onConsoleThread<Outcome>(
        [statement, file](ConsoleSession& console) {
            const Outcome written = console.writeCsv(statement, *file);
            file->close();
            return written;
        },
        [this, partial, path, status](const Outcome& written) {
            exported(written.isOk() ? partial->publish() : written, path, status);
        });
    return Outcome::ok();
}

void ConsolePage::exported(const Outcome& written, const QString& path, const QString& status)
{
    setRunning(false, status);
    if (!written)
        m_messages->showMessage(MessageBar::Kind::Error, tr("The CSV file was not written: %1").arg(written.message()));
    else
        m_messages->showMessage(MessageBar::Kind::Success, tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    end(written);
}

bool ConsolePage::exportOwnCsv()
{
    // File ▸ Export view to CSV (Ctrl+Shift+S) on the console: its result, run again in full.
    if (m_export->isEnabled())
        askExportCsv();
    return true;
}

} // namespace steward
