#include "ViolationActions.h"

#include "models/governance/ViolationDecisions.h"
#include "models/workflow/TransitionEngine.h"
#include "ui/shell/Session.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/Prompt.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace steward {

ViolationActions::ViolationActions(Session* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("violationActions"));
    const auto button = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    m_investigate = button(tr("Start &investigation"), QStringLiteral("investigateButton"));
    m_resolve = button(tr("&Resolve…"), QStringLiteral("resolveButton"));
    m_falsePositive = button(tr("&False positive…"), QStringLiteral("falsePositiveButton"));
    m_backToOpen = button(tr("Back to &open…"), QStringLiteral("backToOpenButton"));
    m_reopen = button(tr("Reo&pen…"), QStringLiteral("reopenButton"));
    m_comment = button(tr("&Comment…"), QStringLiteral("commentButton"));
    m_assign = button(tr("&Assign"), QStringLiteral("assignButton"));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("assigneeChoice"));
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    m_assignee->setMinimumContentsLength(10);
    m_assignee->lineEdit()->setPlaceholderText(tr("someone"));

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Both rows wrap in a narrow pane, whole buttons on two lines rather than cut ones on one,
    // so that the queue beside keeps its room.
    auto* steps = new FlowLayout(nullptr, 6);
    for (QPushButton* b : {m_investigate, m_resolve, m_falsePositive, m_backToOpen, m_reopen})
        steps->insertWidget(-1, b);
    layout->addLayout(steps, 0, 0);
    auto* people = new FlowLayout(nullptr, 6);
    auto* assignLabel = new QLabel(tr("Assign to"), this);
    assignLabel->setBuddy(m_assignee);
    assignLabel->setMinimumHeight(m_assignee->sizeHint().height());
    for (QWidget* widget : std::initializer_list<QWidget*>{assignLabel, m_assignee, m_assign, m_comment})
        people->insertWidget(-1, widget);
    layout->addLayout(people, 1, 0);

    connect(m_investigate, &QPushButton::clicked, this, &ViolationActions::investigate);
    connect(m_resolve, &QPushButton::clicked, this, [this] { resolve(false); });
    connect(m_falsePositive, &QPushButton::clicked, this, [this] { resolve(true); });
    connect(m_backToOpen, &QPushButton::clicked, this, &ViolationActions::backToOpen);
    connect(m_reopen, &QPushButton::clicked, this, &ViolationActions::reopen);
    connect(m_comment, &QPushButton::clicked, this, &ViolationActions::comment);
    connect(m_assign, &QPushButton::clicked, this, &ViolationActions::assign);
    connect(m_assignee, &QComboBox::currentTextChanged, this, &ViolationActions::update);
    update();
}

void ViolationActions::setViolation(const std::optional<Violation>& violation)
{
    m_violation = violation;
    m_assignee->setCurrentText(violation ? violation->assignee : QString());
    update();
}

void ViolationActions::setAssignees(const QStringList& people)
{
    const QString current = m_assignee->currentText();
    m_assignee->clear();
    m_assignee->addItems(people);
    m_assignee->setCurrentText(current);
}

QString ViolationActions::whyNot(const Decision& decision) const
{
    if (!m_session->database())
        return tr("No database is open.");
    // The transition engine's dry run: the same rules, and the same words, as deciding. A
    // violation someone else moved on since it was shown stays decidable: deciding says who.
    const DecisionResult allowed = TransitionEngine(*m_session->database()).check(decision);
    if (allowed.outcome || allowed.isStale(decision))
        return {};
    return allowed.outcome.message() + QLatin1Char('.');
}

