#include "ViolationFilterBar.h"

#include "models/governance/ViolationTerms.h"
#include "ui/render/ThemeColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace steward {

namespace {
// Item data for the special entries of the status and assignee choices.
const QString kActive = QStringLiteral("\x1f"
                                       "active");
const QString kUnassigned = QStringLiteral("\x1f"
                                           "unassigned");
} // namespace

ViolationFilterBar::ViolationFilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("violationFilters"));
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto* layout = new QHBoxLayout;
    layout->setSpacing(6);
    rows->addLayout(layout);
    m_status = addCombo(QStringLiteral("statusFilter"), tr("Status"));
    m_severity = addCombo(QStringLiteral("severityFilter"), tr("Severity"));
    m_type = addCombo(QStringLiteral("typeFilter"), tr("Violation type"));
    m_client = addCombo(QStringLiteral("clientFilter"), tr("Client"));
    m_assignee = addCombo(QStringLiteral("assigneeFilter"), tr("Assignee"));
    m_modelVersion = new QLineEdit(this);
    m_modelVersion->setObjectName(QStringLiteral("modelVersionFilter"));
    m_modelVersion->setPlaceholderText(tr("Model version"));
    m_modelVersion->setToolTip(tr("Only violations of this model version (exact)"));
    m_modelVersion->setClearButtonEnabled(true);
    m_modelVersion->setMaximumWidth(170);
    m_overdue = new QCheckBox(tr("O&verdue only"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_overdue->setToolTip(tr("Not closed and past the deadline for its severity"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("violationSearch"));
    m_search->setPlaceholderText(tr("Search descriptions (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_policy = new QToolButton(this);
    m_policy->setObjectName(QStringLiteral("policyFilter"));
    m_policy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_policy->setToolTip(tr("Only this policy's violations; click to show every policy's"));
    m_policy->hide();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("violationCount"));
    m_count->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColors::css(ThemeColors::muted())));

    // Two rows, so that the bar fits a 1024 px window in every language: the choices, then the
    // text filters with the count.
    for (QWidget* w :
         {static_cast<QWidget*>(m_status), static_cast<QWidget*>(m_severity), static_cast<QWidget*>(m_type),
          static_cast<QWidget*>(m_client), static_cast<QWidget*>(m_assignee)})
        layout->addWidget(w);
    layout->addStretch(1);
    auto* second = new QHBoxLayout;
    second->setSpacing(6);
    for (QWidget* w :
         {static_cast<QWidget*>(m_modelVersion), static_cast<QWidget*>(m_overdue), static_cast<QWidget*>(m_policy)})
        second->addWidget(w);
    second->addWidget(m_search, 1);
    second->addWidget(m_count);
    rows->addLayout(second);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &ViolationFilterBar::filterChanged);
    for (QLineEdit* edit : {m_modelVersion, m_search})
        connect(edit, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_overdue, &QCheckBox::toggled, this, &ViolationFilterBar::filterChanged);
    connect(m_policy, &QToolButton::clicked, this, [this] { setPolicy({}, {}); });
    clearChoices();
}

QComboBox* ViolationFilterBar::addCombo(const QString& objectName, const QString& tooltip)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    // As wide as about ten characters, not as the longest choice: the bar fits a 1024 px window
    // in every language. The list opens as wide as its entries, and the tooltip names the
    // choice in full.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->setToolTip(tooltip);
    connect(combo, &QComboBox::currentTextChanged, combo, [combo, tooltip](const QString& text) {
        combo->setToolTip(text.isEmpty() ? tooltip : QStringLiteral("%1: %2").arg(tooltip, text));
    });
    connect(combo, &QComboBox::activated, this, &ViolationFilterBar::filterChanged);
    return combo;
}

void ViolationFilterBar::fill(QComboBox* combo, const QString& anyText, const QList<QPair<QString, QVariant>>& items)
{
    const QVariant current = combo->currentData();
    QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const auto& [text, value] : items)
        combo->addItem(text, value);
    const int keep = combo->findData(current);
    combo->setCurrentIndex(keep >= 0 ? keep : 0);
}

void ViolationFilterBar::clearChoices()
{
    fill(m_status, tr("All statuses"), {});
    fill(m_severity, tr("All severities"), {});
    fill(m_type, tr("All types"), {});
    fill(m_client, tr("All clients"), {});
    fill(m_assignee, tr("Anyone"), {});
}

