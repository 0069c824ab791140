#include "ViolationHeadlineBar.h"

#include "ui/render/SeverityStyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLocale>
#include <QPalette>
#include <QToolButton>

namespace steward {

namespace {
int indexOf(ViolationHeadline::Kind kind)
{
    return static_cast<int>(kind);
}
} // namespace

ViolationHeadlineBar::ViolationHeadlineBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("violationHeadline"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(6);
    const QStringList names{QStringLiteral("openCriticalsButton"), QStringLiteral("overdueButton"),
                            QStringLiteral("unassignedButton")};
    for (ViolationHeadline::Kind kind : ViolationHeadline::kAllKinds) {
        auto* button = new QToolButton(this);
        button->setObjectName(names.at(indexOf(kind)));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setToolTip(tip(kind));
        connect(button, &QToolButton::clicked, this, [this, kind](bool checked) {
            if (checked)
                emit chosen(kind);
            else
                emit cleared();
        });
        layout->addWidget(button);
        m_buttons << button;
    }
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("headlineClearButton"));
    m_clear->setText(tr("Show all"));
    m_clear->setToolTip(tr("Remove this filter and show every violation"));
    m_clear->setAutoRaise(true);
    m_clear->hide();
    connect(m_clear, &QToolButton::clicked, this, &ViolationHeadlineBar::cleared);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    clearCounts();
}

QToolButton* ViolationHeadlineBar::button(ViolationHeadline::Kind kind) const
{
    return m_buttons.at(indexOf(kind));
}

QString ViolationHeadlineBar::caption(ViolationHeadline::Kind kind, qint64 count) const
{
    const QString number = count < 0 ? QStringLiteral("—") : QLocale().toString(count);
    switch (kind) {
    case ViolationHeadline::Kind::OpenCriticals:
        return tr("Open criticals: %1").arg(number);
    case ViolationHeadline::Kind::Overdue:
        return tr("Overdue: %1").arg(number);
    case ViolationHeadline::Kind::Unassigned:
        return tr("Unassigned: %1").arg(number);
    }
    return number;
}

QString ViolationHeadlineBar::tip(ViolationHeadline::Kind kind) const
{
    switch (kind) {
    case ViolationHeadline::Kind::OpenCriticals:
        return tr("Critical violations not yet resolved or dismissed. Click to show only these; click again to show "
                  "all.");
    case ViolationHeadline::Kind::Overdue:
        return tr("Violations not closed and past the deadline for their severity. Click to show only these; click "
                  "again to show all.");
    case ViolationHeadline::Kind::Unassigned:
        return tr("Violations not closed that nobody is assigned to. Click to show only these; click again to show "
                  "all.");
    }
    return {};
}

void ViolationHeadlineBar::setCounts(const ViolationHeadline::Counts& counts)
{
    const QString critical = QStringLiteral("critical");
    for (ViolationHeadline::Kind kind : ViolationHeadline::kAllKinds) {
        QToolButton* b = button(kind);
        const qint64 count = counts.of(kind);
        b->setText(caption(kind, count));
        b->setEnabled(true);
        // Late work and open criticals are bold while there are any; criticals in their colour.
        QFont font = b->font();
        font.setBold(count > 0 && kind != ViolationHeadline::Kind::Unassigned);
        b->setFont(font);
        QPalette palette = b->palette();
        palette.setColor(QPalette::ButtonText, count > 0 && kind == ViolationHeadline::Kind::OpenCriticals
                                                   ? SeverityStyle::severityTextColor(critical)
                                                   : QGuiApplication::palette().color(QPalette::ButtonText));
        b->setPalette(palette);
    }
    button(ViolationHeadline::Kind::OpenCriticals)->setIcon(SeverityStyle::severityIcon(critical));
    button(ViolationHeadline::Kind::Overdue)
        ->setIcon(SeverityStyle::overdueIcon(critical, counts.of(ViolationHeadline::Kind::Overdue) > 0));
}

void ViolationHeadlineBar::clearCounts()
{
    for (ViolationHeadline::Kind kind : ViolationHeadline::kAllKinds) {
        button(kind)->setText(caption(kind, -1));
        button(kind)->setEnabled(false);
        button(kind)->setChecked(false);
    }
    m_clear->hide();
}

void ViolationHeadlineBar::setCurrent(std::optional<ViolationHeadline::Kind> kind)
{
    for (ViolationHeadline::Kind each : ViolationHeadline::kAllKinds)
        button(each)->setChecked(kind && *kind == each);
    m_clear->setVisible(kind.has_value());
}

} // namespace steward
