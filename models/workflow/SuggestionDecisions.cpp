#include "SuggestionDecisions.h"

#include "workflow/RollbackRequests.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionDecisions)
};

Decision base(const QString& id, const QString& seen, const QString& newState, const QString& action)
{
    return Decision::on(ItemKinds::suggestion(), Permission::ReviewSuggestion, id, seen, newState, action);
}
} // namespace

Decision SuggestionDecisions::approve(const QString& suggestionId, const QString& comment, const QString& seenState)
{
    Decision d = base(suggestionId, seenState, QStringLiteral("applied"), QStringLiteral("approve"));
    d.comment = comment;
    // The kind lets an applied suggestion stay applied (for a rollback request); approving it
    // again is not that step.
    d.guard = [](TransitionContext& context) -> Outcome {
        if (context.currentState != QLatin1String("pending"))
            return Outcome::conflict(Text::tr("approve is not possible for a suggestion that is %1").arg(context.currentState));
        return Outcome::ok();
    };
    return d;
}

Decision SuggestionDecisions::reject(const QString& suggestionId, const QString& comment, const QString& seenState)
{
    Decision d = base(suggestionId, seenState, QStringLiteral("rejected"), QStringLiteral("reject"));
    d.comment = comment;
    d.commentRequired = true;
    d.commentName = Text::tr("a comment saying why");
    return d;
}

Decision SuggestionDecisions::requestRollback(const QString& suggestionId, const QString& reason, const QString& seenState)
{
    Decision d = base(suggestionId, seenState, seenState, QStringLiteral("request_rollback"));
    d.permission = Permission::RequestRollback;
    d.comment = reason;
    d.commentRequired = true;
    d.commentName = Text::tr("a reason");
    d.effect = [suggestionId, reason](TransitionContext& context) -> Outcome {
        QString requestId;
        if (Outcome filed = RollbackRequests::file(context, RollbackRequests::kSuggestion, suggestionId,
                                                   context.clientId, context.currentState, reason, &requestId);
            !filed)
            return filed;
        return Outcome::ok();
    };
    return d;
}

} // namespace steward
