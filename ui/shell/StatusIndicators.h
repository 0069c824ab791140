#pragma once

#include <QWidget>

class QLabel;

namespace steward {

class Session;

// The status bar's permanent part: backend and target, whose tables, acting user and role,
// read-only state, time.
class StatusIndicators : public QWidget
{
    Q_OBJECT

public:
    StatusIndicators(Session* session, QWidget* parent = nullptr);

    QString backendText() const;
    QString userText() const;
    QString accessText() const;
    QString timeText() const;
    QString profileText() const;

private:
    void update();

    Session* m_session;
    QLabel* m_backend;
    QLabel* m_user;
    QLabel* m_time = nullptr;
    QLabel* m_access;
    QLabel* m_profile;
};

} // namespace steward
