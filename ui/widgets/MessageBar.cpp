#include "MessageBar.h"

#include "ui/render/ThemeColors.h"

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
    // Each kind's accent washed over the palette, with the palette's own text on it.
    QColor accent(0x1c, 0x5f, 0xb8);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Information:
        break;
    case Kind::Success:
        accent = QColor(0x1b, 0x7a, 0x35);
        break;
    case Kind::Warning:
        accent = QColor(0xd0, 0x9a, 0x00);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        accent = QColor(0xc0, 0x3a, 0x2b);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(18, 18));
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "#messageBar QLabel { color: palette(text); }")
                      .arg(ThemeColors::css(ThemeColors::tint(accent)), ThemeColors::css(ThemeColors::edge(accent))));
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
