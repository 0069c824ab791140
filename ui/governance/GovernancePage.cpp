#include "GovernancePage.h"

#include "models/governance/ViolationHeadline.h"
#include "models/governance/ViolationQuery.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/profiles/Profile.h"
#include "models/profiles/ScopeWords.h"
#include "ui/governance/DeadlinesDialog.h"
#include "ui/governance/PoliciesPanel.h"
#include "ui/governance/ReportDialog.h"
#include "ui/governance/ReportExporter.h"
#include "ui/governance/ViolationDetail.h"
#include "ui/governance/ViolationFilterBar.h"
#include "ui/governance/ViolationHeadlineBar.h"
#include "ui/governance/ViolationsPanel.h"
#include "ui/shell/DatabaseReads.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/widgets/MessageBar.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace steward {

GovernancePage::GovernancePage(Session* session, QWidget* parent)
    : Page(View::Governance, session, parent), m_exporter(new ReportExporter(session, this)),
      m_choiceJobs(new JobRunner(this)), m_headlineJobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("governancePage"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messages = new MessageBar(content);
    m_messages->setObjectName(QStringLiteral("governanceMessages"));
    layout->addWidget(m_messages);
    m_headline = new ViolationHeadlineBar(content);
    layout->addWidget(m_headline);

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("governanceTabs"));
    m_tabs->setDocumentMode(true);
    m_violations = new ViolationsPanel(session, m_tabs);
    m_policies = new PoliciesPanel(session, m_tabs);
    m_tabs->addTab(m_violations, tr("&Violations"));
    m_tabs->addTab(m_policies, tr("Po&licies"));
    auto* corner = new QWidget(m_tabs);
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 2);
    m_deadlines = new QPushButton(tr("&Deadlines…"), corner);
    m_deadlines->setObjectName(QStringLiteral("deadlinesButton"));
    m_export = new QPushButton(tr("&Export report…"), corner);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setToolTip(tr("A compliance report for a period as PDF, HTML or CSV (Ctrl+E)"));
    cornerLayout->addWidget(m_deadlines);
    cornerLayout->addWidget(m_export);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    layout->addWidget(m_tabs, 1);

    m_progressRow = new QWidget(content);
    m_progressRow->setObjectName(QStringLiteral("reportProgressRow"));
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 4, 0, 0);
    m_progressText = new QLabel(m_progressRow);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 100);
    auto* cancel = new QPushButton(tr("Cancel"), m_progressRow);
    cancel->setObjectName(QStringLiteral("cancelReportButton"));
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(cancel);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);
    setContent(content);

    m_loadTimer = new QTimer(this);
    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(0);
    connect(m_loadTimer, &QTimer::timeout, this, &GovernancePage::loadNow);
    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, m_violations, &ViolationsPanel::tick);
    // Time makes violations overdue: the numbers move on with the queue's clock.
    connect(m_clock, &QTimer::timeout, this, &GovernancePage::countHeadline);
    connect(m_headline, &ViolationHeadlineBar::chosen, this, [this](ViolationHeadline::Kind kind) {
        m_tabs->setCurrentWidget(m_violations);
        m_violations->filters()->showOnly(ViolationHeadline::filterFor(kind));
    });
    connect(m_headline, &ViolationHeadlineBar::cleared, m_violations->filters(), &ViolationFilterBar::reset);
    connect(m_violations->filters(), &ViolationFilterBar::filterChanged, this,
            [this] { m_headline->setCurrent(ViolationHeadline::kindOf(m_violations->filters()->filter())); });

    connect(m_export, &QPushButton::clicked, this, &GovernancePage::askForReport);
    connect(m_deadlines, &QPushButton::clicked, this, &GovernancePage::editDeadlines);
    connect(cancel, &QPushButton::clicked, m_exporter, &ReportExporter::cancel);
    connect(m_exporter, &ReportExporter::progress, this, [this](const QString& stage, int percent) {
        m_progressText->setText(stage);
        m_progress->setValue(percent);
    });
    connect(m_exporter, &ReportExporter::finished, this, &GovernancePage::reportFinished);
    connect(m_violations, &ViolationsPanel::message, this,
            [this](const QString& text, MessageBar::Kind kind) { m_messages->showMessage(kind, text); });
    connect(m_violations, &ViolationsPanel::changed, this, [this] {
        countHeadline();
        this->session()->announceChange(QStringLiteral("violation"));
    });
    connect(m_violations, &ViolationsPanel::policyRequested, this, [this](const QString& policyId) {
        m_tabs->setCurrentWidget(m_policies);
        m_policies->showPolicy(policyId);
    });
    connect(m_policies, &PoliciesPanel::showViolations, this, [this](const QString& policyId, const QString& name) {
        m_tabs->setCurrentWidget(m_violations);
        m_violations->filterByPolicy(policyId, name);
    });
    connect(m_policies, &PoliciesPanel::violationActivated, this, [this](const QString& id) {
        m_tabs->setCurrentWidget(m_violations);
        m_violations->showViolation(id);
    });
    connect(session, &Session::itemsChanged, this, [this](const QString& kind) {
        // Other pages' decisions (and the audit trail) can change what this one shows; it is read
        // again when next on screen.
        if (kind != QLatin1String("violation"))
            refresh();
    });

    auto* search = new QShortcut(QKeySequence::Find, this, m_violations, [this] {
        m_tabs->setCurrentWidget(m_violations);
        m_violations->focusSearch();
    });
    search->setContext(Qt::WidgetWithChildrenShortcut);
    auto* exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this, this, &GovernancePage::askForReport);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    m_tabs->setCurrentIndex(qBound(0, Settings::value(Settings::Key::GovernanceTab).toInt(), 1));
}

