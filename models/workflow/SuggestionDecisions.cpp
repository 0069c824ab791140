#include "SuggestionDecisions.h"

#include "models/workflow/RollbackRequests.h"

namespace steward {

Decision SuggestionDecisions::approve(const QString& suggestionId, const QString& comment, const QString& seenState)
{
    Decision d = Decision::on(Action::ApproveSuggestion, suggestionId, seenState);
    d.comment = comment;
    return d;
}

Decision SuggestionDecisions::reject(const QString& suggestionId, const QString& comment, const QString& seenState)
{
    Decision d = Decision::on(Action::RejectSuggestion, suggestionId, seenState);
    d.comment = comment;
    return d;
}

Decision SuggestionDecisions::requestRollback(const QString& suggestionId, const QString& reason,
                                              const QString& seenState)
{
    Decision d = Decision::on(Action::RequestSuggestionRollback, suggestionId, seenState);
    d.comment = reason;
    d.guard = [suggestionId](TransitionContext& context) {
        return RollbackRequests::refuseIfOpen(context.database, RollbackRequests::kSuggestion, suggestionId,
                                              context.clientId);
    };
    d.effect = [suggestionId, reason](TransitionContext& context) -> Outcome {
        QString requestId;
        return RollbackRequests::file(context, RollbackRequests::kSuggestion, suggestionId, context.clientId,
                                      context.currentState, reason, &requestId);
    };
    return d;
}

} // namespace steward
