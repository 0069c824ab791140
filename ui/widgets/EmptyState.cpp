#include "EmptyState.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward {

EmptyState::EmptyState(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    // Between stretches, not aligned: an aligned label is given its one-line width and height,
    // and a wrapped explanation came out clipped. The theme's own text colour stays readable on
    // light and dark palettes alike.
    m_text->setMaximumWidth(560);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_text, 4);
    row->addStretch(1);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addLayout(row);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(12);
    layout->addSpacing(8);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void EmptyState::setMessage(const QString& title, const QString& explanation)
{
    m_title->setText(title);
    m_text->setText(explanation);
}

void EmptyState::setActions(const QList<QAction*>& actions)
{
    if (actions == m_actions)
        return;
    m_actions = actions;
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (actions.isEmpty())
        return;
    m_buttons->addStretch(1);
    for (QAction* action : actions) {
        auto* button = new QPushButton(action->text().remove(QLatin1Char('&')), this);
        button->setObjectName(QStringLiteral("emptyStateAction"));
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttons->addWidget(button);
    }
    m_buttons->addStretch(1);
}

} // namespace steward
