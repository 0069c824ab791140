#include "DecisionPanel.h"

#include "models/workflow/TransitionEngine.h"
#include "ui/shell/Session.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace steward {

DecisionPanel::DecisionPanel(Session* session, QWidget* parent)
    : SummaryPanel(parent), m_session(session), m_messages(new MessageBar(this))
{
    m_messages->hide();
}

void DecisionPanel::setUp(QTableWidget* table, const QList<QPushButton*>& buttons)
{
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messages->setParent(content);
    layout->addWidget(m_messages);
    table->setParent(content);
    layout->addWidget(table, 1);
    m_buttons = new QHBoxLayout;
    for (QPushButton* button : buttons) {
        button->setParent(content);
        m_buttons->addWidget(button);
    }
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    setContent(content);
    connect(table, &QTableWidget::currentCellChanged, this, &DecisionPanel::updateButtons);
}

QPushButton* DecisionPanel::makeButton(const QString& text, const QString& name)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    return button;
}

void DecisionPanel::setButton(QPushButton* button, const QString& why, const QString& ready)
{
    button->setEnabled(why.isEmpty());
    button->setToolTip(why.isEmpty() ? ready : why);
}

void DecisionPanel::load(Database& database, const MonitoringFilter& filter)
{
    m_database = &database;
    m_filter = filter;
    readRows(database, filter);
}

void DecisionPanel::clear()
{
    SummaryPanel::clear();
    m_database = nullptr;
    m_messages->dismiss();
    updateButtons();
}

QString DecisionPanel::whyNot(const Decision& decision) const
{
    if (!m_session->isOpen())
        return tr("No database is open.");
    const DecisionResult allowed = TransitionEngine(*m_session->database()).check(decision);
    if (allowed.outcome || allowed.isStale(decision))
        return {};
    return allowed.outcome.message() + QLatin1Char('.');
}

void DecisionPanel::report(const DecisionResult& result, const QString& doneText)
{
    if (result.outcome) {
        m_messages->showMessage(MessageBar::Kind::Success, doneText);
    } else {
        const bool conflict = result.outcome.code() == OutcomeCode::Conflict;
        m_messages->showMessage(conflict ? MessageBar::Kind::Warning : MessageBar::Kind::Error,
                                result.outcome.message());
    }
    // Refused or not, what is shown may be out of date: someone else may have decided first.
    if (m_database)
        readRows(*m_database, m_filter);
}

} // namespace steward
