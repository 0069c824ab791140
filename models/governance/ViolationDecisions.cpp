#include "ViolationDecisions.h"

#include "models/db/Database.h"
#include "models/governance/ViolationTerms.h"
#include "models/values/CellValue.h"
#include "models/workflow/RoleRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ViolationDecisions)
};

const QString kAssignments = QStringLiteral("violation_assignments");

Result<QString> currentAssignee(Database& db, const QString& violationId)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT assignee FROM %1 WHERE violation_id = ?").arg(db.appTable(kAssignments)));
    q.addBindValue(violationId);
    if (Outcome done = db.run(q, Text::tr("reading the assignment")); !done)
        return done;
    return q.next() ? q.value(0).toString() : QString();
}

// Only someone who may work on violations can be given one.
Outcome checkAssignee(Database& db, const QString& assignee)
{
    auto role = RoleRepository(db).roleOf(assignee);
    if (!role)
        return role.failure();
    if (!roleAllows(*role, Permission::WorkViolation)) {
        return Outcome::usage(
            Text::tr("%1 is %2 and cannot work on violations; assign someone who is analyst, manager or admin")
                .arg(assignee, roleName(*role)));
    }
    return Outcome::ok();
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Writes the assignment inside the running decision; returns what the audit record says of it.
Result<QString> writeAssignment(TransitionContext& context, const QString& violationId, const QString& assignee,
                                const QString& previous)
{
    Database& db = context.database;
    QSqlQuery upsert = db.query();
    upsert.prepare(
        QStringLiteral("INSERT INTO %1 (violation_id, assignee, assigned_by, assigned_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (violation_id) DO UPDATE SET assignee = excluded.assignee, "
                       "assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at")
            .arg(db.appTable(kAssignments)));
    upsert.addBindValue(violationId);
    upsert.addBindValue(assignee);
    upsert.addBindValue(context.actor);
    upsert.addBindValue(timestampText(context.now));
    if (Outcome done = db.run(upsert, Text::tr("assigning the violation")); !done)
        return done;
    QJsonObject details{{QStringLiteral("assignee"), assignee}};
    if (!previous.isEmpty())
        details.insert(QStringLiteral("previous_assignee"), previous);
    return compactJson(details);
}

// Sets (or clears) the resolution columns with the acting user and the decision's clock.
Outcome writeResolution(TransitionContext& context, const QString& violationId, const QString& resolution, bool closing)
{
    Database& db = context.database;
    // Into whichever table holds the violations: the pipeline's, or e.g. UrutiIQ's
    // "AIGovernanceViolation" with its "resolvedBy" and "updatedAt".
    const ItemKind kind = ItemKinds::violation().bound(db);
    const QVariant none(QMetaType(QMetaType::QString));
    const QList<std::pair<QString, QVariant>> values{
        {kind.column(QStringLiteral("resolution")), closing ? QVariant(resolution.trimmed()) : none},
        {kind.column(QStringLiteral("resolved_by")), closing ? QVariant(context.actor) : none},
        {kind.column(QStringLiteral("resolved_at")), closing ? QVariant(timestampText(context.now)) : none},
        {kind.columns.value(QStringLiteral("updated_at")), QVariant(timestampText(context.now))},
    };
    QStringList assignments;
    QVariantList binds;
    for (const auto& [column, value] : values) {
        if (!column.isEmpty()) {
            assignments << column + QStringLiteral(" = ?");
            binds << value;
        }
    }
    if (assignments.isEmpty())
        return Outcome::ok();
    QSqlQuery update = db.query();
    update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                       .arg(kind.sqlTable(db), assignments.join(QStringLiteral(", ")), kind.idColumn));
    for (const QVariant& value : std::as_const(binds))
        update.addBindValue(value);
    update.addBindValue(violationId);
    return db.run(update, Text::tr("recording the resolution"));
}

Decision closeDecision(const QString& id, const QString& text, const QString& seen, Action action)
{
    Decision d = Decision::on(action, id, seen);
    d.comment = text;
    d.guard = [](TransitionContext& context) -> Outcome {
        if (ViolationTerms::closingNeedsManager(context.row.value(QStringLiteral("severity")).toString()))
            return authorize(context.actor, context.role, Permission::CloseCriticalViolation);
        return Outcome::ok();
    };
    d.effect = [id, text](TransitionContext& context) { return writeResolution(context, id, text, true); };
    return d;
}
} // namespace

Decision ViolationDecisions::investigate(const QString& violationId, const QString& assignee, const QString& comment,
                                         const QString& seenState)
{
    Decision d = Decision::on(Action::InvestigateViolation, violationId, seenState);
    d.comment = comment;
    if (!assignee.isEmpty())
        d.serverArguments.insert(QStringLiteral("assignee"), assignee);
    d.guard = [assignee](TransitionContext& context) -> Outcome {
        return assignee.isEmpty() ? Outcome::ok() : checkAssignee(context.database, assignee);
    };
    d.effect = [violationId, assignee](TransitionContext& context) -> Outcome {
        auto previous = currentAssignee(context.database, violationId);
        if (!previous)
            return previous.failure();
        // An investigation always has someone on it: the one named, else whoever has it, else the
        // person starting it.
        const QString who = !assignee.isEmpty() ? assignee : !previous->isEmpty() ? *previous : context.actor;
        if (who == *previous)
            return Outcome::ok();
        auto details = writeAssignment(context, violationId, who, *previous);
        if (!details)
            return details.failure();
        AuditEntry entry;
        entry.action = QStringLiteral("assign");
        entry.targetKind = ItemKinds::violation().name;
        entry.targetId = violationId;
        entry.clientId = context.clientId;
        entry.stateBefore = stateName(ViolationState::Investigating);
        entry.stateAfter = stateName(ViolationState::Investigating);
        entry.details = *details;
        context.extraAudit << entry;
        return Outcome::ok();
    };
    return d;
}

