#pragma once

#include "models/monitoring/FeedbackQueue.h"
#include "ui/monitoring/DecisionPanel.h"

namespace steward {

// The feedback people left on predictions. A queue (UrutiIQ), pending first, which analysts
// process or ignore with a comment through FeedbackDecisions; or ratings (Krong Thai), listed
// with their score and notes and nothing to decide.
class FeedbackPanel : public DecisionPanel
{
    Q_OBJECT

public:
    explicit FeedbackPanel(Session* session, QWidget* parent = nullptr);

    void clear() override;
    const QList<FeedbackItem>& items() const { return m_items; }
    QPushButton* processButton() const { return m_process; }
    QPushButton* ignoreButton() const { return m_ignore; }

protected:
    void readRows(Database& database, const MonitoringFilter& filter) override;
    void updateButtons() override;

private:
    void show(const QList<FeedbackItem>& items);
    void decide(bool process);
    const FeedbackItem* selected() const;

    QPushButton* m_process;
    QPushButton* m_ignore;
    QList<FeedbackItem> m_items;
    bool m_ratings = false;
};

} // namespace steward
