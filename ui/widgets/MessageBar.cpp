#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace steward {

MessageBar::MessageBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setAttribute(Qt::WA_StyledBackground, true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_icon = new QLabel(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("messageBarText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_action, &QPushButton::clicked, this, [this] {
        auto callback = m_callback;
        dismiss();
        if (callback)
            callback();
    });
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text, const QString& actionText, std::function<void()> action)
{
    m_kind = kind;
    m_label->setText(text);
    m_callback = std::move(action);
    m_action->setVisible(!actionText.isEmpty());
    m_action->setText(actionText);
    QString background, border;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Information:
        background = QStringLiteral("#e8f0fb");
        border = QStringLiteral("#8fb0e0");
        break;
    case Kind::Success:
        background = QStringLiteral("#e6f4ea");
        border = QStringLiteral("#8cc79b");
        break;
    case Kind::Warning:
        background = QStringLiteral("#fff4d6");
        border = QStringLiteral("#e0b850");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        background = QStringLiteral("#fbe9e7");
        border = QStringLiteral("#e0917f");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(18, 18));
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "#messageBar QLabel { color: #202020; }")
                      .arg(background, border));
    show();
}

void MessageBar::dismiss()
{
    m_callback = {};
    hide();
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace steward
