#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace steward {

// An inline bar above the content for errors, warnings and offers ("This database has no
// Steward tables. [Initialise]"), instead of modal boxes that block work and tests.
class MessageBar : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error, Success };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text, const QString& actionText = {}, std::function<void()> action = {});
    void dismiss();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon;
    QLabel* m_label;
    QPushButton* m_action;
    QToolButton* m_close;
    std::function<void()> m_callback;
    Kind m_kind = Kind::Information;
};

} // namespace steward
