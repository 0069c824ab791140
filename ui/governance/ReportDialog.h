#pragma once

#include "models/governance/ComplianceReport.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace steward {

// What "Export report…" asks: the period, the client, and where to write (the file's suffix
// chooses PDF, HTML or CSV).
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // `lastDay`: the default period's last day, the day the database speaks for (today, or a
    // snapshot's export day).
    ReportDialog(const QStringList& clients, const QString& allClients, const QDate& lastDay,
                 QWidget* parent = nullptr);

    ReportOptions options() const;
    QString path() const;
    void setPath(const QString& path);

private:
    void browse();
    void validate();

    QDateEdit* m_since;
    QDateEdit* m_until;
    QComboBox* m_client;
    QLineEdit* m_path;
    QPushButton* m_ok;
};

} // namespace steward
