#include "FeedbackPanel.h"

#include "models/db/Database.h"
#include "models/monitoring/FeedbackDecisions.h"
#include "models/profiles/Profile.h"
#include "ui/monitoring/MonitoringCells.h"
#include "ui/shell/Session.h"
#include "ui/widgets/Prompt.h"

#include <QPushButton>
#include <QTableWidget>

namespace steward {

namespace {
enum Column { Status, Type, Client, Model, Version, User, Positive, Score, Impact, Notes, Created, Updated };
}

FeedbackPanel::FeedbackPanel(Session* session, QWidget* parent) : DecisionPanel(session, parent)
{
    setObjectName(QStringLiteral("feedbackPanel"));
    QTableWidget* rows =
        makeTable({tr("Status"), tr("Type"), scopeHeader(), tr("Model"), tr("Version"), tr("User"), tr("Positive"),
                   tr("Score"), tr("Impact"), tr("Notes"), tr("Created"), tr("Updated")});
    m_process = makeButton(tr("&Process…"), QStringLiteral("processFeedbackButton"));
    m_ignore = makeButton(tr("I&gnore…"), QStringLiteral("ignoreFeedbackButton"));
    setUp(rows, {m_process, m_ignore});
    connect(m_process, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_ignore, &QPushButton::clicked, this, [this] { decide(false); });
    updateButtons();
}

void FeedbackPanel::readRows(Database& database, const MonitoringFilter& filter)
{
    Q_UNUSED(filter) // the queue is read whole: pending feedback is pending whatever its age
    const FeedbackQueue::Kind kind = FeedbackQueue::kindIn(database);
    m_ratings = kind == FeedbackQueue::Kind::Ratings;
    const QString unavailable =
        kind == FeedbackQueue::Kind::None
            ? tr("Feedback is not available for this database: the %1 profile records no feedback on predictions.")
                  .arg(database.profile().title)
            : QString();
    SummaryPanel::read<FeedbackItem>(
        database, unavailable, [](Database& db) { return FeedbackQueue::list(db); }, tr("No feedback recorded."),
        [this](const QList<FeedbackItem>& items) { show(items); });
}

void FeedbackPanel::clear()
{
    m_items.clear();
    DecisionPanel::clear();
}

void FeedbackPanel::show(const QList<FeedbackItem>& loaded)
{
    // The row decided on stays selected when the list comes back.
    const FeedbackItem* before = selected();
    const QString selectedId = before ? before->feedbackId : QString();
    m_items = loaded;
    QTableWidget* rows = table();
    const QSignalBlocker blocker(rows);
    rows->setRowCount(static_cast<int>(m_items.size()));
    int current = 0;
    for (int r = 0; r < m_items.size(); ++r) {
        const FeedbackItem& item = m_items.at(r);
        using namespace MonitoringCells;
        if (item.feedbackId == selectedId)
            current = r;
        rows->setItem(r, Status, text(item.status, item.feedbackId));
        rows->setItem(r, Type, text(item.type));
        rows->setItem(r, Client, text(item.clientId));
        rows->setItem(r, Model, text(item.modelName));
        rows->setItem(r, Version, text(item.modelVersion));
        rows->setItem(r, User, text(item.user));
        const QString positive = item.positive.isNull() || !item.positive.isValid()
                                     ? QString()
                                     : (item.positive.toBool() ? tr("yes") : tr("no"));
        rows->setItem(r, Positive, text(positive));
        rows->setItem(r, Score,
                      item.score.isNull() || !item.score.isValid() ? text(QString()) : figure(item.score.toDouble()));
        rows->setItem(r, Impact, text(item.impact));
        rows->setItem(r, Notes, text(QString(item.notes).replace(QLatin1Char('\n'), QLatin1Char(' ')), item.notes));
        rows->setItem(r, Created, text(time(item.createdAt)));
        rows->setItem(r, Updated, text(time(item.updatedAt)));
    }
    // A rating has no workflow: no status to move, nobody's decision to record.
    for (int c : {Status, Positive, Impact, Updated})
        rows->setColumnHidden(c, m_ratings);
    rows->setColumnHidden(Type, m_ratings);
    rows->resizeColumnsToContents();
    rows->setColumnWidth(Notes, qMin(rows->columnWidth(Notes), 420));
    m_process->setVisible(!m_ratings);
    m_ignore->setVisible(!m_ratings);
    showContent();
    rows->setCurrentCell(current, 0);
    updateButtons();
}

const FeedbackItem* FeedbackPanel::selected() const
{
    const int r = table()->currentRow();
    return r >= 0 && r < m_items.size() ? &m_items.at(r) : nullptr;
}

void FeedbackPanel::updateButtons()
{
    const FeedbackItem* item = selected();
    if (!item || m_ratings) {
        const QString why = m_ratings ? tr("Ratings have no workflow: there is nothing to decide.")
                                      : tr("Select a feedback item first.");
        setButton(m_process, why, {});
        setButton(m_ignore, why, {});
        return;
    }
    const QString later = QStringLiteral("…");
    setButton(m_process, whyNot(FeedbackDecisions::process(item->feedbackId, later, item->status)),
              tr("Mark the feedback processed; you write what was done with it (Alt+P)"));
    setButton(m_ignore, whyNot(FeedbackDecisions::ignore(item->feedbackId, later, item->status)),
              tr("Mark the feedback ignored; you write why (Alt+G)"));
}

void FeedbackPanel::decide(bool process)
{
    const FeedbackItem* item = selected();
    if (!item || !session()->isOpen())
        return;
    // The decision is about the item as it was shown when the button was pressed.
    const FeedbackItem seen = *item;
    const auto comment =
        process ? Prompt::comment(this, tr("Process feedback"),
                                  tr("What was done with this feedback? Your comment is recorded in the audit trail "
                                     "with your name and the time."),
                                  true, tr("Process"))
                : Prompt::comment(this, tr("Ignore feedback"),
                                  tr("Why is this feedback ignored? Your comment is recorded in the audit trail with "
                                     "your name and the time."),
                                  true, tr("Ignore"));
    if (!comment)
        return;
    TransitionEngine engine(*session()->database());
    const DecisionResult result =
        engine.apply(process ? FeedbackDecisions::process(seen.feedbackId, *comment, seen.status)
                             : FeedbackDecisions::ignore(seen.feedbackId, *comment, seen.status));
    if (result.outcome)
        session()->announceChange(ItemKinds::feedback().name);
    report(result, process ? tr("Feedback %1 was processed.").arg(shortId(seen.feedbackId))
                           : tr("Feedback %1 was ignored.").arg(shortId(seen.feedbackId)));
}

} // namespace steward
