#pragma once

#include "models/workflow/TransitionEngine.h"

namespace steward {

// The decisions on the feedback queue (UrutiIQ's AILearningFeedback), applied by the
// TransitionEngine like a suggestion's: pending -> processed | ignored, an analyst's, with a
// comment, conditional on `seenState`, written into the system's row (its state, and its
// updated-at column where it keeps one) in one transaction with the audit record, which keeps
// the comment (the system's table has no column for it).
namespace FeedbackDecisions {
Decision process(const QString& feedbackId, const QString& comment,
                 const QString& seenState = stateName(FeedbackState::Pending));
Decision ignore(const QString& feedbackId, const QString& comment,
                const QString& seenState = stateName(FeedbackState::Pending));
} // namespace FeedbackDecisions

} // namespace steward
