// monitoring feedback|deployments: the feedback queue, deployments per environment, and
// deployment rollback requests from the command line.
#include "commands/MonitoringWorkflow.h"

#include "CliContext.h"
#include "commands/DecisionOutput.h"
#include "commands/Subcommands.h"
#include "models/db/Database.h"
#include "models/monitoring/DeploymentRollback.h"
#include "models/monitoring/Deployments.h"
#include "models/monitoring/FeedbackDecisions.h"
#include "models/monitoring/FeedbackQueue.h"
#include "models/values/CellValue.h"

namespace steward::cli {

namespace {
QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(timestampText(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue variantOrNull(const QVariant& value)
{
    return value.isValid() && !value.isNull() ? QJsonValue::fromVariant(value) : QJsonValue(QJsonValue::Null);
}

Outcome feedbackList(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    if (Outcome parsed = arguments.parse({{QStringLiteral("status")}}, 0, 0, usage); !parsed)
        return parsed;
    auto db = context.database();
    if (!db)
        return db.failure();
    const QString status = arguments.value(QStringLiteral("status"));
    if (arguments.has(QStringLiteral("status"))) {
        const bool ratings = FeedbackQueue::kindIn(**db) == FeedbackQueue::Kind::Ratings;
        if (ratings && status != FeedbackQueue::kRated)
            return Outcome::usage(
                QStringLiteral("--status must be rated here (ratings have no workflow), not %1").arg(status));
        if (!ratings && !feedbackState(status))
            return Outcome::usage(QStringLiteral("--status must be pending, processed or ignored, not %1").arg(status));
    }
    auto items = FeedbackQueue::list(**db, status);
    if (!items)
        return items.failure();
    OutputTable table;
    table.columns =
        QStringList{QStringLiteral("feedback_id"), QStringLiteral("status"),        QStringLiteral("type"),
                    QStringLiteral("model_name"),  QStringLiteral("model_version"), QStringLiteral("client_id"),
                    QStringLiteral("user"),        QStringLiteral("positive"),      QStringLiteral("score"),
                    QStringLiteral("impact"),      QStringLiteral("notes"),         QStringLiteral("created_at"),
                    QStringLiteral("updated_at")};
    for (const FeedbackItem& item : std::as_const(*items)) {
        table.rows << QList<QJsonValue>{item.feedbackId,
                                        item.status,
                                        nullableText(item.type),
                                        nullableText(item.modelName),
                                        nullableText(item.modelVersion),
                                        nullableText(item.clientId),
                                        nullableText(item.user),
                                        variantOrNull(item.positive),
                                        variantOrNull(item.score),
                                        nullableText(item.impact),
                                        nullableText(item.notes),
                                        timeOrNull(item.createdAt),
                                        timeOrNull(item.updatedAt)};
    }
    context.output().printList(table);
    return Outcome::ok();
}

Outcome feedbackDecision(CliContext& context, CommandArguments& arguments, const QString& usage, bool process)
{
    if (Outcome parsed = arguments.parse({{QStringLiteral("comment")}}, 1, 1, usage); !parsed)
        return parsed;
    auto db = context.appDatabase();
    if (!db)
        return db.failure();
    switch (FeedbackQueue::kindIn(**db)) {
    case FeedbackQueue::Kind::Queue:
        break;
    case FeedbackQueue::Kind::Ratings:
        return Outcome::conflict(FeedbackQueue::whyNoQueue(**db));
    case FeedbackQueue::Kind::None:
        return Outcome::failed(FeedbackQueue::whyNoQueue(**db));
    }
    const QString id = arguments.positional(0);
    const QString comment = arguments.value(QStringLiteral("comment"));
    TransitionEngine engine(**db);
    const DecisionResult result =
        engine.apply(process ? FeedbackDecisions::process(id, comment) : FeedbackDecisions::ignore(id, comment));
    if (!result.outcome)
        return result.outcome;
    printDecision(context, QStringLiteral("feedback_id"), result);
    return Outcome::ok();
}

Outcome feedbackProcess(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    return feedbackDecision(context, arguments, usage, true);
}

Outcome feedbackIgnore(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    return feedbackDecision(context, arguments, usage, false);
}

Outcome deploymentsList(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    if (Outcome parsed = arguments.parse({{QStringLiteral("environment")}, {QStringLiteral("status")}}, 0, 0, usage);
        !parsed)
        return parsed;
    auto db = context.database();
    if (!db)
        return db.failure();
    auto deployments = Deployments::list(**db, arguments.value(QStringLiteral("environment")),
                                         arguments.value(QStringLiteral("status")));
    if (!deployments)
        return deployments.failure();
    auto open = DeploymentRollback::openRequests(**db);
    if (!open)
        return open.failure();
    OutputTable table;
    table.columns = QStringList{QStringLiteral("deployment_id"),      QStringLiteral("deployment_name"),
                                QStringLiteral("environment"),        QStringLiteral("status"),
                                QStringLiteral("model_name"),         QStringLiteral("model_version"),
                                QStringLiteral("deployment_version"), QStringLiteral("client_id"),
                                QStringLiteral("deployed_at"),        QStringLiteral("open_request")};
    for (const Deployment& row : std::as_const(*deployments)) {
        table.rows << QList<QJsonValue>{row.deploymentId,
                                        nullableText(row.name),
                                        nullableText(row.environment),
                                        row.status,
                                        nullableText(row.modelName),
                                        nullableText(row.modelVersion),
                                        nullableText(row.deploymentVersion),
                                        nullableText(row.clientId),
                                        timeOrNull(row.deployedAt),
                                        nullableText(open->value(row.deploymentId))};
    }
    context.output().printList(table);
    return Outcome::ok();
}

Outcome deploymentsRollback(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    if (Outcome parsed = arguments.parse({{QStringLiteral("comment")}}, 1, 1, usage); !parsed)
        return parsed;
    auto db = context.appDatabase();
    if (!db)
        return db.failure();
    QString requestId;
    const DecisionResult result = DeploymentRollback::request(**db, arguments.positional(0),
                                                              arguments.value(QStringLiteral("comment")), &requestId);
    if (!result.outcome)
        return result.outcome;
    printDecision(context, QStringLiteral("deployment_id"), result, {{QStringLiteral("request_id"), requestId}});
    return Outcome::ok();
}
} // namespace

Outcome monitoringFeedback(CliContext& context, CommandArguments& arguments)
{
    static const QList<Subcommand> verbs{
        {"list", "list [--status pending|processed|ignored]", &feedbackList},
        {"process", "process ID --comment TEXT", &feedbackProcess},
        {"ignore", "ignore ID --comment TEXT", &feedbackIgnore},
    };
    return runSubcommand(context, arguments, QStringLiteral("monitoring feedback"), verbs);
}

Outcome monitoringDeployments(CliContext& context, CommandArguments& arguments)
{
    static const QList<Subcommand> verbs{
        {"list", "[list] [--environment E] [--status S]", &deploymentsList},
        {"rollback", "rollback ID --comment TEXT", &deploymentsRollback},
    };
    // Listing is what `monitoring deployments` does without a verb.
    const QString first = arguments.tokens().value(0);
    if (first.isEmpty() || first.startsWith(QLatin1String("--"))) {
        CommandArguments all(QStringList{QStringLiteral("list")} + arguments.tokens());
        return runSubcommand(context, all, QStringLiteral("monitoring deployments"), verbs);
    }
    return runSubcommand(context, arguments, QStringLiteral("monitoring deployments"), verbs);
}

} // namespace steward::cli
