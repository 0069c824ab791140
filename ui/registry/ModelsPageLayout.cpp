// The Models page's widgets and how they are wired; the behaviour is in ModelsPage.cpp and
// ModelsActions.cpp.
#include "ModelsPage.h"
#include "models/db/Database.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/profiles/Profile.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionComparisonModel.h"
#include "ui/registry/ChartPanel.h"
#include "ui/registry/ComparisonDelegate.h"
#include "ui/registry/JobListProxy.h"
#include "ui/registry/VersionListProxy.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/widgets/CellDelegate.h"
#include "ui/widgets/MessageBar.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <tuple>

namespace steward {

namespace {
QTableView* tableView(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}
} // namespace

void ModelsPage::buildLayout()
{
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messages = new MessageBar(content);
    m_messages->setObjectName(QStringLiteral("modelsMessages"));
    layout->addWidget(m_messages);

    auto* bar = new QHBoxLayout;
    m_clientLabel = new QLabel(tr("Client:"), content);
    m_clientLabel->setObjectName(QStringLiteral("modelsClientLabel"));
    bar->addWidget(m_clientLabel);
    m_client = new QComboBox(content);
    m_client->setObjectName(QStringLiteral("modelsClient"));
    m_client->setMinimumContentsLength(14);
    bar->addWidget(m_client);
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("versionFilter"));
    m_filter->setPlaceholderText(tr("Find version…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(220);
    bar->addWidget(m_filter);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Chart metric:"), content));
    m_metric = new QComboBox(content);
    m_metric->setObjectName(QStringLiteral("modelsMetric"));
    m_metric->setMinimumContentsLength(10);
    bar->addWidget(m_metric);
    bar->addStretch(1);
    layout->addLayout(bar);
    // The actions on a row of their own, so that the choices and the actions fit a 1024 px
    // window in every language.
    bar = new QHBoxLayout;
    bar->addStretch(1);
    m_compare = new QPushButton(tr("Compare"), content);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_rollback = new QPushButton(tr("Roll back to this version…"), content);
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    m_import = new QPushButton(tr("Import model folder…"), content);
    m_import->setObjectName(QStringLiteral("importButton"));
    bar->addWidget(m_compare);
    bar->addWidget(m_rollback);
    bar->addWidget(m_import);
    layout->addLayout(bar);

    m_banner = new QLabel(content);
    m_banner->setObjectName(QStringLiteral("activeBanner"));
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("padding: 3px 2px;"));
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Vertical, content);
    m_table = tableView(m_splitter, QStringLiteral("versionTable"));
    m_table->setModel(m_proxy);
    // An empty cell where a version has no value (features, samples, a metric it lacks).
    auto* cells = new CellDelegate(m_table);
    cells->setNullText(QString());
    m_table->setItemDelegate(cells);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("modelsTabs"));
    m_detail = new QTextBrowser(m_tabs);
    m_detail->setObjectName(QStringLiteral("versionDetail"));
    m_detail->setOpenLinks(false);
    m_tabs->addTab(m_detail, tr("Details"));
    m_history = new ChartPanel(m_tabs);
    m_history->setObjectName(QStringLiteral("historyChart"));
    m_tabs->addTab(m_history, tr("Metric history"));
    m_comparisonTable = tableView(m_tabs, QStringLiteral("comparisonTable"));
    m_comparisonTable->setModel(m_comparison);
    m_comparisonTable->setItemDelegate(new ComparisonDelegate(m_comparisonTable));
    m_comparisonTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparisonTable->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_tabs->addTab(m_comparisonTable, tr("Compare"));
    m_jobTable = tableView(m_tabs, QStringLiteral("jobTable"));
    auto* jobs = new JobListProxy(this);
    jobs->setSourceModel(m_jobs);
    m_jobTable->setModel(jobs);
    auto* jobCells = new CellDelegate(m_jobTable);
    jobCells->setNullText(QString());
    m_jobTable->setItemDelegate(jobCells);
    m_jobTable->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_jobTable, tr("Training jobs"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->restoreState(Settings::value(Settings::Key::ModelsSplitter).toByteArray());
    layout->addWidget(m_splitter, 1);
    setContent(content);

    connect(m_client, &QComboBox::currentIndexChanged, this, &ModelsPage::clientChanged);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ModelsPage::showHistory);
    connect(m_metric, &QComboBox::currentTextChanged, m_proxy, &VersionListProxy::setKeyMetric);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ModelsPage::keyMetricChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ModelsPage::showHistory);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ModelsPage::showJobs);
    auto* filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this, &ModelsPage::reloadVersions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModelsPage::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ModelsPage::selectionChanged);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &ModelsPage::sortChanged);
    connect(m_compare, &QPushButton::clicked, this, &ModelsPage::compareSelected);
    // requestRollback() shows its outcome in the message bar; the result is for tests.
    connect(m_rollback, &QPushButton::clicked, this, [this] { std::ignore = requestRollback(); });
    connect(m_import, &QPushButton::clicked, this, &ModelsPage::chooseImportFolder);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this), &QShortcut::activated, this,
            &ModelsPage::compareSelected);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this), &QShortcut::activated, this, [this] {
        if (m_rollback->isEnabled())
            std::ignore = requestRollback();
    });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this), &QShortcut::activated, this, [this] {
        if (m_import->isEnabled())
            chooseImportFolder();
    });
    connect(m_history, &ChartPanel::exported, this, [this](const QString& path, const Outcome& saved) {
        if (saved)
            m_messages->showMessage(MessageBar::Kind::Success, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        else
            m_messages->showMessage(MessageBar::Kind::Error, tr("The chart was not saved: %1").arg(saved.message()));
    });
    updateActions();
}

void ModelsPage::updateActions()
{
    const QStringList selected = registry() ? selectedVersions() : QStringList();
    m_compare->setEnabled(selected.size() >= 2);
    m_compare->setText(selected.size() >= 2 ? tr("Compare %1").arg(selected.size()) : tr("Compare"));
    m_compare->setToolTip(selected.size() >= 2 ? tr("Show the selected versions side by side (Ctrl+D)")
                                               : tr("Select two or more versions (Ctrl+click) to compare them"));

    // Where the system marks its active versions, no role or mode would make a rollback possible.
    QString whyNotRollback = registry() && registry()->marksActive()
                                 ? tr("%1 marks which version is active itself; Steward does not change it.")
                                       .arg(registry()->database().profile().title)
                                 : session()->whyNot(Permission::RequestRollback);
    const QString version = currentVersion();
    if (whyNotRollback.isEmpty() && version.isEmpty())
        whyNotRollback = tr("Select the version to return to.");
    if (whyNotRollback.isEmpty() && m_proxy->isActive(version))
        whyNotRollback = tr("%1 is already the active version.").arg(version);
    if (whyNotRollback.isEmpty() && m_pendingRollbacks.contains(version))
        whyNotRollback = tr("A rollback to %1 already awaits a manager's decision.").arg(version);
    m_rollback->setEnabled(whyNotRollback.isEmpty());
    m_rollback->setToolTip(whyNotRollback.isEmpty()
                               ? tr("Ask a manager to make %1 the active version again (Ctrl+Shift+R)").arg(version)
                               : whyNotRollback);

    const QString whyNotImport = session()->whyNot(Permission::ImportModels);
    m_import->setEnabled(whyNotImport.isEmpty());
    m_import->setToolTip(whyNotImport.isEmpty()
                             ? tr("Register the versions of a file-based model registry folder (Ctrl+I)")
                             : whyNotImport);
}

} // namespace steward
