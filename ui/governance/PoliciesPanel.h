#pragma once

#include "models/governance/ViolationQuery.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace steward {

class PolicyListModel;
class Session;
class StyledViolationModel;

// Every policy, and one policy's type, status, rules and thresholds in words, with the
// violations it raised.
class PoliciesPanel : public QWidget
{
    Q_OBJECT

public:
    PoliciesPanel(Session* session, QWidget* parent = nullptr);
    ~PoliciesPanel() override;

    void load(const ViolationQueryContext& context);
    void unload();
    bool showPolicy(const QString& policyId);
    QString currentPolicyId() const { return m_policyId; }
    PolicyListModel* model() const { return m_policies; }

protected:
    void showEvent(QShowEvent* event) override;

signals:
    // "Show in the queue": the Violations tab filtered to one policy.
    void showViolations(const QString& policyId, const QString& policyName);
    void violationActivated(const QString& violationId);

private:
    void reload();
    void policySelected();

    Session* m_session;
    ViolationQueryContext m_context;
    PolicyListModel* m_policies;
    StyledViolationModel* m_raised;
    QTableView* m_list;
    QSplitter* m_splitter;
    QLabel* m_name;
    QLabel* m_summary;
    QLabel* m_description;
    QLabel* m_rules;
    QLabel* m_thresholds;
    QLabel* m_counts;
    QPushButton* m_showAll;
    QTableView* m_raisedView;
    QWidget* m_detail;
    QString m_policyId;
    QString m_policyName;
    bool m_stale = false;
};

} // namespace steward
