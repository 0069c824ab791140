#include "MainWindow.h"

#include "models/db/ForeignTriggers.h"
#include "models/db/PipelineSchema.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/profiles/Profile.h"
#include "models/workflow/Role.h"
#include "ui/audit/AuditPage.h"
#include "ui/governance/GovernancePage.h"
#include "ui/monitoring/MonitoringPage.h"
#include "ui/registry/ChartsPage.h"
#include "ui/registry/ModelsPage.h"
#include "ui/review/SuggestionsPage.h"
#include "ui/shell/ConnectionDialog.h"
#include "ui/shell/IndexesJob.h"
#include "ui/shell/Keyring.h"
#include "ui/shell/Language.h"
#include "ui/shell/Page.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/shell/StatusIndicators.h"
#include "ui/shell/UiResources.h"
#include "ui/shell/ViewCsvExport.h"
#include "ui/shell/WriteDemoDialog.h"
#include "ui/snapshot/ConsolePage.h"
#include "ui/snapshot/SnapshotActions.h"
#include "ui/snapshot/SnapshotBanner.h"
#include "ui/tables/TablesPage.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <tuple>

namespace steward {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_session(new Session(this))
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/steward.svg")));

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(6, 6, 6, 0);
    m_messageBar = new MessageBar(central);
    outer->addWidget(m_messageBar);
    outer->addWidget(new SnapshotBanner(m_session, central));
    auto* body = new QHBoxLayout;
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    // As wide as its widest entry (fitNavigation), so that nothing scrolls sideways.
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideNone);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: palette(window); }"
                       "QListWidget#navigation::item { padding: 6px 4px; border-radius: 4px; }"
                       "QListWidget#navigation::item:selected { background: palette(highlight); "
                       "color: palette(highlighted-text); }"));
    m_pages = new QStackedWidget(central);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    // One page per view, in the order of the navigation list and of Ctrl+1 … Ctrl+8.
    addPage(new SuggestionsPage(m_session, m_pages));
    addPage(new ModelsPage(m_session, m_pages));
    addPage(new ChartsPage(m_session, m_pages));
    addPage(new GovernancePage(m_session, m_pages));
    addPage(new AuditPage(m_session, m_pages));
    addPage(new TablesPage(m_session, m_pages));
    addPage(new ConsolePage(m_session, m_pages));
    addPage(new MonitoringPage(m_session, m_pages));

    m_status = new StatusIndicators(m_session, this);
    statusBar()->addPermanentWidget(m_status);
    createMenus();
    updateIndexesAction();

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_session, &Session::opened, this, &MainWindow::updateTitle);
    connect(m_session, &Session::closed, this, &MainWindow::updateTitle);
    for (auto signal : {&Session::opened, &Session::reloaded, &Session::closed}) {
        connect(m_session, signal, this, &MainWindow::updateNavigation);
        connect(m_session, signal, this, &MainWindow::updateIndexesAction);
    }
    connect(m_session, &Session::changedElsewhere, this,
            [this] { statusBar()->showMessage(tr("Updated with decisions other people just made"), 8000); });
    connect(m_session, &Session::showRequested, this, [this](View view, const QString& kind, const QString& id) {
        showPage(view);
        if (Page* target = page(view); target && !target->showItem(kind, id))
            m_messageBar->showMessage(MessageBar::Kind::Warning,
                                      tr("%1 %2 is not in the %3 view.").arg(kind, id, target->title()));
    });

    restoreGeometry(Settings::value(Settings::Key::WindowGeometry).toByteArray());
    restoreState(Settings::value(Settings::Key::WindowState).toByteArray());
    const int current = Settings::value(Settings::Key::CurrentPage).toInt();
    m_navigation->setCurrentRow(current >= 0 && current < m_pageList.size() ? current : 0);
    if (!Settings::value(Settings::Key::WindowGeometry).isValid())
        resize(1280, 800);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page* page)
{
    m_pageList << page;
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    const int index = static_cast<int>(m_pageList.size());
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(page->title()).arg(index));
    fitNavigation();
}

