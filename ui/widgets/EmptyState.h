#pragma once

#include <QWidget>

class QLabel;

namespace steward {

// A centred title and explanation for a view with nothing to show, and why.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget* parent = nullptr);
    void setMessage(const QString& title, const QString& explanation);

private:
    QLabel* m_title;
    QLabel* m_text;
};

} // namespace steward