GovernancePage::~GovernancePage()
{
    Settings::setValue(Settings::Key::GovernanceTab, m_tabs->currentIndex());
}

void GovernancePage::load()
{
    // Opening a database asks every page to load (more than once); this one reads only when it
    // is on screen, and once for a burst of requests.
    m_stale = true;
    if (isVisible())
        m_loadTimer->start();
}

void GovernancePage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale)
        m_loadTimer->start();
}

void GovernancePage::loadNow()
{
    Database* db = session()->database();
    if (!db)
        return;
    m_stale = false;
    ViolationQueryContext context;
    context.now = db->asOf();
    context.hasAppTables = session()->hasAppTables();
    ViolationQuery::readSearchIndexes(*db, context);
    auto deadlines = Deadlines::load(*db);
    if (deadlines)
        context.deadlines = *deadlines;
    else
        m_messages->showMessage(
            MessageBar::Kind::Warning,
            tr("Could not read the deadlines; the defaults are used. %1").arg(deadlines.failure().message()));
    m_context = context;
    QObject::disconnect(m_afterFirstRows);
    m_afterFirstRowsPending = true;
    m_afterFirstRows =
        connect(m_violations->pagedRows(), &PagedTableModel::queryLoaded, this, &GovernancePage::loadAfterFirstRows);
    m_violations->load(context);
    m_deadlines->setToolTip(session()->whyNot(Permission::ChangeSettings).isEmpty()
                                ? tr("Change how long violations of each severity may stay open")
                                : tr("See the deadlines. %1").arg(session()->whyNot(Permission::ChangeSettings)));
    m_clock->start();
}

void GovernancePage::loadAfterFirstRows()
{
    QObject::disconnect(m_afterFirstRows);
    if (!m_afterFirstRowsPending || !session()->database())
        return;
    m_afterFirstRowsPending = false;
    m_policies->load(m_context);
    readChoices(); // then the headline, whose buttons choose among them
}

void GovernancePage::unload()
{
    QObject::disconnect(m_afterFirstRows);
    m_afterFirstRowsPending = false;
    m_stale = false;
    m_loadTimer->stop();
    m_clock->stop();
    for (JobRunner* jobs : {m_choiceJobs, m_headlineJobs}) {
        jobs->abandon();
        jobs->release(); // their connections were to the database that closed
    }
    m_violations->unload();
    m_policies->unload();
    m_headline->clearCounts();
    m_messages->dismiss();
}

bool GovernancePage::isLoading() const
{
    return m_afterFirstRowsPending || m_choiceJobs->isRunning() || m_headlineJobs->isRunning() ||
           m_violations->detail()->isLoading();
}

void GovernancePage::countHeadline()
{
    Database* db = session()->database();
    if (!db || m_stale)
        return;
    m_context.now = db->asOf();
    readDatabase<ViolationHeadline::Counts>(
        m_headlineJobs, *db,
        [context = m_context](Database& own, JobControl&) { return ViolationHeadline::count(own, context); },
        [this](const Result<ViolationHeadline::Counts>& counts) {
            if (!counts) {
                m_headline->clearCounts();
                m_messages->showMessage(MessageBar::Kind::Error, counts.failure().message());
                return;
            }
            m_headline->setCounts(*counts);
            m_headline->setCurrent(ViolationHeadline::kindOf(m_violations->filters()->filter()));
        });
}