void MainWindow::fitNavigation()
{
    // The entries' own width (icon, text and the style sheet's padding), the list's spacing on
    // both sides and its frame; never narrower than it always was.
    m_navigation->ensurePolished();
    const int entries =
        m_navigation->sizeHintForColumn(0) + 2 * m_navigation->spacing() + 2 * m_navigation->frameWidth() + 4;
    m_navigation->setFixedWidth(qMax(150, entries));
}

Page* MainWindow::page(View view) const
{
    for (Page* p : m_pageList) {
        if (p->view() == view)
            return p;
    }
    return nullptr;
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_pages->currentWidget());
}

void MainWindow::showPage(View view)
{
    for (int i = 0; i < m_pageList.size(); ++i) {
        if (m_pageList.at(i)->view() == view)
            m_navigation->setCurrentRow(i);
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setObjectName(QStringLiteral("openAction"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QAction* demo = file->addAction(tr("Write a &demo database…"), this, &MainWindow::showWriteDemoDialog);
    demo->setToolTip(tr("Write a new SQLite file with a pipeline's tables in every workflow state, and open it"));
    open->setToolTip(tr("Open a SQLite file or connect to a PostgreSQL server"));
    for (Page* p : std::as_const(m_pageList))
        p->setStartActions({open, demo});
    QAction* close = file->addAction(tr("&Close database"), m_session, &Session::close);
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    file->addSeparator();
    m_initAction = file->addAction(tr("&Initialise Steward tables"), this, &MainWindow::initialise);
    m_indexesAction = file->addAction(tr("Create search and filter &indexes"), this, &MainWindow::createIndexes);
    m_indexesAction->setObjectName(QStringLiteral("createIndexesAction"));
    file->addSeparator();
    QAction* exportCsv = file->addAction(tr("&Export view to CSV…"), this, &MainWindow::exportViewCsv);
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    exportCsv->setToolTip(tr("Write the rows this view lists, with its filters, search and order, to a CSV file"));
    new SnapshotActions(this, file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pageList.size(); ++i) {
        Page* p = m_pageList.at(i);
        QAction* action = view->addAction(p->icon(), p->title(), this, [this, i] { m_navigation->setCurrentRow(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction* refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (!m_session->isOpen())
            return;
        if (Outcome reloaded = m_session->reload(); !reloaded)
            m_messageBar->showMessage(MessageBar::Kind::Error, reloaded.message());
        if (Page* p = currentPage())
            p->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(language);
    const QString chosen = Settings::value(Settings::Key::Language).toString();
    for (const Language::Choice& choice : Language::choices()) {
        QAction* action = language->addAction(choice.label, this, [this, code = choice.code] { switchLanguage(code); });
        action->setCheckable(true);
        action->setChecked(choice.code == chosen);
        action->setData(choice.code);
        languages->addAction(action);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* sheet = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcutSheet);
    sheet->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Question)});
    help->addAction(tr("&About Steward"), this, [this] {
        QMessageBox::about(this, tr("About Steward"),
                           tr("<b>Steward %1</b><p>Review and governance for forecasting models: LLM suggestions, "
                              "model versions, policy violations, and an audit trail of who decided what.</p>")
                               .arg(QStringLiteral(STEWARD_VERSION)));
    });
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentConnections();
    for (const QString& entry : recent) {
        m_recentMenu->addAction(entry, this, [this, entry] {
            auto target = ConnectionTarget::parse(entry);
            if (!target) {
                m_messageBar->showMessage(MessageBar::Kind::Error, target.failure().message());
                return;
            }
            // openTarget() and the connection dialog show every reason a connection failed.
            openOrAsk(*target);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openOrAsk(const ConnectionTarget& target, const OpenOptions& options)
{
    // A URI without its password (recent connections never keep one): the keyring may have it.
    if (target.backend == Backend::Postgres && target.password.isEmpty()) {
        Keyring::password(target, this, [this, target, options](const std::optional<QString>& stored) {
            ConnectionTarget attempt = target;
            if (stored)
                attempt.password = *stored;
            openOrAskWith(target, attempt, options);
        });
        return;
    }
    openOrAskWith(target, target, options);
}

void MainWindow::openOrAskWith(const ConnectionTarget& target, const ConnectionTarget& attempt,
                               const OpenOptions& options)
{
    openInBackground(attempt, options, [this, target, options](const Outcome& opened) {
        if (opened || target.backend != Backend::Postgres || opened.code() != OutcomeCode::CannotOpen)
            return;
        // Turned away (no password, a wrong one, or no server): ask, showing why, once the
        // opening's result has been delivered.
        QTimer::singleShot(0, this, [this, target, options, why = opened.message()] {
            ConnectionDialog dialog(this);
            dialog.setTarget(target);
            dialog.setResultText(tr("✘ %1").arg(why));
            setOpenerOf(dialog, options);
            dialog.exec();
        });
    });
}

Outcome MainWindow::openTarget(const ConnectionTarget& target, const OpenOptions& options)
{
    const Database* before = m_session->database();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome opened = m_session->open(target, options);
    QApplication::restoreOverrideCursor();
    return finishOpening(target, options, opened, m_session->database() != before);
}

void MainWindow::openInBackground(const ConnectionTarget& target, const OpenOptions& options,
                                  std::function<void(const Outcome&)> then)
{
    // The window stays usable meanwhile (no wait cursor): the message says what is happening.
    m_messageBar->showMessage(MessageBar::Kind::Information, tr("Opening %1…").arg(target.displayName()), tr("Cancel"),
                              [this] { cancelOpening(); });
    const Database* before = m_session->database();
    m_session->openInBackground(target, options, [this, target, options, then, before](const Outcome& opened) {
        m_messageBar->dismiss();
        const Outcome shown = finishOpening(target, options, opened, m_session->database() != before);
        if (then)
            then(shown);
    });
}

void MainWindow::cancelOpening()
{
    m_session->cancelOpening();
    m_messageBar->dismiss();
}

void MainWindow::setOpenerOf(ConnectionDialog& dialog, const OpenOptions& options)
{
    dialog.setOpener(
        [this, options](const ConnectionTarget& entered, std::function<void(const Outcome&)> done) {
            openInBackground(entered, options, std::move(done));
        },
        [this] { cancelOpening(); });
}

Outcome MainWindow::finishOpening(const ConnectionTarget& target, const OpenOptions& options, const Outcome& opened,
                                  bool adopted)
{
    // A database that opened but could not be read in full is open all the same; one that did
    // not open leaves the one before, if any, as it was.
    if (!adopted) {
        m_messageBar->showMessage(MessageBar::Kind::Error, tr("Could not open the database. %1").arg(opened.message()),
                                  tr("Open another…"), [this] { showOpenDialog(); });
        return opened;
    }
    m_lastOptions = options;
    Settings::addRecentConnection(target.persistentForm());
    rebuildRecentMenu();
    afterOpen();
    return opened;
}

void MainWindow::afterOpen()
{
    m_messageBar->dismiss();
    const bool writable = !m_session->isReadOnly();
    m_initAction->setEnabled(writable);
    updateIndexesAction();
    const bool pipeline = m_session->database()->profile().name == QLatin1String("pipeline");
    const QStringList missing = pipeline ? m_session->catalog().missingPipelineTables() : QStringList();
    if (!m_session->hasAppTables() && missing.size() == PipelineSchema::tables().size()) {
        // Initialising alone would leave every view unavailable: point at what would help.
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("This database is empty: it has neither the pipeline's tables nor Steward's. "
                                     "Open the pipeline's database, or write a demo database to try Steward."),
                                  tr("Write a demo…"), [this] { showWriteDemoDialog(); });
    } else if (!m_session->hasAppTables() && writable) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("This database has no Steward tables yet. Decisions, roles and the audit trail "
                                     "need them; pipeline tables are not changed."),
                                  tr("Initialise"), [this] { initialise(); });
    } else if (!m_session->hasAppTables()) {
        m_messageBar->showMessage(
            MessageBar::Kind::Information,
            tr("Read-only: this database has no Steward tables, so there is no audit trail to show."));
    }
    // Only the forecasting pipeline's own database lacks its tables; another system's is
    // recognised as such (status bar) and its views say what they need.
    if (!missing.isEmpty() && m_messageBar->isHidden()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("Some pipeline tables are missing (%1); views that need them are disabled.")
                                      .arg(missing.join(QStringLiteral(", "))));
    }
    warnOfForeignTriggers();
}

void MainWindow::updateNavigation()
{
    // A view this database cannot feed stays selectable (its page says why and what would
    // help) but reads as unavailable, with the reason in its tooltip.
    const QColor unavailable = palette().color(QPalette::Disabled, QPalette::WindowText);
    for (int i = 0; i < m_pageList.size(); ++i) {
        Page* p = m_pageList.at(i);
        QListWidgetItem* item = m_navigation->item(i);
        const QStringList missing = m_session->isOpen() ? m_session->missingFor(p->view()) : QStringList();
        const QString shortcut = tr("%1 (Ctrl+%2)").arg(p->title()).arg(i + 1);
        item->setData(Qt::UserRole, missing.isEmpty());
        if (missing.isEmpty()) {
            item->setData(Qt::ForegroundRole, QVariant());
            item->setToolTip(shortcut);
        } else {
            item->setForeground(unavailable);
            item->setToolTip(tr("%1: not available here; it needs %2, which this database does not have")
                                 .arg(shortcut, missing.join(QStringLiteral(", "))));
        }
    }
}

void MainWindow::updateIndexesAction()
{
    const bool open = m_session->isOpen();
    const bool admin = open && m_session->role() == Role::Admin;
    const bool writable = open && !m_session->isReadOnly();
    const bool running = m_indexes && m_indexes->isRunning();
    m_indexesAction->setEnabled(admin && writable && !running);
    m_indexesAction->setToolTip(
        running     ? tr("The indexes are being created")
        : !open     ? tr("Open a database first")
        : !writable ? tr("The database is open read-only")
        : !admin    ? tr("Only an admin creates indexes; your role is %1").arg(roleName(m_session->role()))
                    : tr("Full-text search, sorting by a metric change and the monitoring summaries read "
                            "along indexes (steward-cli init --indexes); a minute and more at a million rows"));
}

void MainWindow::createIndexes()
{
    if (!m_session->isOpen() || m_session->isReadOnly() || m_session->role() != Role::Admin)
        return;
    if (!m_indexes) {
        m_indexes = new IndexesJob(this);
        connect(m_indexes, &IndexesJob::finished, this, [this](const Result<QStringList>& created) {
            updateIndexesAction();
            if (!created) {
                m_messageBar->showMessage(MessageBar::Kind::Error,
                                          tr("The indexes were not created: %1").arg(created.failure().message()));
                return;
            }
            // The window's own connection sees them from its next query on; reading the
            // schema again lets every view know.
            std::ignore = m_session->reload();
            m_messageBar->showMessage(MessageBar::Kind::Success,
                                      tr("Indexes ready: %1.").arg(created->join(QStringLiteral(", "))));
            emit indexesCreated(*created);
        });
    }
    m_indexes->start(m_session->database()->target(), m_session->actingUser());
    updateIndexesAction();
    m_messageBar->showMessage(MessageBar::Kind::Information,
                              tr("Creating the search and filter indexes on a connection of their own; the window "
                                 "stays usable. At a million suggestions this takes a minute or two."));
}

void MainWindow::exportViewCsv()
{
    Page* shown = currentPage();
    if (shown && m_session->isOpen() && shown->exportOwnCsv())
        return;
    const PagedTableModel* rows = shown && m_session->isOpen() ? shown->exportableRows() : nullptr;
    if (!rows) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("%1 lists nothing to export here. Suggestions, Models, Governance, Audit and "
                                     "Tables export the rows they show; the SQL console exports its result.")
                                      .arg(shown ? shown->title() : QString()));
        return;
    }
    const QString directory = Settings::value(Settings::Key::LastDirectory).toString();
    const QString path =
        m_csvPathChooser
            ? m_csvPathChooser(viewKey(shown->view()))
            : QFileDialog::getSaveFileName(this, tr("Export view to CSV"),
                                           QDir(directory).filePath(viewKey(shown->view()) + QStringLiteral(".csv")),
                                           tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
    auto* job = new ViewCsvExport(this);
    connect(job, &ViewCsvExport::finished, this, [this](const Result<qint64>& written, const QString& file) {
        if (!written) {
            m_messageBar->showMessage(MessageBar::Kind::Error,
                                      tr("The CSV file was not written: %1").arg(written.failure().message()));
            return;
        }
        const QString where = QDir::toNativeSeparators(file);
        m_messageBar->showMessage(MessageBar::Kind::Success,
                                  *written == 1 ? tr("Wrote 1 row to %1.").arg(where)
                                                : tr("Wrote %1 rows to %2.").arg(QLocale().toString(*written), where));
        emit csvExported(file, *written);
    });
    job->start(m_session->database()->target(), m_session->actingUser(), rows->query(), path);
}

void MainWindow::showWriteDemoDialog()
{
    WriteDemoDialog dialog(this);
    connect(&dialog, &WriteDemoDialog::openRequested, this, [this](const QString& path) {
        ConnectionTarget target;
        target.sqlitePath = path;
        openOrAsk(target);
    });
    dialog.exec();
}

void MainWindow::warnOfForeignTriggers()
{
    // A trigger stored in the file runs with every write, Steward's decisions included, and can
    // change other rows in the same transaction; it outranks the notes above.
    auto triggers = ForeignTriggers::list(*m_session->database());
    if (!triggers || triggers->isEmpty())
        return;
    const QString names = ForeignTriggers::describe(*triggers);
    m_messageBar->showMessage(
        MessageBar::Kind::Warning,
        m_session->isReadOnly()
            ? tr("This file carries triggers Steward did not create: %1. They are switched off while it is open "
                 "read-only; opened read-write, they would run with every decision.")
                  .arg(names)
            : tr("This file carries triggers Steward did not create: %1. They run with every decision made here and "
                 "can change other rows unseen; Audit ▸ Verify chain finds what they changed.")
                  .arg(names));
}

void MainWindow::initialise()
{
    if (Outcome done = m_session->initialise(); !done) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Could not create Steward's tables: %1").arg(done.message()));
        return;
    }
    updateIndexesAction();
    m_messageBar->showMessage(MessageBar::Kind::Success,
                              tr("Steward's tables are ready (schema version %1). %2 is admin.")
                                  .arg(m_session->appSchemaVersion())
                                  .arg(m_session->actingUser()));
}

void MainWindow::showOpenDialog()
{
    ConnectionDialog dialog(this);
    // A database that cannot be opened keeps the dialog open with the reason in it.
    setOpenerOf(dialog, {});
    dialog.exec();
}

void MainWindow::showShortcutSheet()
{
    QList<QPair<QString, QString>> rows{{QStringLiteral("Ctrl+O"), tr("Open a database")},
                                        {QStringLiteral("Ctrl+1 … Ctrl+%1").arg(m_pageList.size()), tr("Switch view")},
                                        {QStringLiteral("F5"), tr("Refresh the current view")},
                                        {QStringLiteral("F1"), tr("This sheet")},
                                        {QStringLiteral("Ctrl+Q"), tr("Quit")}};
    for (Page* p : m_pageList) {
        for (const auto& [keys, text] : p->shortcuts())
            rows << qMakePair(keys, tr("%1: %2").arg(p->title(), text));
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutSheet"));
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* table = new QTableWidget(static_cast<int>(rows.size()), 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(520, 420);
    dialog.exec();
}

void MainWindow::updateTitle()
{
    if (!m_session->isOpen()) {
        setWindowTitle(tr("Steward"));
        return;
    }
    setWindowTitle(tr("%1 — Steward").arg(m_session->database()->target().displayName()));
}

MainWindow* MainWindow::switchLanguage(const QString& code)
{
    Settings::setValue(Settings::Key::Language, code);
    Language::apply(code);
    // Every text of every view is set where the widget is built, so the window is built again
    // in the new language, where this one stood, on the same connection target (the password
    // stays in memory) and the same view; this one closes.
    saveWindowSettings();
    auto* fresh = new MainWindow;
    fresh->setAttribute(Qt::WA_DeleteOnClose);
    fresh->restoreGeometry(saveGeometry());
    fresh->m_csvPathChooser = m_csvPathChooser;
    if (m_session->isOpen())
        fresh->openOrAsk(m_session->database()->target(), m_lastOptions);
    if (Page* shown = currentPage())
        fresh->showPage(shown->view());
    fresh->show();
    close();
    return fresh;
}

void MainWindow::saveWindowSettings()
{
    Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::WindowState, saveState());
    Settings::setValue(Settings::Key::CurrentPage, m_navigation->currentRow());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowSettings();
    event->accept();
}

} // namespace steward
