#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;

namespace steward {

// A centred title and explanation for a view with nothing to show, and why.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget* parent = nullptr);
    void setMessage(const QString& title, const QString& explanation);
    // Ways forward shown as buttons under the explanation (none: no buttons).
    void setActions(const QList<QAction*>& actions);

private:
    QLabel* m_title;
    QLabel* m_text;
    QHBoxLayout* m_buttons;
    QList<QAction*> m_actions;
};

} // namespace steward
