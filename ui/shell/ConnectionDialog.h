#pragma once

#include "models/db/ConnectionTarget.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;

namespace steward {

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
    // Called on Open: the dialog closes only when it succeeds, and shows the reason when not.
    void setOpener(std::function<Outcome(const ConnectionTarget&)> opener) { m_opener = std::move(opener); }
    QString resultText() const;
    void setResultText(const QString& text);

private:
    void browse();
    void testConnection();
    void useRecent(const QString& persistentForm);
    void applyUri();
    void accept() override;
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
    std::function<Outcome(const ConnectionTarget&)> m_opener;
};

} // namespace steward
