// audit list|verify: the decisions on record, and whether anyone has tampered with them.
#include "CliContext.h"
#include "CliText.h"
#include "commands/Commands.h"
#include "commands/DecisionOutput.h"
#include "commands/Subcommands.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/AuditReconciliation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace steward::cli {

namespace {
using Text = CliText;

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

QJsonObject reconciliationJson(const AuditReconciliation::Reconciliation& reconciliation)
{
    QJsonObject counts;
    QJsonArray findings;
    for (const AuditReconciliation::KindResult& kind : reconciliation.kinds) {
        counts.insert(kind.kind, kind.count);
        for (const AuditReconciliation::Finding& finding : kind.findings) {
            findings.append(
                QJsonObject{{QStringLiteral("kind"), finding.kind},
                            {QStringLiteral("id"), finding.targetId},
                            {QStringLiteral("state"), nullableText(finding.stateNow)},
                            {QStringLiteral("recorded_state"), nullableText(finding.stateRecorded)},
                            {QStringLiteral("record_seq"),
                             finding.recordSeq ? QJsonValue(finding.recordSeq) : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("problem"), finding.problem}});
        }
    }
    return {{QStringLiteral("reconciled"), reconciliation.reconciled()},
            {QStringLiteral("finding_count"), reconciliation.totalCount()},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("listed_per_kind"), AuditReconciliation::kListedPerKind},
            {QStringLiteral("findings"), findings}};
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
    auto reconciliation = AuditReconciliation::run(**db);
    if (!reconciliation)
        return reconciliation.failure();
    const bool forPeople = context.output().format() == OutputFormat::Table;
    const qint64 findings = reconciliation->totalCount();
    const QString problem = !result->intact ? result->problem
                            : findings      ? reconciliation->problems(1).value(0)
                                            : QString();
    context.output().printObject({{QStringLiteral("intact"), result->intact && findings == 0},
                                  {QStringLiteral("records_checked"), result->recordsChecked},
                                  {QStringLiteral("first_bad_seq"),
                                   result->intact ? QJsonValue(QJsonValue::Null) : QJsonValue(result->firstBadSeq)},
                                  {QStringLiteral("problem"), nullableText(problem)},
                                  {QStringLiteral("head_hash"), result->headHash},
                                  {QStringLiteral("reconciliation"),
                                   forPeople ? QJsonValue(Text::tr("%1 items not as last recorded").arg(findings))
                                             : QJsonValue(reconciliationJson(*reconciliation))}});
    if (forPeople) {
        for (const QString& line : reconciliation->problems(static_cast<int>(findings)))
            context.output().note(line);
    }
    if (!result->intact)
        return Outcome::failed(
            Text::tr("the audit trail is broken at record %1: %2").arg(result->firstBadSeq).arg(result->problem));
    if (findings)
        return Outcome::failed(Text::tr("%1 items are not in the state the audit trail last left them in: %2")
                                   .arg(findings)
                                   .arg(reconciliation->problems(3).join(QStringLiteral("; "))));
    context.output().note(Text::tr("The audit trail is intact: %1 records checked, every item as last recorded.")
                              .arg(QLocale().toString(result->recordsChecked)));
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