void ViolationActions::update()
{
    const auto set = [](QPushButton* button, const QString& why, const QString& ready) {
        button->setEnabled(why.isEmpty());
        button->setToolTip(why.isEmpty() ? ready : why);
    };
    const QString person = m_assignee->currentText().trimmed();
    if (!m_violation) {
        for (QPushButton* button :
             {m_investigate, m_resolve, m_falsePositive, m_backToOpen, m_reopen, m_comment, m_assign})
            set(button, tr("Select a violation first."), QString());
        m_assignee->setEnabled(false);
        return;
    }
    const Violation& v = *m_violation;
    // Comments need their text, and the assignment its person, only when they are made: the
    // dry run is asked with a placeholder.
    const QString later = QStringLiteral("…");
    set(m_investigate, whyNot(ViolationDecisions::investigate(v.violationId, {}, {}, v.status)),
        tr("Take it up: it becomes investigating and is assigned to its assignee, or to you (Alt+I)"));
    set(m_resolve, whyNot(ViolationDecisions::resolve(v.violationId, later, v.status)),
        tr("Close it as resolved; you write what was done (Alt+R)"));
    set(m_falsePositive, whyNot(ViolationDecisions::markFalsePositive(v.violationId, later, v.status)),
        tr("Close it as a false positive; you write why (Alt+F)"));
    set(m_backToOpen, whyNot(ViolationDecisions::returnToOpen(v.violationId, {}, v.status)),
        tr("Hand the investigation back to the open queue (Alt+O)"));
    set(m_reopen, whyNot(ViolationDecisions::reopen(v.violationId, {}, v.status)),
        tr("Open it again; its resolution is kept in the audit trail (Alt+P)"));
    set(m_comment, whyNot(ViolationDecisions::comment(v.violationId, later, v.status)),
        tr("Add a comment to its timeline (Alt+C)"));
    const QString assigning =
        whyNot(ViolationDecisions::assign(v.violationId, person.isEmpty() ? later : person, v.status, v.assignee));
    set(m_assign, person.isEmpty() && assigning.isEmpty() ? tr("Choose or type who to assign it to.") : assigning,
        tr("Assign it to %1 (Alt+A)").arg(person));
    // Whom to assign can be chosen wherever the step is possible at all, whoever is named.
    Decision anyone = ViolationDecisions::assign(v.violationId, later, v.status);
    anyone.guard = nullptr;
    m_assignee->setEnabled(whyNot(anyone).isEmpty());
}

void ViolationActions::apply(const Decision& decision, const QString& doneText)
{
    if (!m_session->database())
        return;
    TransitionEngine engine(*m_session->database());
    const DecisionResult result = engine.apply(decision);
    if (!result.outcome) {
        const bool conflict = result.outcome.code() == OutcomeCode::Conflict;
        emit failed(result.outcome.message(), conflict ? MessageBar::Kind::Warning : MessageBar::Kind::Error);
        return;
    }
    emit decided(decision.targetId, doneText);
}

void ViolationActions::investigate()
{
    if (!m_violation)
        return;
    apply(ViolationDecisions::investigate(m_violation->violationId, {}, {}, m_violation->status),
          tr("Violation %1 is under investigation.").arg(shortId(m_violation->violationId)));
}

void ViolationActions::resolve(bool falsePositive)
{
    if (falsePositive) {
        askAndApply(
            tr("Mark as false positive"),
            tr("Why is this not a real violation? The justification is recorded with your name and the time."), true,
            tr("Mark false positive"),
            [](const Violation& v, const QString& text) {
                return ViolationDecisions::markFalsePositive(v.violationId, text, v.status);
            },
            tr("Violation %1 was closed as a false positive."));
        return;
    }
    askAndApply(
        tr("Resolve violation"), tr("What was done about it? The resolution is recorded with your name and the time."),
        true, tr("Resolve"),
        [](const Violation& v, const QString& text) {
            return ViolationDecisions::resolve(v.violationId, text, v.status);
        },
        tr("Violation %1 was resolved."));
}

void ViolationActions::askAndApply(const QString& title, const QString& question, bool required,
                                   const QString& acceptText,
                                   const std::function<Decision(const Violation&, const QString&)>& decision,
                                   const QString& doneText)
{
    if (!m_violation)
        return;
    // The decision is about the violation as it was shown when the button was pressed.
    const Violation seen = *m_violation;
    const auto text = Prompt::comment(this, title, question, required, acceptText);
    if (text)
        apply(decision(seen, *text), doneText.arg(shortId(seen.violationId)));
}

void ViolationActions::backToOpen()
{
    askAndApply(
        tr("Back to open"), tr("Why does it go back to the queue? (optional)"), false, tr("Back to open"),
        [](const Violation& v, const QString& text) {
            return ViolationDecisions::returnToOpen(v.violationId, text, v.status);
        },
        tr("Violation %1 is open again."));
}

void ViolationActions::reopen()
{
    askAndApply(
        tr("Reopen violation"), tr("Why is it reopened? Its resolution is cleared here and kept in the audit trail."),
        false, tr("Reopen"),
        [](const Violation& v, const QString& text) {
            return ViolationDecisions::reopen(v.violationId, text, v.status);
        },
        tr("Violation %1 was reopened."));
}

void ViolationActions::comment()
{
    askAndApply(
        tr("Comment"), tr("Your comment is added to the violation's timeline."), true, tr("Add comment"),
        [](const Violation& v, const QString& text) {
            return ViolationDecisions::comment(v.violationId, text, v.status);
        },
        tr("Comment added to %1."));
}

void ViolationActions::assign()
{
    if (!m_violation)
        return;
    const QString person = m_assignee->currentText().trimmed();
    apply(ViolationDecisions::assign(m_violation->violationId, person, m_violation->status, m_violation->assignee),
          tr("Violation %1 is assigned to %2.").arg(shortId(m_violation->violationId), person));
}

} // namespace steward
