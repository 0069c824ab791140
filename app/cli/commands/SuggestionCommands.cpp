// suggestions list|show|approve|reject|request-rollback: the review queue from a terminal.
#include "CliContext.h"
#include "CliText.h"
#include "commands/Commands.h"
#include "commands/DecisionOutput.h"
#include "commands/Subcommands.h"
#include "models/db/AppSchema.h"
#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/review/MetricRules.h"
#include "models/review/ParameterDiff.h"
#include "models/review/SuggestionQuery.h"
#include "models/review/SuggestionRepository.h"
#include "models/values/CellValue.h"
#include "models/workflow/SuggestionDecisions.h"
#include "models/workflow/Workflow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace steward::cli {

namespace {
using Text = CliText;

Result<SchemaCatalog> suggestionCatalog(Database& database)
{
    auto catalog = SchemaCatalog::load(database);
    if (catalog && !catalog->hasTable(QStringLiteral("llm_suggestions"))) {
        if (Outcome unlisted = unlistedTable(database, QStringLiteral("llm_suggestions")); !unlisted)
            return unlisted;
        return Outcome::failed(Text::tr("this database has no llm_suggestions table"));
    }
    return catalog;
}

QJsonValue jsonColumn(const JsonCell& cell)
{
    if (cell.isNull)
        return QJsonValue::Null;
    return cell.valid ? cell.value : QJsonValue(cell.raw);
}

QString verdictName(MetricVerdict verdict)
{
    switch (verdict) {
    case MetricVerdict::Better:
        return QStringLiteral("better");
    case MetricVerdict::Worse:
        return QStringLiteral("worse");
    case MetricVerdict::Unchanged:
        return QStringLiteral("unchanged");
    case MetricVerdict::Uncoloured:
        break;
    }
    return QString();
}

QString changeKindName(ParameterChange::Kind kind)
{
    switch (kind) {
    case ParameterChange::Kind::Added:
        return QStringLiteral("added");
    case ParameterChange::Kind::Removed:
        return QStringLiteral("removed");
    case ParameterChange::Kind::Changed:
        return QStringLiteral("changed");
    case ParameterChange::Kind::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

// after - before in binary floating point: 0.0015000000000000013 means 0.0015.
double cleanDifference(double value)
{
    return QString::number(value, 'g', 12).toDouble();
}

QJsonValue orNull(const QJsonValue& value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

Outcome list(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    if (Outcome parsed = arguments.parse({{QStringLiteral("status")},
                                          {QStringLiteral("client")},
                                          {QStringLiteral("category")},
                                          {QStringLiteral("cycle")},
                                          {QStringLiteral("search")},
                                          {QStringLiteral("limit")},
                                          {QStringLiteral("offset")},
                                          {QStringLiteral("sort")},
                                          {QStringLiteral("descending"), false}},
                                         0, 0, usage);
        !parsed)
        return parsed;
    int limit = 0, offset = 0;
    if (Outcome ok = arguments.intValue(QStringLiteral("limit"), 50, 1, &limit); !ok)
        return ok;
    if (Outcome ok = arguments.intValue(QStringLiteral("offset"), 0, 0, &offset); !ok)
        return ok;
    auto db = context.database();
    if (!db)
        return db.failure();
    auto catalog = suggestionCatalog(**db);
    if (!catalog)
        return catalog.failure();
    SuggestionFilter filter{arguments.value(QStringLiteral("status")), arguments.value(QStringLiteral("client")),
                            arguments.value(QStringLiteral("category")), arguments.value(QStringLiteral("cycle")),
                            arguments.value(QStringLiteral("search"))};
    SuggestionOrder order{arguments.value(QStringLiteral("sort")), arguments.has(QStringLiteral("descending"))};
    auto query = SuggestionQuery::build(**db, *catalog, filter, order);
    if (!query)
        return query.failure();

    // The same paged model the queue view uses: pending first, bounded reads.
    PagedTableModel model;
    model.setDatabase(*db);
    model.setPageSize(qBound(50, limit, 1000));
    // The total is counted only when the rows asked for lie beyond the first thousand.
    model.setDeferLongCounts(true);
    if (Outcome set = model.setQuery(*query); !set)
        return set;
    if (model.isCountPending() && static_cast<qint64>(offset) + limit > model.rowCount()) {
        if (Outcome counted = model.completeCount(); !counted)
            return counted;
    }
    OutputTable table;
    for (const PagedQuery::Column& column : query->columns)
        table.columns << column.name;
    const int end = static_cast<int>(qMin<qint64>(static_cast<qint64>(offset) + limit, model.rowCount()));
    for (int row = offset; row < end; ++row) {
        QList<QJsonValue> values;
        for (int column = 0; column < model.columnCount(); ++column) {
            QJsonValue value = model.cell(row, column).toJson();
            if (value.isDouble() && query->columns.at(column).type == LogicalType::Numeric)
                value = cleanDifference(value.toDouble());
            values << value;
        }
        table.rows << values;
        if (!model.lastError())
            return model.lastError();
    }
    context.output().printList(table);
    if (!table.rows.isEmpty() || model.rowCount() > 0) {
        context.output().note(Text::tr("%1–%2 of %3 suggestions")
                                  .arg(QLocale().toString(table.rows.isEmpty() ? offset : offset + 1))
                                  .arg(QLocale().toString(offset + table.rows.size()))
                                  .arg(model.countText(model.rowCount(), !model.isCountPending())));
    }
    return Outcome::ok();
}

Outcome show(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    if (Outcome parsed = arguments.parse({}, 1, 1, usage); !parsed)
        return parsed;
    auto db = context.database();
    if (!db)
        return db.failure();
    auto catalog = suggestionCatalog(**db);
    if (!catalog)
        return catalog.failure();
    auto version = AppSchema::installedVersion(**db);
    if (!version)
        return version.failure();
    const bool withAppData = *version > 0;
    auto found = SuggestionRepository::find(**db, *catalog, arguments.positional(0), withAppData);
    if (!found)
        return found.failure();
    const SuggestionDetail& s = *found;

    QJsonArray metrics;
    for (const MetricChange& change : MetricRules::compare(s.beforeMetrics.value, s.afterMetrics.value)) {
        metrics << QJsonObject{
            {QStringLiteral("metric"), change.key},
            {QStringLiteral("before"), orNull(change.before)},
            {QStringLiteral("after"), orNull(change.after)},
            {QStringLiteral("change"), change.delta ? QJsonValue(cleanDifference(*change.delta)) : QJsonValue()},
            {QStringLiteral("change_of"),
             change.ofMagnitude ? QStringLiteral("|%1|").arg(change.key) : QJsonValue(change.key)},
            {QStringLiteral("verdict"), nullableText(verdictName(change.verdict))}};
    }
    QJsonArray parameters;
    if (s.parameterDiff.valid) {
        for (const ParameterChange& change : ParameterDiff::fromJson(s.parameterDiff.value).changes) {
            if (change.kind == ParameterChange::Kind::Unchanged)
                continue;
            parameters << QJsonObject{{QStringLiteral("change"), changeKindName(change.kind)},
                                      {QStringLiteral("path"), change.path},
                                      {QStringLiteral("before"), orNull(change.before)},
                                      {QStringLiteral("after"), orNull(change.after)}};
        }
    }
    QJsonArray decisions;
    for (const AuditEntry& entry : s.history) {
        decisions << QJsonObject{{QStringLiteral("seq"), entry.seq},
                                 {QStringLiteral("recorded_at"), AuditChain::timeText(entry.recordedAt)},
                                 {QStringLiteral("actor"), entry.actor},
                                 {QStringLiteral("action"), entry.action},
                                 {QStringLiteral("state_after"), nullableText(entry.stateAfter)},
                                 {QStringLiteral("comment"), nullableText(entry.comment)}};
    }
    QJsonArray rollbacks;
    for (const RollbackRequest& request : s.rollbacks) {
        rollbacks << QJsonObject{{QStringLiteral("request_id"), request.requestId},
                                 {QStringLiteral("status"), request.status},
                                 {QStringLiteral("requested_by"), request.requestedBy},
                                 {QStringLiteral("reason"), request.reason},
                                 {QStringLiteral("decided_by"), nullableText(request.decidedBy)}};
    }
    OutputObject object{{QStringLiteral("suggestion_id"), s.suggestionId},
                        {QStringLiteral("status"), s.status},
                        {QStringLiteral("client_id"), s.clientId},
                        {QStringLiteral("category"), s.category},
                        {QStringLiteral("cycle_id"), nullableText(s.cycleId)},
                        {QStringLiteral("cycle_state"), s.cycle ? QJsonValue(s.cycle->state) : QJsonValue()},
                        {QStringLiteral("first_seen_at"),
                         s.firstSeenAt.isValid() ? QJsonValue(timestampText(s.firstSeenAt)) : QJsonValue()},
                        {QStringLiteral("summary"), s.summary},
                        {QStringLiteral("reasoning"), nullableText(s.reasoning)},
                        {QStringLiteral("parameter_diff"), jsonColumn(s.parameterDiff)},
                        {QStringLiteral("before_metrics"), jsonColumn(s.beforeMetrics)},
                        {QStringLiteral("after_metrics"), jsonColumn(s.afterMetrics)},
                        {QStringLiteral("metric_changes"), metrics},
                        {QStringLiteral("parameter_changes"), parameters}};
    if (s.cycle && !s.cycle->configSnapshot.isNull)
        object << qMakePair(QStringLiteral("cycle_config_snapshot"), jsonColumn(s.cycle->configSnapshot));
    if (withAppData) {
        object << qMakePair(QStringLiteral("decisions"), QJsonValue(decisions));
        object << qMakePair(QStringLiteral("rollback_requests"), QJsonValue(rollbacks));
    }
    const QStringList invalid = s.invalidJsonColumns();
    if (!invalid.isEmpty())
        object << qMakePair(QStringLiteral("invalid_json"), QJsonValue(QJsonArray::fromStringList(invalid)));
    context.output().printObject(object);
    for (const QString& column : invalid) {
        context.err() << Text::tr("steward-cli: warning: %1 is not valid JSON; it is shown as stored").arg(column)
                      << Qt::endl;
    }
    return Outcome::ok();
}

// A rollback request's id, so that the requester can quote it to a manager.
OutputObject openRequest(Database& database, const DecisionResult& result)
{
    auto requests = RollbackRequests::listFor(database, RollbackRequests::kSuggestion, result.targetId);
    if (!requests || requests->isEmpty() || requests->first().status != stateName(RollbackRequestState::Requested))
        return {};
    return {{QStringLiteral("request_id"), requests->first().requestId}};
}

Outcome approve(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    return runDecision(
        context, arguments, usage, QStringLiteral("suggestion_id"),
        [](const QString& id, const QString& comment) { return SuggestionDecisions::approve(id, comment); });
}

Outcome reject(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    return runDecision(
        context, arguments, usage, QStringLiteral("suggestion_id"),
        [](const QString& id, const QString& comment) { return SuggestionDecisions::reject(id, comment); });
}

Outcome requestRollback(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    return runDecision(
        context, arguments, usage, QStringLiteral("suggestion_id"),
        [](const QString& id, const QString& comment) { return SuggestionDecisions::requestRollback(id, comment); },
        &openRequest);
}
} // namespace

Outcome runSuggestions(CliContext& context, CommandArguments& arguments)
{
    static const QList<Subcommand> verbs{
        {"list",
         "list [--status S] [--client C] [--category K] [--cycle ID] [--search TEXT] [--limit N] [--offset N] "
         "[--sort COLUMN [--descending]]",
         &list},
        {"show", "show ID", &show},
        {"approve", "approve ID [--comment TEXT]", &approve},
        {"reject", "reject ID --comment TEXT", &reject},
        {"request-rollback", "request-rollback ID --comment TEXT", &requestRollback},
    };
    return runSubcommand(context, arguments, QStringLiteral("suggestions"), verbs);
}

} // namespace steward::cli