Decision ViolationDecisions::resolve(const QString& violationId, const QString& resolution, const QString& seenState)
{
    return closeDecision(violationId, resolution, seenState, Action::ResolveViolation);
}

Decision ViolationDecisions::markFalsePositive(const QString& violationId, const QString& justification,
                                               const QString& seenState)
{
    return closeDecision(violationId, justification, seenState, Action::MarkViolationFalsePositive);
}

Decision ViolationDecisions::reopen(const QString& violationId, const QString& reason, const QString& seenState)
{
    Decision d = Decision::on(Action::ReopenViolation, violationId, seenState);
    d.comment = reason;
    d.effect = [violationId](TransitionContext& context) -> Outcome {
        // The resolution being cleared goes into the audit record, so nothing is lost.
        Database& db = context.database;
        QSqlQuery previous = db.query();
        previous.prepare(QStringLiteral("SELECT resolution, resolved_by, resolved_at FROM %1 WHERE violation_id = ?")
                             .arg(ItemKinds::violation().readTable(db)));
        previous.addBindValue(violationId);
        if (Outcome done = db.run(previous, Text::tr("reading the resolution")); !done)
            return done;
        QJsonObject details;
        if (previous.next()) {
            details.insert(QStringLiteral("previous_resolution"), previous.value(0).toString());
            details.insert(QStringLiteral("previous_resolved_by"), previous.value(1).toString());
            details.insert(QStringLiteral("previous_resolved_at"), timestampText(parseTimestamp(previous.value(2))));
        }
        previous.finish();
        context.extraAudit.first().details = compactJson(details);
        return writeResolution(context, violationId, {}, false);
    };
    return d;
}

Decision ViolationDecisions::returnToOpen(const QString& violationId, const QString& comment, const QString& seenState)
{
    // Taking a closed violation back to open is reopening it (a manager's, and it clears the
    // resolution): that is reopen(), which the table keeps apart from this.
    Decision d = Decision::on(Action::ReturnViolationToOpen, violationId, seenState);
    d.comment = comment;
    return d;
}

Decision ViolationDecisions::assign(const QString& violationId, const QString& assignee, const QString& seenState,
                                    const std::optional<QString>& seenAssignee)
{
    Decision d = Decision::on(Action::AssignViolation, violationId, seenState);
    d.serverArguments.insert(QStringLiteral("assignee"), assignee);
    if (seenAssignee)
        d.serverArguments.insert(QStringLiteral("seen_assignee"), *seenAssignee);
    d.guard = [violationId, assignee, seenAssignee](TransitionContext& context) -> Outcome {
        if (assignee.trimmed().isEmpty())
            return Outcome::usage(Text::tr("an assignment needs the person to assign"));
        auto current = currentAssignee(context.database, violationId);
        if (!current)
            return current.failure();
        if (seenAssignee && *seenAssignee != *current) {
            return Outcome::conflict(Text::tr("the violation is assigned to %1 now, not %2; nothing was changed")
                                         .arg(current->isEmpty() ? Text::tr("nobody") : *current,
                                              seenAssignee->isEmpty() ? Text::tr("nobody") : *seenAssignee));
        }
        if (*current == assignee)
            return Outcome::conflict(Text::tr("the violation is assigned to %1 already").arg(assignee));
        return checkAssignee(context.database, assignee);
    };
    d.effect = [violationId, assignee](TransitionContext& context) -> Outcome {
        auto previous = currentAssignee(context.database, violationId);
        if (!previous)
            return previous.failure();
        auto details = writeAssignment(context, violationId, assignee, *previous);
        if (!details)
            return details.failure();
        context.extraAudit.first().details = *details;
        return Outcome::ok();
    };
    return d;
}

Decision ViolationDecisions::comment(const QString& violationId, const QString& text, const QString& seenState)
{
    Decision d = Decision::on(Action::CommentOnViolation, violationId, seenState);
    d.comment = text;
    return d;
}

Result<Decision> ViolationDecisions::transition(const QString& violationId, const QString& seenState,
                                                const QString& targetState, const QString& comment)
{
    if (!ViolationTerms::isKnownStatus(targetState))
        return Outcome::usage(
            Text::tr("--to must be investigating, resolved, false_positive or open, not %1").arg(targetState));
    if (seenState == targetState)
        return Outcome::conflict(Text::tr("the violation is %1 already; nothing was changed").arg(seenState));
    switch (*violationState(targetState)) {
    case ViolationState::Investigating:
        return investigate(violationId, {}, comment, seenState);
    case ViolationState::Resolved:
        return resolve(violationId, comment, seenState);
    case ViolationState::FalsePositive:
        return markFalsePositive(violationId, comment, seenState);
    case ViolationState::Open:
        break;
    }
    if (ViolationTerms::isClosed(seenState))
        return reopen(violationId, comment, seenState);
    return returnToOpen(violationId, comment, seenState);
}

} // namespace steward
