#pragma once

#include "models/core/Outcome.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace steward {

class Database;

// Feedback people left on a model's predictions, as the system keeps it. UrutiIQ's
// AILearningFeedback is a review queue (pending -> processed | ignored, FeedbackDecisions);
// Krong Thai only rates predictions (sop_ml_predictions.feedback_score and feedback_notes),
// which are listed as ratings, with no state to decide.
struct FeedbackItem
{
    QString feedbackId; // the feedback row's id, or the rated prediction's
    QString status;     // Steward's word: pending, processed, ignored; "rated" for a rating
    QString type;       // correction, rating, comment, flag; "rating" for a rating
    QString modelName;
    QString modelVersion;
    QString clientId; // the system's scope: company, restaurant
    QString user;
    QVariant positive; // bool, or null when unknown
    QVariant score;    // a rating's score (1..5), or null
    QString impact;
    QString notes; // the feedback's data or a rating's notes, as stored
    QDateTime createdAt;
    QDateTime updatedAt;
};

namespace FeedbackQueue {
enum class Kind { None, Queue, Ratings };
// What this database keeps: a queue to decide (a profile with `feedback`), ratings on
// predictions (a `prediction` entity with `feedback_score`), or neither.
Kind kindIn(Database& database);
// A sentence saying why `database` has no feedback to decide (Ratings or None); empty for a queue.
QString whyNoQueue(Database& database);
inline const QString kRated = QStringLiteral("rated");

// Pending first, each group oldest first; `status` filters on Steward's word.
Result<QList<FeedbackItem>> list(Database& database, const QString& status = {});
} // namespace FeedbackQueue

} // namespace steward
