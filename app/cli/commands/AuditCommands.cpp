// audit list|verify: the decisions on record, and whether anyone has tampered with them.
#include "CliContext.h"
#include "commands/Commands.h"
#include "commands/DecisionOutput.h"
#include "commands/Subcommands.h"
#include "models/workflow/AuditChain.h"

#include <QCoreApplication>
#include <QLocale>

namespace steward::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
};

Outcome list(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    if (Outcome parsed = arguments.parse({{QStringLiteral("limit")},
                                          {QStringLiteral("offset")},
                                          {QStringLiteral("actor")},
                                          {QStringLiteral("action")},
                                          {QStringLiteral("kind")},
                                          {QStringLiteral("target")}},
                                         0, 0, usage);
        !parsed)
        return parsed;
    AuditChain::Filter filter;
    if (Outcome ok = arguments.intValue(QStringLiteral("limit"), 100, 1, &filter.limit); !ok)
        return ok;
    if (Outcome ok = arguments.intValue(QStringLiteral("offset"), 0, 0, &filter.offset); !ok)
        return ok;
    filter.actor = arguments.value(QStringLiteral("actor"));
    filter.action = arguments.value(QStringLiteral("action"));
    filter.targetKind = arguments.value(QStringLiteral("kind"));
    filter.targetId = arguments.value(QStringLiteral("target"));
    auto db = context.appDatabase();
    if (!db)
        return db.failure();
    auto entries = AuditChain::list(**db, filter);
    if (!entries)
        return entries.failure();
    OutputTable table;
    table.columns = auditColumns();
    const bool forPeople = context.output().format() == OutputFormat::Table;
    for (const AuditEntry& entry : *entries) {
        QList<QJsonValue> row = auditRow(entry);
        if (forPeople) {
            // Twelve hex digits tell records apart on a terminal; JSON and CSV keep the whole hash.
            for (int column : {static_cast<int>(table.columns.indexOf(QStringLiteral("prev_hash"))),
                               static_cast<int>(table.columns.indexOf(QStringLiteral("hash")))})
                row[column] = row.at(column).toString().left(12);
        }
        table.rows << row;
    }
    context.output().printList(table);
    return Outcome::ok();
}

Outcome verify(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    if (Outcome parsed = arguments.parse({}, 0, 0, usage); !parsed)
        return parsed;
    auto db = context.appDatabase();
    if (!db)
        return db.failure();
    auto result = AuditChain::verify(**db);
    if (!result)
        return result.failure();
    context.output().printObject({{QStringLiteral("intact"), result->intact},
                                  {QStringLiteral("records_checked"), result->recordsChecked},
                                  {QStringLiteral("first_bad_seq"),
                                   result->intact ? QJsonValue(QJsonValue::Null) : QJsonValue(result->firstBadSeq)},
                                  {QStringLiteral("problem"), nullableText(result->problem)},
                                  {QStringLiteral("head_hash"), result->headHash}});
    if (!result->intact)
        return Outcome::failed(
            Text::tr("the audit trail is broken at record %1: %2").arg(result->firstBadSeq).arg(result->problem));
    context.output().note(
        Text::tr("The audit trail is intact: %1 records checked.").arg(QLocale().toString(result->recordsChecked)));
    return Outcome::ok();
}
} // namespace

Outcome runAudit(CliContext& context, CommandArguments& arguments)
{
    static const QList<Subcommand> verbs{
        {"list", "list [--limit N] [--offset N] [--actor USER] [--action ACTION] [--kind KIND] [--target ID]", &list},
        {"verify", "verify", &verify},
    };
    return runSubcommand(context, arguments, QStringLiteral("audit"), verbs);
}

} // namespace steward::cli
