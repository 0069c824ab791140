#pragma once

#include "models/db/ConnectionTarget.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace steward {

class JobRunner;

// Where to connect: a SQLite file (optionally read-only) or a PostgreSQL server by fields or
// URI, with a connection test and the recent connections.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget* parent = nullptr);

    // The target as entered; its password lives only in memory.
    Result<ConnectionTarget> target() const;
    void setTarget(const ConnectionTarget& target);
    // Opens the target, off the window's thread, and says how it went through `done`.
    using Opener = std::function<void(const ConnectionTarget&, std::function<void(const Outcome&)> done)>;
    // Called on Open: the dialog says it is connecting, closes only when the opening succeeds,
    // and shows the reason when not. Cancel meanwhile calls `cancel` (the opening is dropped).
    void setOpener(Opener opener, std::function<void()> cancel = {});
    // Whether an opening or a connection test is under way.
    bool isConnecting() const;
    QString resultText() const;
    void setResultText(const QString& text);

private:
    void browse();
    void testConnection();
    void useRecent(const QString& persistentForm);
    void applyUri();
    void accept() override;
    void reject() override;
    // While connecting: the fields and Open wait, Cancel stays.
    void setConnecting(bool connecting);
    // The opening succeeded: the keyring, then the dialog closes.
    void finishAccepting(const ConnectionTarget& target);
    // After a PostgreSQL connection opened: keeps the keyring in line with the checkbox.
    void updateKeyring(const ConnectionTarget& target);

    QTabWidget* m_tabs;
    QLineEdit* m_path;
    QCheckBox* m_sqliteReadOnly;
    QLineEdit* m_uri;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslMode;
    QCheckBox* m_pgReadOnly;
    QCheckBox* m_remember;
    bool m_passwordFromKeyring = false;
    QListWidget* m_recent;
    QLabel* m_result;
    QPushButton* m_open = nullptr;
    QPushButton* m_test = nullptr;
    JobRunner* m_tester = nullptr;
    Opener m_opener;
    std::function<void()> m_cancelOpening;
    bool m_opening = false;
};

} // namespace steward