void ViolationFilterBar::setChoices(const ViolationChoices& choices, const QString& anyClient,
                                    const QString& actingUser)
{
    const auto values = [](const QStringList& found, const QStringList& known) {
        QStringList words = known;
        for (const QString& word : found) {
            if (!words.contains(word))
                words << word;
        }
        return words;
    };
    QList<QPair<QString, QVariant>> statuses{{tr("Still to do (not closed)"), kActive}};
    for (const QString& status : values(choices.statuses, ViolationTerms::knownStatuses()))
        statuses.append({ViolationTerms::statusLabel(status), status});
    fill(m_status, tr("All statuses"), statuses);

    QList<QPair<QString, QVariant>> severities;
    for (const QString& severity : values(choices.severities, ViolationTerms::knownSeverities()))
        severities.append({ViolationTerms::severityLabel(severity), severity});
    fill(m_severity, tr("All severities"), severities);

    QList<QPair<QString, QVariant>> plain;
    for (const QString& type : values(choices.types, {}))
        plain.append({type, type});
    fill(m_type, tr("All types"), plain);
    plain.clear();
    for (const QString& client : values(choices.clients, {}))
        plain.append({client, client});
    fill(m_client, anyClient, plain);

    QList<QPair<QString, QVariant>> people{{tr("Unassigned"), kUnassigned}};
    if (!actingUser.isEmpty())
        people.append({tr("Me (%1)").arg(actingUser), actingUser});
    for (const QString& person : values(choices.assignees, {})) {
        if (person != actingUser)
            people.append({person, person});
    }
    fill(m_assignee, tr("Anyone"), people);
}

ViolationFilter ViolationFilterBar::filter() const
{
    ViolationFilter filter;
    const QString status = m_status->currentData().toString();
    if (status == kActive)
        filter.activeOnly = true;
    else if (!status.isEmpty())
        filter.statuses = QStringList{status};
    if (const QString severity = m_severity->currentData().toString(); !severity.isEmpty())
        filter.severities = QStringList{severity};
    if (const QString type = m_type->currentData().toString(); !type.isEmpty())
        filter.types = QStringList{type};
    if (const QString client = m_client->currentData().toString(); !client.isEmpty())
        filter.clients = QStringList{client};
    const QString assignee = m_assignee->currentData().toString();
    if (assignee == kUnassigned)
        filter.unassignedOnly = true;
    else
        filter.assignee = assignee;
    filter.modelVersion = m_modelVersion->text().trimmed();
    filter.overdueOnly = m_overdue->isChecked();
    filter.search = m_search->text().trimmed();
    filter.policyId = m_policyId;
    return filter;
}

void ViolationFilterBar::setPolicy(const QString& policyId, const QString& policyName)
{
    m_policyId = policyId;
    m_policy->setText(tr("Policy: %1  ✕").arg(policyName));
    m_policy->setVisible(!policyId.isEmpty());
    emit filterChanged();
}

void ViolationFilterBar::clearAll()
{
    for (QComboBox* combo : {m_status, m_severity, m_type, m_client, m_assignee}) {
        QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (QLineEdit* edit : {m_modelVersion, m_search}) {
        QSignalBlocker blocker(edit);
        edit->clear();
    }
    {
        QSignalBlocker blocker(m_overdue);
        m_overdue->setChecked(false);
    }
    m_policyId.clear();
    m_policy->hide();
}

void ViolationFilterBar::reset()
{
    clearAll();
    emit filterChanged();
}

void ViolationFilterBar::showOnly(const ViolationFilter& filter)
{
    clearAll();
    const auto choose = [](QComboBox* combo, const QString& value) {
        QSignalBlocker blocker(combo);
        const int index = value.isEmpty() ? 0 : combo->findData(value);
        combo->setCurrentIndex(qMax(0, index));
    };
    choose(m_status, filter.activeOnly ? kActive : filter.statuses.value(0));
    choose(m_severity, filter.severities.value(0));
    choose(m_assignee, filter.unassignedOnly ? kUnassigned : filter.assignee);
    {
        QSignalBlocker blocker(m_overdue);
        m_overdue->setChecked(filter.overdueOnly);
    }
    emit filterChanged();
}

void ViolationFilterBar::setCount(qint64 rows)
{
    m_count->setText(rows == 1 ? tr("1 violation") : tr("%1 violations").arg(QLocale().toString(rows)));
}

void ViolationFilterBar::setCountAtLeast(const QString& rows)
{
    m_count->setText(tr("%1 violations").arg(rows));
}

void ViolationFilterBar::setLoading()
{
    m_count->setText(tr("Loading…"));
}

void ViolationFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace steward
