#include "commands/DecisionOutput.h"

#include "CliContext.h"
#include "models/workflow/TransitionEngine.h"

namespace steward::cli {

Outcome runDecision(CliContext& context, CommandArguments& arguments, const QString& usage, const QString& idKey,
                    const std::function<Decision(const QString& id, const QString& comment)>& make,
                    const std::function<OutputObject(Database& database, const DecisionResult& result)>& extra)
{
    if (Outcome parsed = arguments.parse({{QStringLiteral("comment")}}, 1, 1, usage); !parsed)
        return parsed;
    auto db = context.appDatabase();
    if (!db)
        return db.failure();
    TransitionEngine engine(**db);
    const DecisionResult result =
        engine.apply(make(arguments.positional(0), arguments.value(QStringLiteral("comment"))));
    if (!result.outcome)
        return result.outcome;
    printDecision(context, idKey, result, extra ? extra(**db, result) : OutputObject());
    return Outcome::ok();
}

QJsonValue nullableText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

void printDecision(CliContext& context, const QString& idKey, const DecisionResult& result, OutputObject extra)
{
    OutputObject object{{idKey, result.targetId},
                        {QStringLiteral("status"), result.stateNow},
                        {QStringLiteral("audit_seq"), result.auditSeq}};
    object << extra;
    context.output().printObject(object);
}

QStringList auditColumns()
{
    return {QStringLiteral("seq"),       QStringLiteral("recorded_at"),  QStringLiteral("actor"),
            QStringLiteral("action"),    QStringLiteral("target_kind"),  QStringLiteral("target_id"),
            QStringLiteral("client_id"), QStringLiteral("state_before"), QStringLiteral("state_after"),
            QStringLiteral("comment"),   QStringLiteral("details"),      QStringLiteral("prev_hash"),
            QStringLiteral("hash")};
}

QList<QJsonValue> auditRow(const AuditEntry& e)
{
    return {e.seq,
            AuditChain::timeText(e.recordedAt),
            e.actor,
            e.action,
            e.targetKind,
            e.targetId,
            nullableText(e.clientId),
            nullableText(e.stateBefore),
            nullableText(e.stateAfter),
            nullableText(e.comment),
            nullableText(e.details),
            e.prevHash,
            e.hash};
}

} // namespace steward::cli
