#pragma once

#include "models/governance/ViolationChoices.h"
#include "models/governance/ViolationQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace steward {

// The queue's filters: status, severity, type, client, model version, assignee, overdue, a
// search in descriptions, and the policy chosen in the Policies tab. Choices come from the
// values in the database, so words from a newer monitor can be filtered on too.
class ViolationFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ViolationFilterBar(QWidget* parent = nullptr);

    // Fills the choices from what was read (ViolationChoicesRead); the current choice is kept when
    // it is still offered. `anyClient` is the client choice's "all" entry in the system's word.
    void setChoices(const ViolationChoices& choices, const QString& anyClient, const QString& actingUser);
    void clearChoices();
    ViolationFilter filter() const;
    void setPolicy(const QString& policyId, const QString& policyName);
    void reset();
    // Shows exactly `filter`'s rows: its status, severity, assignee and overdue choices, every
    // other filter cleared (the headline numbers use it).
    void showOnly(const ViolationFilter& filter);
    void setCount(qint64 rows);
    // While the queue is still being counted: "1,000+ violations".
    void setCountAtLeast(const QString& rows);
    // While the rows of a new filter, search or order are read.
    void setLoading();
    void focusSearch();

signals:
    void filterChanged();

private:
    void clearAll();
    QComboBox* addCombo(const QString& objectName, const QString& tooltip);
    static void fill(QComboBox* combo, const QString& anyText, const QList<QPair<QString, QVariant>>& items);

    QComboBox* m_status;
    QComboBox* m_severity;
    QComboBox* m_type;
    QComboBox* m_client;
    QComboBox* m_assignee;
    QLineEdit* m_modelVersion;
    QCheckBox* m_overdue;
    QLineEdit* m_search;
    QToolButton* m_policy;
    QLabel* m_count;
    QTimer* m_typing;
    QString m_policyId;
};

} // namespace steward
