#include "ConsolePage.h"

#include "models/db/Database.h"
#include "models/itemmodels/PagedTableModel.h"
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
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QVBoxLayout>
#include <tuple>

namespace steward {

ConsolePage::ConsolePage(Session* session, QWidget* parent) : Page(View::Console, session, parent)
{
    setObjectName(QStringLiteral("consolePage"));
    m_results = new PagedTableModel(this);

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
    m_export = new QPushButton(tr("Export CSV…"), top);
    m_export->setObjectName(QStringLiteral("consoleExport"));
    m_export->setToolTip(tr("Write every row of the result to a CSV file (Ctrl+Shift+S)"));
    m_export->setEnabled(false);
    m_status = new QLabel(top);
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    auto* guard = new QLabel(tr("Read-only: statements that would write are refused; secrets are never shown."), top);
    guard->setStyleSheet(QStringLiteral("color: #5f6b76;"));
    bar->addWidget(m_run);
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
    connect(m_export, &QPushButton::clicked, this, &ConsolePage::askExportCsv);
    auto* runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runShortcut, &QShortcut::activated, this, [this] { std::ignore = run(); });
    auto* exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, this, [this] {
        if (m_export->isEnabled())
            askExportCsv();
    });
    connect(m_results, &PagedTableModel::fetchFailed, this,
            [this](const QString& message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    // Another database: the console's own connection and results belong to the old one.
    connect(session, &Session::opened, this, &ConsolePage::resetConsole);
    connect(session, &Session::closed, this, &ConsolePage::resetConsole);
}

ConsolePage::~ConsolePage()
{
    Settings::setValue(Settings::Key::ConsoleSplitter, m_splitter->saveState());
    Settings::setValue(Settings::Key::ConsoleQuery, m_editor->toPlainText());
    m_results->setDatabase(nullptr);
}

QList<QPair<QString, QString>> ConsolePage::shortcuts() const
{
    return {{QStringLiteral("Ctrl+Return"), tr("Run the statement (or the selection)")},
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
    m_results->setDatabase(nullptr);
    m_statement.reset();
    m_console.reset();
    m_export->setEnabled(false);
    m_status->clear();
    m_messages->dismiss();
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
    Settings::setValue(Settings::Key::ConsoleQuery, m_editor->toPlainText());
    m_messages->dismiss();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto finish = [this](const Outcome& outcome) {
        QApplication::restoreOverrideCursor();
        if (!outcome) {
            m_messages->showMessage(outcome.code() == OutcomeCode::ReadOnly || outcome.code() == OutcomeCode::Forbidden
                                        ? MessageBar::Kind::Warning
                                        : MessageBar::Kind::Error,
                                    outcome.message());
            m_status->setText(tr("Not run."));
        }
        return outcome;
    };
    if (!m_console) {
        auto opened = ConsoleSession::open(session()->database()->target(), session()->actingUser());
        if (!opened)
            return finish(opened.failure());
        m_console = opened.take();
    }
    QElapsedTimer timer;
    timer.start();
    auto prepared = m_console->prepare(sql);
    if (!prepared)
        return finish(prepared.failure());
    m_results->setDatabase(&m_console->database());
    if (Outcome set = m_results->setQuery(prepared->query); !set) {
        m_results->setDatabase(nullptr);
        m_statement.reset();
        m_export->setEnabled(false);
        return finish(set);
    }
    m_statement = *prepared;
    m_export->setEnabled(true);
    m_status->setText(tr("%1 rows · %2 columns · %3 ms")
                          .arg(QLocale().toString(m_results->rowCount()))
                          .arg(prepared->columnNames.size())
                          .arg(timer.elapsed()));
    m_view->scrollToTop();
    return finish(Outcome::ok());
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
    if (Outcome written = exportCsv(path); !written)
        m_messages->showMessage(MessageBar::Kind::Error, tr("The CSV file was not written: %1").arg(written.message()));
    else
        m_messages->showMessage(MessageBar::Kind::Success, tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
}

Outcome ConsolePage::exportCsv(const QString& path)
{
    if (!m_statement || !m_console)
        return Outcome::failed(tr("There is no result to export; run a statement first."));
    auto partial = PartialFile::begin(path, true);
    if (!partial)
        return partial.failure();
    QFile file(partial->path());
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::failed(tr("%1: %2").arg(path, file.errorString()));
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, m_results->rowCount(),
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const Outcome written = m_console->writeCsv(*m_statement, file, [&progress](qint64 rows) {
        progress.setValue(static_cast<int>(qMin<qint64>(rows, progress.maximum())));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    file.close();
    if (!written)
        return written;
    return partial->publish();
}

} // namespace steward
