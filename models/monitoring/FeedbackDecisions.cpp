#include "FeedbackDecisions.h"

#include "models/db/Database.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackDecisions)
};

// The system's own record of when the row last changed, in the decision's transaction.
Outcome touch(TransitionContext& context, const QString& feedbackId)
{
    Database& db = context.database;
    const ItemKind kind = ItemKinds::feedback().bound(db);
    const QString updated = kind.columns.value(QStringLiteral("updated_at"));
    if (updated.isEmpty())
        return Outcome::ok();
    QSqlQuery update = db.query();
    update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(kind.sqlTable(db), updated, kind.idColumn));
    update.addBindValue(timestampText(context.now));
    update.addBindValue(feedbackId);
    return db.run(update, Text::tr("recording when the feedback was decided"));
}

Decision decide(Action action, const QString& feedbackId, const QString& comment, const QString& seenState)
{
    Decision d = Decision::on(action, feedbackId, seenState);
    d.comment = comment;
    d.effect = [feedbackId](TransitionContext& context) { return touch(context, feedbackId); };
    return d;
}
} // namespace

Decision FeedbackDecisions::process(const QString& feedbackId, const QString& comment, const QString& seenState)
{
    return decide(Action::ProcessFeedback, feedbackId, comment, seenState);
}

Decision FeedbackDecisions::ignore(const QString& feedbackId, const QString& comment, const QString& seenState)
{
    return decide(Action::IgnoreFeedback, feedbackId, comment, seenState);
}

} // namespace steward
