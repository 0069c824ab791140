#include "FeedbackQueue.h"

#include "models/db/Database.h"
#include "models/monitoring/DecisionSources.h"
#include "models/profiles/Profile.h"
#include "models/values/CellValue.h"
#include "models/workflow/ItemKind.h"
#include "models/workflow/Workflow.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackQueue)
};

const QString kFeedback = QStringLiteral("feedback");
const QString kPrediction = QStringLiteral("prediction");
const QString kScore = QStringLiteral("feedback_score");

QString literal(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QVariant nullable(const QVariant& value)
{
    return value.isNull() ? QVariant() : value;
}

Result<QList<FeedbackItem>> read(Database& database, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q = database.query();
    q.prepare(sql);
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (Outcome done = database.run(q, Text::tr("reading the feedback")); !done)
        return done;
    QList<FeedbackItem> items;
    while (q.next()) {
        FeedbackItem item;
        item.feedbackId = q.value(0).toString();
        item.status = q.value(1).toString();
        item.type = q.value(2).toString();
        item.modelName = q.value(3).toString();
        item.modelVersion = q.value(4).toString();
        item.clientId = q.value(5).toString();
        item.user = q.value(6).toString();
        item.positive = q.value(7).isNull() ? QVariant() : QVariant(q.value(7).toBool());
        item.score = nullable(q.value(8));
        item.impact = q.value(9).toString();
        item.notes = q.value(10).toString();
        item.createdAt = parseTimestamp(q.value(11));
        item.updatedAt = parseTimestamp(q.value(12));
        items << item;
    }
    return items;
}

Result<QList<FeedbackItem>> queue(Database& database, const EntityMap& feedback, const QString& status)
{
    using namespace DecisionSources;
    const Profile& profile = database.profile();
    const QString f = QStringLiteral("f");
    const QString state = ItemKind::stewardStateSql(column(feedback, f, QStringLiteral("state")), feedback.states);
    const QStringList columns{QStringLiteral("CAST(%1 AS TEXT)").arg(column(feedback, f, QStringLiteral("id"))),
                              state,
                              text(feedback, f, QStringLiteral("type")),
                              modelField(profile, feedback, f, QStringLiteral("name")),
                              modelField(profile, feedback, f, QStringLiteral("version")),
                              text(feedback, f, QStringLiteral("scope")),
                              text(feedback, f, QStringLiteral("user")),
                              column(feedback, f, QStringLiteral("positive")),
                              QStringLiteral("NULL"),
                              text(feedback, f, QStringLiteral("impact")),
                              text(feedback, f, QStringLiteral("data")),
                              text(feedback, f, QStringLiteral("created_at")),
                              text(feedback, f, QStringLiteral("updated_at"))};
    QString sql = QStringLiteral("SELECT %1 FROM %2 f")
                      .arg(columns.join(QStringLiteral(", ")), SqlDialect::quoteIdentifier(feedback.table));
    QVariantList binds;
    if (!status.isEmpty()) {
        sql += QStringLiteral(" WHERE %1 = ?").arg(state);
        binds << status;
    }
    sql += QStringLiteral(" ORDER BY CASE WHEN %1 = %2 THEN 0 ELSE 1 END, ")
               .arg(state, literal(stateName(FeedbackState::Pending)));
    if (feedback.has(QStringLiteral("created_at")))
        sql += column(feedback, f, QStringLiteral("created_at")) + QStringLiteral(", ");
    sql += QStringLiteral("1");
    return read(database, sql, binds);
}

Result<QList<FeedbackItem>> ratings(Database& database, const EntityMap& prediction, const QString& status)
{
    using namespace DecisionSources;
    if (!status.isEmpty() && status != FeedbackQueue::kRated)
        return QList<FeedbackItem>();
    const Profile& profile = database.profile();
    const QString p = QStringLiteral("p");
    const QStringList columns{QStringLiteral("CAST(%1 AS TEXT)").arg(column(prediction, p, QStringLiteral("id"))),
                              literal(FeedbackQueue::kRated),
                              literal(QStringLiteral("rating")),
                              modelField(profile, prediction, p, QStringLiteral("name")),
                              modelField(profile, prediction, p, QStringLiteral("version")),
                              text(prediction, p, QStringLiteral("scope")),
                              QStringLiteral("NULL"),
                              QStringLiteral("NULL"),
                              column(prediction, p, kScore),
                              QStringLiteral("NULL"),
                              text(prediction, p, QStringLiteral("feedback_notes")),
                              text(prediction, p, QStringLiteral("at")),
                              QStringLiteral("NULL")};
    const QString sql = QStringLiteral("SELECT %1 FROM %2 p WHERE %3 IS NOT NULL ORDER BY %4, 1")
                            .arg(columns.join(QStringLiteral(", ")), SqlDialect::quoteIdentifier(prediction.table),
                                 column(prediction, p, kScore), column(prediction, p, QStringLiteral("at")));
    return read(database, sql, {});
}
} // namespace

FeedbackQueue::Kind FeedbackQueue::kindIn(Database& database)
{
    if (ItemKinds::feedback().keptIn(database))
        return Kind::Queue;
    const EntityMap* prediction = database.profile().entity(kPrediction);
    return prediction && prediction->has(kScore) ? Kind::Ratings : Kind::None;
}

QString FeedbackQueue::whyNoQueue(Database& database)
{
    const Profile& profile = database.profile();
    switch (kindIn(database)) {
    case Kind::Queue:
        return {};
    case Kind::Ratings:
        return Text::tr("%1 rates predictions (%2.%3) without a review workflow: there is no feedback to process "
                        "or ignore")
            .arg(profile.title, profile.entity(kPrediction)->table, profile.entity(kPrediction)->column(kScore));
    case Kind::None:
        break;
    }
    return Text::tr("this database (%1) keeps no feedback on predictions").arg(profile.title);
}

Result<QList<FeedbackItem>> FeedbackQueue::list(Database& database, const QString& status)
{
    const Profile& profile = database.profile();
    switch (kindIn(database)) {
    case Kind::Queue:
        return queue(database, *profile.entity(kFeedback), status);
    case Kind::Ratings:
        return ratings(database, *profile.entity(kPrediction), status);
    case Kind::None:
        break;
    }
    return Outcome::failed(whyNoQueue(database));
}

} // namespace steward
