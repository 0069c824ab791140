#include "PoliciesPanel.h"

#include "models/governance/PolicyListModel.h"
#include "models/governance/ViolationTerms.h"
#include "ui/governance/StyledViolationModel.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace steward {

namespace {
QLabel* textLabel(QWidget* parent, const QString& objectName = {})
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void setLines(QLabel* label, const QStringList& lines)
{
    QStringList html;
    for (const QString& line : lines) {
        QString escaped = line.toHtmlEscaped();
        // Keep the indentation of nested rules.
        int spaces = 0;
        while (spaces < escaped.size() && escaped.at(spaces) == QLatin1Char(' '))
            ++spaces;
        html << QString(spaces, QChar(0x00a0)) + escaped.mid(spaces);
    }
    label->setText(html.join(QStringLiteral("<br>")));
}
} // namespace

PoliciesPanel::PoliciesPanel(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_policies(new PolicyListModel(this)),
      m_raised(new StyledViolationModel(this))
{
    setObjectName(QStringLiteral("policiesPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_list = new QTableView(m_splitter);
    m_list->setObjectName(QStringLiteral("policyList"));
    m_list->setModel(m_policies);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->setWordWrap(false);

    auto* scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_detail = new QWidget(scroll);
    auto* detail = new QVBoxLayout(m_detail);
    m_name = textLabel(m_detail, QStringLiteral("policyName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_name->setFont(big);
    m_summary = textLabel(m_detail, QStringLiteral("policySummary"));
    m_description = textLabel(m_detail, QStringLiteral("policyDescription"));
    detail->addWidget(m_name);
    detail->addWidget(m_summary);
    detail->addWidget(m_description);
    auto* rulesBox = new QGroupBox(tr("Rules"), m_detail);
    (new QVBoxLayout(rulesBox))->addWidget(m_rules = textLabel(rulesBox, QStringLiteral("policyRules")));
    auto* thresholdsBox = new QGroupBox(tr("Thresholds"), m_detail);
    (new QVBoxLayout(thresholdsBox))
        ->addWidget(m_thresholds = textLabel(thresholdsBox, QStringLiteral("policyThresholds")));
    detail->addWidget(rulesBox);
    detail->addWidget(thresholdsBox);
    auto* raisedBox = new QGroupBox(tr("Violations it raised"), m_detail);
    auto* raised = new QVBoxLayout(raisedBox);
    m_counts = textLabel(raisedBox, QStringLiteral("policyViolationCounts"));
    m_showAll = new QPushButton(tr("Show in the violation &queue"), raisedBox);
    m_showAll->setObjectName(QStringLiteral("showPolicyViolations"));
    m_raisedView = new QTableView(raisedBox);
    m_raisedView->setObjectName(QStringLiteral("policyViolations"));
    m_raisedView->setModel(m_raised);
    m_raisedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_raisedView->verticalHeader()->hide();
    m_raisedView->setAlternatingRowColors(true);
    m_raisedView->setMinimumHeight(180);
    m_raisedView->setToolTip(tr("Double-click (or Enter) to open a violation in the queue"));
    raised->addWidget(m_counts);
    raised->addWidget(m_raisedView, 1);
    raised->addWidget(m_showAll, 0, Qt::AlignLeft);
    detail->addWidget(raisedBox, 1);
    scroll->setWidget(m_detail);
    m_detail->hide();

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({520, 700});
    m_splitter->restoreState(Settings::value(Settings::Key::GovernancePoliciesSplitter).toByteArray());
    layout->addWidget(m_splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PoliciesPanel::policySelected);
    connect(m_showAll, &QPushButton::clicked, this, [this] { emit showViolations(m_policyId, m_policyName); });
    connect(m_raisedView, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit violationActivated(m_raised->violationIdAt(index.row())); });
}

PoliciesPanel::~PoliciesPanel()
{
    Settings::setValue(Settings::Key::GovernancePoliciesSplitter, m_splitter->saveState());
}

void PoliciesPanel::load(const ViolationQueryContext& context)
{
    m_context = context;
    m_stale = true;
    // The policy list counts violations per policy; it is read when its tab is first shown.
    if (isVisible())
        reload();
}

void PoliciesPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void PoliciesPanel::reload()
{
    m_stale = false;
    Database* db = m_session->database();
    if (!db)
        return;
    m_policies->setDatabase(db);
    m_raised->setDatabase(db);
    const Outcome loaded = m_policies->reload();
    if (!loaded) {
        m_name->setText(loaded.message());
        m_detail->show();
        return;
    }
    // Fixed widths: sizing columns to their contents would read every row of a paged model.
    m_list->horizontalHeader()->setSectionResizeMode(PolicyQuery::Name, QHeaderView::Stretch);
    m_list->setColumnHidden(PolicyQuery::PolicyId, true);
    m_list->setColumnWidth(PolicyQuery::Type, 110);
    m_list->setColumnWidth(PolicyQuery::Status, 70);
    m_list->setColumnWidth(PolicyQuery::Violations, 75);
    m_list->setColumnWidth(PolicyQuery::OpenViolations, 75);
    if (!m_policyId.isEmpty() && showPolicy(m_policyId))
        return;
    if (m_policies->rowCount() > 0)
        m_list->selectRow(0);
}

void PoliciesPanel::unload()
{
    m_stale = false;
    m_policies->setDatabase(nullptr);
    m_raised->setDatabase(nullptr);
    m_detail->hide();
}

bool PoliciesPanel::showPolicy(const QString& policyId)
{
    if (m_stale)
        reload();
    const int row = m_policies->rowOf(policyId);
    if (row < 0)
        return false;
    m_list->selectRow(row);
    m_list->scrollTo(m_policies->index(row, 0));
    return true;
}

void PoliciesPanel::policySelected()
{
    const QString id = m_policies->policyIdAt(m_list->currentIndex().row());
    if (id.isEmpty() || !m_session->database()) {
        m_detail->hide();
        return;
    }
    auto policy = PolicyQuery::find(*m_session->database(), id);
    m_detail->show();
    if (!policy) {
        m_name->setText(policy.failure().message());
        return;
    }
    m_policyId = policy->policyId;
    m_policyName = policy->name;
    m_name->setText(policy->name);
    m_summary->setText(
        tr("%1 policy · %2 · id %3").arg(PolicyQuery::readableKey(policy->type), policy->status, policy->policyId));
    m_description->setText(policy->description);
    setLines(m_rules, PolicyQuery::readableLines(policy->rules));
    setLines(m_thresholds, PolicyQuery::readableLines(policy->thresholds));
    QStringList parts;
    for (const QString& status : ViolationTerms::knownStatuses()) {
        if (const qint64 count = policy->violationsByStatus.value(status))
            parts << tr("%1 %2").arg(QLocale().toString(count), ViolationTerms::statusLabel(status).toLower());
    }
    for (auto it = policy->violationsByStatus.cbegin(); it != policy->violationsByStatus.cend(); ++it) {
        if (!ViolationTerms::isKnownStatus(it.key()))
            parts << tr("%1 %2").arg(QLocale().toString(it.value()), it.key());
    }
    m_counts->setText(
        policy->violationCount() == 0
            ? tr("None so far.")
            : tr("%1 in all: %2.").arg(QLocale().toString(policy->violationCount()), parts.join(QStringLiteral(", "))));
    ViolationFilter filter;
    filter.policyId = policy->policyId;
    if (Outcome raised = m_raised->setFilter(filter, m_context); !raised)
        m_counts->setText(raised.message());
    for (int column = 0; column < ViolationQuery::ColumnCount; ++column) {
        const bool shown = column == ViolationQuery::Severity || column == ViolationQuery::Status ||
                           column == ViolationQuery::Client || column == ViolationQuery::DetectedAt ||
                           column == ViolationQuery::DueAt;
        m_raisedView->setColumnHidden(column, !shown);
    }
    for (const auto& [column, width] :
         {std::pair{ViolationQuery::Severity, 95}, std::pair{ViolationQuery::Status, 100},
          std::pair{ViolationQuery::Client, 110}, std::pair{ViolationQuery::DetectedAt, 125},
          std::pair{ViolationQuery::DueAt, 170}})
        m_raisedView->setColumnWidth(column, width);
    m_showAll->setEnabled(policy->violationCount() > 0);
}

} // namespace steward
