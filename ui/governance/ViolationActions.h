#pragma once

#include "models/governance/ViolationQuery.h"
#include "ui/widgets/MessageBar.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QPushButton;

namespace steward {

struct Decision;
class Session;

// The buttons that decide on one violation. Each is enabled only when the violation's status,
// its severity and the acting user's role allow the step; otherwise its tooltip says why.
// Texts a decision needs (resolution, justification, comment) are asked with Prompt.
class ViolationActions : public QWidget
{
    Q_OBJECT

public:
    ViolationActions(Session* session, QWidget* parent = nullptr);

    // The violation as the person sees it: decisions are conditional on this status.
    void setViolation(const std::optional<Violation>& violation);
    // The people a violation can be assigned to.
    void setAssignees(const QStringList& people);

signals:
    void decided(const QString& violationId, const QString& message);
    void failed(const QString& message, MessageBar::Kind kind);

private:
    void update();
    void apply(const Decision& decision, const QString& doneText);
    void investigate();
    void resolve(bool falsePositive);
    void backToOpen();
    void reopen();
    void comment();
    void assign();
    // Asks for the decision's text, then applies the decision built from it; `doneText` has %1
    // for the violation's short id.
    void askAndApply(const QString& title, const QString& question, bool required, const QString& acceptText,
                     const std::function<Decision(const Violation&, const QString&)>& decision,
                     const QString& doneText);
    // Why a step from the current status to `target` is not possible now, or empty.
    // Why `decision` cannot be made now, in the transition engine's words, or empty.
    QString whyNot(const Decision& decision) const;

    Session* m_session;
    std::optional<Violation> m_violation;
    QPushButton* m_investigate;
    QPushButton* m_resolve;
    QPushButton* m_falsePositive;
    QPushButton* m_backToOpen;
    QPushButton* m_reopen;
    QPushButton* m_comment;
    QComboBox* m_assignee;
    QPushButton* m_assign;
};

} // namespace steward
