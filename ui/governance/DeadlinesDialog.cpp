#include "DeadlinesDialog.h"

#include "models/governance/ViolationTerms.h"
#include "ui/render/ThemeColors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace steward {

DeadlinesDialog::DeadlinesDialog(const ViolationDeadlines& current, const QString& whyReadOnly, QWidget* parent)
    : QDialog(parent), m_current(current)
{
    setObjectName(QStringLiteral("deadlinesDialog"));
    setWindowTitle(tr("Violation deadlines"));
    auto* form = new QFormLayout(this);
    auto* intro =
        new QLabel(tr("How long a violation may stay unresolved, counted from its detection. Changes apply to "
                      "every violation at once and are recorded in the audit trail."),
                   this);
    intro->setWordWrap(true);
    form->addRow(intro);
    const ViolationDeadlines defaults = ViolationDeadlines::defaults();
    for (const QString& severity : ViolationTerms::knownSeverities()) {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("deadline_%1").arg(severity));
        spin->setRange(ViolationDeadlines::kMinimumDays, ViolationDeadlines::kMaximumDays);
        spin->setSuffix(tr(" days"));
        spin->setValue(current.daysFor(severity).value_or(defaults.daysFor(severity).value_or(1)));
        spin->setToolTip(tr("Default: %1 days").arg(defaults.daysFor(severity).value_or(0)));
        spin->setEnabled(whyReadOnly.isEmpty());
        auto* label = new QLabel(ViolationTerms::severityLabel(severity), this);
        label->setBuddy(spin);
        form->addRow(label, spin);
        m_days.insert(severity, spin);
    }
    if (!whyReadOnly.isEmpty()) {
        auto* why = new QLabel(whyReadOnly, this);
        why->setWordWrap(true);
        why->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColors::css(ThemeColors::muted())));
        form->addRow(why);
    }
    auto* buttons = new QDialogButtonBox(
        whyReadOnly.isEmpty() ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QMap<QString, int> DeadlinesDialog::changes() const
{
    QMap<QString, int> changed;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        if (m_current.daysFor(it.key()) != it.value()->value())
            changed.insert(it.key(), it.value()->value());
    }
    return changed;
}

} // namespace steward
