// rollbacks list|approve|deny: the second person of a rollback, for any kind of target
#include "models/workflow/Workflow.h"
// (suggestions here, model versions from the registry, deployments from monitoring).
#include "CliContext.h"
#include "CliText.h"
#include "commands/Commands.h"
#include "commands/DecisionOutput.h"
#include "commands/Subcommands.h"
#include "models/values/CellValue.h"
#include "models/workflow/RollbackRequests.h"

#include <QCoreApplication>

namespace steward::cli {

namespace {
using Text = CliText;

Outcome list(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    if (Outcome parsed = arguments.parse({{QStringLiteral("status")}}, 0, 0, usage); !parsed)
        return parsed;
    const QString status = arguments.value(QStringLiteral("status"));
    static const QStringList statuses{stateName(RollbackRequestState::Requested),
                                      stateName(RollbackRequestState::Approved),
                                      stateName(RollbackRequestState::Denied)};
    if (arguments.has(QStringLiteral("status")) && !statuses.contains(status))
        return Outcome::usage(Text::tr("--status must be requested, approved or denied, not %1").arg(status));
    auto db = context.appDatabase();
    if (!db)
        return db.failure();
    auto requests = RollbackRequests::list(**db, status);
    if (!requests)
        return requests.failure();
    OutputTable table;
    table.columns =
        QStringList{QStringLiteral("request_id"),   QStringLiteral("target_kind"),  QStringLiteral("target_id"),
                    QStringLiteral("client_id"),    QStringLiteral("from_state"),   QStringLiteral("status"),
                    QStringLiteral("requested_by"), QStringLiteral("requested_at"), QStringLiteral("reason"),
                    QStringLiteral("decided_by"),   QStringLiteral("decided_at"),   QStringLiteral("decision_comment")};
    for (const RollbackRequest& r : *requests) {
        table.rows << QList<QJsonValue>{r.requestId,
                                        r.targetKind,
                                        r.targetId,
                                        nullableText(r.clientId),
                                        nullableText(r.fromState),
                                        r.status,
                                        r.requestedBy,
                                        timestampText(r.requestedAt),
                                        r.reason,
                                        nullableText(r.decidedBy),
                                        nullableText(timestampText(r.decidedAt)),
                                        nullableText(r.decisionComment)};
    }
    context.output().printList(table);
    return Outcome::ok();
}

// What the decided request was about: generic over target kinds (suggestions, model versions, deployments).
OutputObject requestTarget(Database& database, const DecisionResult& result)
{
    auto request = RollbackRequests::find(database, result.targetId);
    if (!request)
        return {};
    return {{QStringLiteral("target_kind"), request->targetKind}, {QStringLiteral("target_id"), request->targetId}};
}

Outcome approve(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    return runDecision(
        context, arguments, usage, QStringLiteral("request_id"),
        [](const QString& id, const QString& comment) { return RollbackRequests::approve(id, comment); },
        &requestTarget);
}

Outcome deny(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    return runDecision(
        context, arguments, usage, QStringLiteral("request_id"),
        [](const QString& id, const QString& comment) { return RollbackRequests::deny(id, comment); }, &requestTarget);
}
} // namespace

Outcome runRollbacks(CliContext& context, CommandArguments& arguments)
{
    static const QList<Subcommand> verbs{
        {"list", "list [--status requested|approved|denied]", &list},
        {"approve", "approve REQUEST_ID [--comment TEXT]", &approve},
        {"deny", "deny REQUEST_ID --comment TEXT", &deny},
    };
    return runSubcommand(context, arguments, QStringLiteral("rollbacks"), verbs);
}

} // namespace steward::cli
