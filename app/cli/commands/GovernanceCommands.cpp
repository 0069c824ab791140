// policies and violations: the governance queue and its workflow from the command line.
#include "CliContext.h"
#include "CliText.h"
#include "commands/Commands.h"
#include "models/db/AppSchema.h"
#include "models/db/Database.h"
#include "models/governance/Deadlines.h"
#include "models/governance/Durations.h"
#include "models/governance/PolicyQuery.h"
#include "models/governance/ViolationDecisions.h"
#include "models/governance/ViolationQuery.h"
#include "models/governance/ViolationTerms.h"
#include "models/governance/ViolationTimeline.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace steward::cli {

namespace {
using Text = CliText;

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(timestampText(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonOrNull(const JsonCell& cell)
{
    if (cell.isNull)
        return QJsonValue::Null;
    return cell.valid ? cell.value : QJsonValue(cell.raw);
}

// The subcommand word and the words after it.
QPair<QString, CommandArguments> split(const CommandArguments& arguments)
{
    const QStringList tokens = arguments.tokens();
    return {tokens.value(0), CommandArguments(tokens.mid(1))};
}

Result<ViolationQueryContext> queryContext(Database& database)
{
    auto version = AppSchema::installedVersion(database);
    if (!version)
        return version.failure();
    auto deadlines = Deadlines::load(database);
    if (!deadlines)
        return deadlines.failure();
    ViolationQueryContext context{*deadlines, database.asOf(), *version > 0};
    // A search reads Steward's indexes where init --indexes made them, as the window does.
    ViolationQuery::readSearchIndexes(database, context);
    return context;
}

QStringList listOption(const CommandArguments& arguments, const QString& name)
{
    QStringList values;
    for (const QString& value : arguments.values(name))
        values << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& value : values)
        value = value.trimmed();
    return values;
}

Outcome policiesList(CliContext& context, CommandArguments& arguments)
{
    if (Outcome parsed = arguments.parse({}, 0, 0, QStringLiteral("steward-cli policies list")); !parsed)
        return parsed;
    auto db = context.database();
    if (!db)
        return db.failure();
    auto policies = PolicyQuery::fetchAll(**db);
    if (!policies)
        return policies.failure();
    OutputTable table;
    table.columns =
        QStringList{QStringLiteral("policy_id"), QStringLiteral("policy_name"), QStringLiteral("policy_type"),
                    QStringLiteral("status"),    QStringLiteral("violations"),  QStringLiteral("open_violations")};
    for (const Policy& policy : *policies) {
        table.rows << QList<QJsonValue>{policy.policyId,
                                        policy.name,
                                        policy.type,
                                        policy.status,
                                        policy.violationCount(),
                                        policy.openViolationCount()};
    }
    context.output().printList(table);
    return Outcome::ok();
}

Outcome policiesShow(CliContext& context, CommandArguments& arguments)
{
    if (Outcome parsed = arguments.parse({}, 1, 1, QStringLiteral("steward-cli policies show ID|NAME")); !parsed)
        return parsed;
    auto db = context.database();
    if (!db)
        return db.failure();
    auto policy = PolicyQuery::find(**db, arguments.positional(0));
    if (!policy)
        return policy.failure();
    QJsonObject byStatus;
    for (auto it = policy->violationsByStatus.cbegin(); it != policy->violationsByStatus.cend(); ++it)
        byStatus.insert(it.key(), it.value());
    context.output().printObject({
        {QStringLiteral("policy_id"), policy->policyId},
        {QStringLiteral("policy_name"), policy->name},
        {QStringLiteral("policy_type"), policy->type},
        {QStringLiteral("status"), policy->status},
        {QStringLiteral("description"), textOrNull(policy->description)},
        {QStringLiteral("rules"), jsonOrNull(policy->rules)},
        {QStringLiteral("thresholds"), jsonOrNull(policy->thresholds)},
        {QStringLiteral("violations"), policy->violationCount()},
        {QStringLiteral("violations_by_status"), byStatus},
    });
    context.output().note(QString());
    context.output().note(Text::tr("Rules:"));
    for (const QString& line : PolicyQuery::readableLines(policy->rules))
        context.output().note(QStringLiteral("  ") + line);
    context.output().note(Text::tr("Thresholds:"));
    for (const QString& line : PolicyQuery::readableLines(policy->thresholds))
        context.output().note(QStringLiteral("  ") + line);
    return Outcome::ok();
}

Outcome violationsList(CliContext& context, CommandArguments& arguments)
{
    const QString usage =
        QStringLiteral("steward-cli violations list [--status S] [--severity V] [--client C] [--assignee U] "
                       "[--overdue] [--type T] [--model-version M] [--policy ID] [--limit N]");
    if (Outcome parsed = arguments.parse({{QStringLiteral("status"), true, true},
                                          {QStringLiteral("severity"), true, true},
                                          {QStringLiteral("client"), true, true},
                                          {QStringLiteral("assignee")},
                                          {QStringLiteral("overdue"), false},
                                          {QStringLiteral("type"), true, true},
                                          {QStringLiteral("model-version")},
                                          {QStringLiteral("policy")},
                                          {QStringLiteral("limit")}},
                                         0, 0, usage);
        !parsed)
        return parsed;
    int limit = 0;
    if (Outcome parsed = arguments.intValue(QStringLiteral("limit"), 0, 0, &limit); !parsed)
        return parsed;
    auto db = context.database();
    if (!db)
        return db.failure();
    auto queryContextResult = queryContext(**db);
    if (!queryContextResult)
        return queryContextResult.failure();
    const ViolationQueryContext& qc = *queryContextResult;
    ViolationFilter filter;
    filter.statuses = listOption(arguments, QStringLiteral("status"));
    filter.severities = listOption(arguments, QStringLiteral("severity"));
    filter.clients = listOption(arguments, QStringLiteral("client"));
    filter.types = listOption(arguments, QStringLiteral("type"));
    filter.assignee = arguments.value(QStringLiteral("assignee"));
    filter.modelVersion = arguments.value(QStringLiteral("model-version"));
    filter.overdueOnly = arguments.has(QStringLiteral("overdue"));
    if (arguments.has(QStringLiteral("policy"))) {
        auto policy = PolicyQuery::find(**db, arguments.value(QStringLiteral("policy")));
        if (!policy)
            return policy.failure();
        filter.policyId = policy->policyId;
    }
    auto rows = ViolationQuery::fetch(**db, ViolationQuery::queue((*db)->dialect(), filter, qc), limit);
    if (!rows)
        return rows.failure();
    OutputTable table;
    table.columns =
        QStringList{QStringLiteral("violation_id"),   QStringLiteral("severity"),  QStringLiteral("status"),
                    QStringLiteral("violation_type"), QStringLiteral("client_id"), QStringLiteral("model_version"),
                    QStringLiteral("policy_name"),    QStringLiteral("assignee"),  QStringLiteral("detected_at"),
                    QStringLiteral("due_at"),         QStringLiteral("overdue"),   QStringLiteral("time_left")};
    for (const ViolationRow& row : *rows) {
        const bool closed = ViolationTerms::isClosed(row.status);
        table.rows << QList<QJsonValue>{row.violationId,
                                        row.severity,
                                        row.status,
                                        row.type,
                                        textOrNull(row.clientId),
                                        textOrNull(row.modelVersion),
                                        textOrNull(row.policyName),
                                        textOrNull(row.assignee),
                                        timeOrNull(row.detectedAt),
                                        closed ? QJsonValue(QJsonValue::Null) : timeOrNull(row.dueAt),
                                        qc.deadlines.isOverdue(row.severity, row.status, row.detectedAt, qc.now),
                                        closed ? QJsonValue(QJsonValue::Null)
                                               : textOrNull(Durations::timeLeft(row.dueAt, qc.now))};
    }
    context.output().printList(table);
    return Outcome::ok();
}

// The violation a command names, with the database and the deadlines it is read against.
struct Target
{
    Database* database = nullptr;
    ViolationQueryContext context;
    Violation violation;
};

Result<Target> findViolation(CliContext& context, const QString& idText)
{
    auto db = context.database();
    if (!db)
        return db.failure();
    auto qc = queryContext(**db);
    if (!qc)
        return qc.failure();
    auto id = ViolationQuery::resolveId(**db, idText);
    if (!id)
        return id.failure();
    auto violation = ViolationQuery::find(**db, *id, *qc);
    if (!violation)
        return violation.failure();
    return Target{*db, *qc, *violation};
}

Outcome violationsShow(CliContext& context, CommandArguments& arguments)
{
    if (Outcome parsed = arguments.parse({}, 1, 1, QStringLiteral("steward-cli violations show ID")); !parsed)
        return parsed;
    auto target = findViolation(context, arguments.positional(0));
    if (!target)
        return target.failure();
    const Violation& v = target->violation;
    const ViolationQueryContext& qc = target->context;
    auto timeline = ViolationTimeline::load(*target->database, v, qc.hasAppTables);
    if (!timeline)
        return timeline.failure();
    QJsonArray steps;
    for (const TimelineEntry& entry : *timeline) {
        steps << QJsonObject{{QStringLiteral("at"), timeOrNull(entry.at)},
                             {QStringLiteral("actor"), textOrNull(entry.actor)},
                             {QStringLiteral("action"), entry.action},
                             {QStringLiteral("summary"), entry.summary()},
                             {QStringLiteral("state_before"), textOrNull(entry.stateBefore)},
                             {QStringLiteral("state_after"), textOrNull(entry.stateAfter)},
                             {QStringLiteral("comment"), textOrNull(entry.comment)}};
    }
    const bool closed = ViolationTerms::isClosed(v.status);
    context.output().printObject({
        {QStringLiteral("violation_id"), v.violationId},
        {QStringLiteral("severity"), v.severity},
        {QStringLiteral("status"), v.status},
        {QStringLiteral("violation_type"), v.type},
        {QStringLiteral("description"), v.description},
        {QStringLiteral("policy_id"), v.policyId},
        {QStringLiteral("policy_name"), textOrNull(v.policyName)},
        {QStringLiteral("client_id"), textOrNull(v.clientId)},
        {QStringLiteral("model_version"), textOrNull(v.modelVersion)},
        {QStringLiteral("details"), jsonOrNull(v.details)},
        {QStringLiteral("detected_at"), timeOrNull(v.detectedAt)},
        {QStringLiteral("due_at"), closed ? QJsonValue(QJsonValue::Null) : timeOrNull(v.dueAt)},
        {QStringLiteral("overdue"), qc.deadlines.isOverdue(v.severity, v.status, v.detectedAt, qc.now)},
        {QStringLiteral("assignee"), textOrNull(v.assignee)},
        {QStringLiteral("resolution"), textOrNull(v.resolution)},
        {QStringLiteral("resolved_by"), textOrNull(v.resolvedBy)},
        {QStringLiteral("resolved_at"), timeOrNull(v.resolvedAt)},
        {QStringLiteral("timeline"), steps},
    });
    return Outcome::ok();
}

// Applies one decision and prints what it did.
Outcome applyDecision(CliContext& context, Database& database, const Decision& decision, const QString& stateBefore)
{
    TransitionEngine engine(database);
    const DecisionResult result = engine.apply(decision);
    if (!result.outcome)
        return result.outcome;
    context.output().printObject({{QStringLiteral("violation_id"), decision.targetId},
                                  {QStringLiteral("action"), QLatin1String(decision.step().recorded)},
                                  {QStringLiteral("state_before"), stateBefore},
                                  {QStringLiteral("status"), result.stateNow},
                                  {QStringLiteral("actor"), database.actingUser()},
                                  {QStringLiteral("audit_seq"), result.auditSeq}});
    return Outcome::ok();
}

Outcome violationsDecide(CliContext& context, CommandArguments& arguments, const QString& subcommand)
{
    QList<OptionSpec> options;
    QString usage;
    if (subcommand == QLatin1String("assign")) {
        options = {{QStringLiteral("to")}};
        usage = QStringLiteral("steward-cli violations assign ID --to USER");
    } else if (subcommand == QLatin1String("transition")) {
        options = {{QStringLiteral("to")}, {QStringLiteral("comment")}};
        usage = QStringLiteral(
            "steward-cli violations transition ID --to investigating|resolved|false_positive|open --comment TEXT");
    } else {
        options = {{QStringLiteral("text")}};
        usage = QStringLiteral("steward-cli violations comment ID --text TEXT");
    }
    if (Outcome parsed = arguments.parse(options, 1, 1, usage); !parsed)
        return parsed;
    const QString required = subcommand == QLatin1String("comment") ? QStringLiteral("text") : QStringLiteral("to");
    if (arguments.value(required).trimmed().isEmpty())
        return Outcome::usage(Text::tr("--%1 is required (usage: %2)").arg(required, usage));
    auto target = findViolation(context, arguments.positional(0));
    if (!target)
        return target.failure();
    Database& db = *target->database;
    const QString id = target->violation.violationId;
    // The decision is conditional on what was just read: a change in between is a conflict.
    const QString seen = target->violation.status;
    if (subcommand == QLatin1String("assign")) {
        return applyDecision(context, db,
                             ViolationDecisions::assign(id, arguments.value(QStringLiteral("to")).trimmed(), seen,
                                                        target->violation.assignee),
                             seen);
    }
    if (subcommand == QLatin1String("comment"))
        return applyDecision(context, db,
                             ViolationDecisions::comment(id, arguments.value(QStringLiteral("text")), seen), seen);
    auto decision = ViolationDecisions::transition(id, seen, arguments.value(QStringLiteral("to")).trimmed(),
                                                   arguments.value(QStringLiteral("comment")));
    if (!decision)
        return decision.failure();
    return applyDecision(context, db, *decision, seen);
}

Outcome violationsDeadlines(CliContext& context, CommandArguments& arguments)
{
    QList<OptionSpec> options;
    for (const QString& severity : ViolationTerms::knownSeverities())
        options << OptionSpec{severity};
    if (Outcome parsed =
            arguments.parse(options, 0, 0,
                            QStringLiteral("steward-cli violations deadlines [--critical DAYS] [--high DAYS] "
                                           "[--medium DAYS] [--low DAYS]"));
        !parsed)
        return parsed;
    auto db = context.database();
    if (!db)
        return db.failure();
    QMap<QString, int> changes;
    for (const QString& severity : ViolationTerms::knownSeverities()) {
        if (!arguments.has(severity))
            continue;
        int days = 0;
        if (Outcome parsed = arguments.intValue(severity, 0, ViolationDeadlines::kMinimumDays, &days); !parsed)
            return parsed;
        changes.insert(severity, days);
    }
    if (!changes.isEmpty()) {
        if (Outcome changed = Deadlines::change(**db, changes); !changed)
            return changed;
    }
    auto deadlines = Deadlines::load(**db);
    if (!deadlines)
        return deadlines.failure();
    OutputTable table;
    table.columns =
        QStringList{QStringLiteral("severity"), QStringLiteral("deadline_days"), QStringLiteral("default_days")};
    for (const QString& severity : ViolationTerms::knownSeverities()) {
        table.rows << QList<QJsonValue>{severity, deadlines->daysFor(severity).value_or(0),
                                        ViolationDeadlines::defaults().daysFor(severity).value_or(0)};
    }
    context.output().printList(table);
    return Outcome::ok();
}
} // namespace

Outcome runPolicies(CliContext& context, CommandArguments& arguments)
{
    auto [subcommand, rest] = split(arguments);
    if (subcommand == QLatin1String("list"))
        return policiesList(context, rest);
    if (subcommand == QLatin1String("show"))
        return policiesShow(context, rest);
    return Outcome::usage(Text::tr("usage: steward-cli policies list | policies show ID"));
}

Outcome runViolations(CliContext& context, CommandArguments& arguments)
{
    auto [subcommand, rest] = split(arguments);
    if (subcommand == QLatin1String("list"))
        return violationsList(context, rest);
    if (subcommand == QLatin1String("show"))
        return violationsShow(context, rest);
    if (subcommand == QLatin1String("assign") || subcommand == QLatin1String("transition") ||
        subcommand == QLatin1String("comment"))
        return violationsDecide(context, rest, subcommand);
    if (subcommand == QLatin1String("deadlines"))
        return violationsDeadlines(context, rest);
    return Outcome::usage(Text::tr("usage: steward-cli violations list|show|assign|transition|comment|deadlines ... "
                                   "(see steward-cli --help)"));
}

} // namespace steward::cli
