#pragma once

#include "ui/monitoring/SummaryPanel.h"
#include "ui/widgets/MessageBar.h"

class QHBoxLayout;
class QPushButton;

namespace steward {

struct Decision;
struct DecisionResult;
class Session;

// A Monitoring tab whose rows people decide on: the summary's table with a row of buttons below
// it and a message bar above it. Buttons are enabled by the transition engine's dry run and say
// why in their tooltip when they are not; a decision is made on the window's connection and the
// rows are then read again.
class DecisionPanel : public SummaryPanel
{
    Q_OBJECT

public:
    explicit DecisionPanel(Session* session, QWidget* parent = nullptr);

    void load(Database& database, const MonitoringFilter& filter) override;
    void clear() override;
    MessageBar* messages() const { return m_messages; }

protected:
    // Reads the rows for `database` (with SummaryPanel::read), as load() was asked.
    virtual void readRows(Database& database, const MonitoringFilter& filter) = 0;
    // Enables and explains the buttons for the selected row.
    virtual void updateButtons() = 0;
    // The table, the buttons and the message bar as the panel's content.
    void setUp(QTableWidget* table, const QList<QPushButton*>& buttons);
    QPushButton* makeButton(const QString& text, const QString& name);
    static void setButton(QPushButton* button, const QString& why, const QString& ready);
    Session* session() const { return m_session; }
    // Why `decision` cannot be made now, in the engine's words, or empty. An item someone else
    // moved on since it was shown stays decidable: deciding says who moved it.
    QString whyNot(const Decision& decision) const;
    // Tells what came of a decision (a conflict as a warning naming who decided first) and
    // reads the rows again.
    void report(const DecisionResult& result, const QString& doneText);

private:
    Session* m_session;
    MessageBar* m_messages;
    QHBoxLayout* m_buttons = nullptr;
    Database* m_database = nullptr;
    MonitoringFilter m_filter;
};

} // namespace steward
