#pragma once

#include "models/workflow/TransitionEngine.h"

namespace steward {

// The decisions people make on LLM suggestions. Each is conditional on `seenState`, the state
// the person was looking at when they decided.
namespace SuggestionDecisions {
Decision approve(const QString& suggestionId, const QString& comment = {},
                 const QString& seenState = stateName(SuggestionState::Pending));
Decision reject(const QString& suggestionId, const QString& comment,
                const QString& seenState = stateName(SuggestionState::Pending));
// Leaves the suggestion applied and files a rollback request that a manager decides.
Decision requestRollback(const QString& suggestionId, const QString& reason,
                         const QString& seenState = stateName(SuggestionState::Applied));
} // namespace SuggestionDecisions

} // namespace steward