void GovernancePage::readChoices()
{
    Database* db = session()->database();
    if (!db)
        return;
    readDatabase<ViolationChoices>(
        m_choiceJobs, *db,
        [context = m_context](Database& own, JobControl&) { return ViolationChoicesRead::load(own, context); },
        [this](const Result<ViolationChoices>& choices) {
            if (choices)
                m_violations->setChoices(*choices);
            countHeadline();
        });
}

void GovernancePage::refresh()
{
    if (session()->isOpen() && session()->missingFor(View::Governance).isEmpty())
        load();
}

bool GovernancePage::showItem(const QString& itemKind, const QString& itemId)
{
    if (!session()->database())
        return false;
    if (m_stale)
        loadNow();
    if (itemKind == QLatin1String("violation")) {
        auto id = ViolationQuery::resolveId(*session()->database(), itemId);
        if (!id)
            return false;
        m_tabs->setCurrentWidget(m_violations);
        m_violations->showViolation(*id);
        return true;
    }
    if (itemKind == QLatin1String("policy")) {
        m_tabs->setCurrentWidget(m_policies);
        return m_policies->showPolicy(itemId);
    }
    return false;
}

QList<QPair<QString, QString>> GovernancePage::shortcuts() const
{
    return {{QStringLiteral("Alt+V / Alt+L"), tr("Violations / Policies tab")},
            {QStringLiteral("Ctrl+F"), tr("Search violation descriptions")},
            {QStringLiteral("Alt+I"), tr("Start investigating the selected violation")},
            {QStringLiteral("Alt+R / Alt+F"), tr("Resolve it / mark it a false positive")},
            {QStringLiteral("Alt+O / Alt+P"), tr("Back to open / reopen")},
            {QStringLiteral("Alt+A / Alt+C"), tr("Assign / comment")},
            {QStringLiteral("Ctrl+E"), tr("Export a compliance report")}};
}

void GovernancePage::askForReport()
{
    if (!session()->database() || m_exporter->isRunning())
        return;
    auto clients = ViolationQuery::distinctValues(*session()->database(), ViolationQuery::Client, {});
    ReportDialog dialog(clients ? *clients : QStringList(), ScopeWords::all(session()->database()->profile()),
                        session()->database()->asOf().date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Settings::setValue(Settings::Key::LastDirectory, QFileInfo(dialog.path()).absolutePath());
    exportReport(dialog.options(), dialog.path());
}

void GovernancePage::exportReport(const ReportOptions& options, const QString& path)
{
    ReportOptions chosen = options;
    // The PDF and HTML list the first items of long lists; the CSV has every one.
    chosen.listLimit = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? 0 : 200;
    m_export->setEnabled(false);
    m_progress->setValue(0);
    m_progressRow->show();
    m_exporter->start(chosen, path);
}

void GovernancePage::reportFinished(bool ok, const QString& message, const QString& path)
{
    m_progressRow->hide();
    m_export->setEnabled(true);
    if (!ok) {
        m_messages->showMessage(MessageBar::Kind::Error, message);
        return;
    }
    m_messages->showMessage(MessageBar::Kind::Success, message, tr("Open"),
                            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
}

void GovernancePage::editDeadlines()
{
    if (!session()->database())
        return;
    auto current = Deadlines::load(*session()->database());
    if (!current) {
        m_messages->showMessage(MessageBar::Kind::Error, current.failure().message());
        return;
    }
    DeadlinesDialog dialog(*current, session()->whyNot(Permission::ChangeSettings), this);
    if (dialog.exec() != QDialog::Accepted || dialog.changes().isEmpty())
        return;
    if (Outcome changed = Deadlines::change(*session()->database(), dialog.changes()); !changed) {
        m_messages->showMessage(MessageBar::Kind::Error, changed.message());
        return;
    }
    m_messages->showMessage(MessageBar::Kind::Success, tr("The deadlines were changed."));
    session()->announceChange(QStringLiteral("setting"));
    loadNow();
}

const PagedTableModel* GovernancePage::exportableRows() const
{
    return exportableOrNull(m_violations->pagedRows());
}

} // namespace steward
