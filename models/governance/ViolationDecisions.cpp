#include "ViolationDecisions.h"

#include "db/Database.h"
#include "governance/ViolationTerms.h"
#include "values/CellValue.h"
#include "workflow/RoleRepository.h"

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

Decision base(const QString& id, const QString& seen, const QString& newState, const QString& action)
{
    return Decision::on(ItemKinds::violation(), Permission::WorkViolation, id, seen, newState, action);
}

// A step that changes the status refuses when the violation is already there (the engine lets
// a status stay as it is for comments and assignments).
Outcome refuseStandingStill(const TransitionContext& context, const QString& newState)
{
    if (context.currentState == newState)
        return Outcome::conflict(Text::tr("the violation is %1 already; nothing was changed").arg(newState));
    return Outcome::ok();
}

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
    if (static_cast<int>(*role) < static_cast<int>(minimumRole(Permission::WorkViolation))) {
        return Outcome::usage(Text::tr("%1 is %2 and cannot work on violations; assign someone who is analyst, manager or admin")
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
    upsert.prepare(QStringLiteral("INSERT INTO %1 (violation_id, assignee, assigned_by, assigned_at) VALUES (?, ?, ?, ?) "
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
    QSqlQuery update = db.query();
    update.prepare(QStringLiteral("UPDATE governance_violations SET resolution = ?, resolved_by = ?, resolved_at = ? "
                                  "WHERE violation_id = ?"));
    update.addBindValue(closing ? QVariant(resolution.trimmed()) : QVariant(QMetaType(QMetaType::QString)));
    update.addBindValue(closing ? QVariant(context.actor) : QVariant(QMetaType(QMetaType::QString)));
    update.addBindValue(closing ? QVariant(timestampText(context.now)) : QVariant(QMetaType(QMetaType::QString)));
    update.addBindValue(violationId);
    return db.run(update, Text::tr("recording the resolution"));
}

Decision closeDecision(const QString& id, const QString& text, const QString& seen, const QString& newState, const QString& action)
{
    Decision d = base(id, seen, newState, action);
    d.comment = text;
    d.commentRequired = true;
    d.commentName = newState == QLatin1String("resolved") ? Text::tr("the resolution") : Text::tr("a justification");
    d.guard = [newState](TransitionContext& context) -> Outcome {
        if (Outcome moving = refuseStandingStill(context, newState); !moving)
            return moving;
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
    Decision d = base(violationId, seenState, QStringLiteral("investigating"), QStringLiteral("investigate"));
    d.comment = comment;
    d.guard = [assignee](TransitionContext& context) -> Outcome {
        if (Outcome moving = refuseStandingStill(context, QStringLiteral("investigating")); !moving)
            return moving;
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
        entry.stateBefore = QStringLiteral("investigating");
        entry.stateAfter = QStringLiteral("investigating");
        entry.details = *details;
        context.extraAudit << entry;
        return Outcome::ok();
    };
    return d;
}

Decision ViolationDecisions::resolve(const QString& violationId, const QString& resolution, const QString& seenState)
{
    return closeDecision(violationId, resolution, seenState, QStringLiteral("resolved"), QStringLiteral("resolve"));
}

Decision ViolationDecisions::markFalsePositive(const QString& violationId, const QString& justification,
                                               const QString& seenState)
{
    return closeDecision(violationId, justification, seenState, QStringLiteral("false_positive"), QStringLiteral("false_positive"));
}

Decision ViolationDecisions::reopen(const QString& violationId, const QString& reason, const QString& seenState)
{
    Decision d = base(violationId, seenState, QStringLiteral("open"), QStringLiteral("reopen"));
    d.permission = Permission::ReopenViolation;
    d.comment = reason;
    d.guard = [](TransitionContext& context) -> Outcome {
        if (!ViolationTerms::isClosed(context.currentState))
            return Outcome::conflict(Text::tr("only a resolved or false-positive violation can be reopened; this one is %1")
                                         .arg(context.currentState));
        return Outcome::ok();
    };
    d.effect = [violationId](TransitionContext& context) -> Outcome {
        // The resolution being cleared goes into the audit record, so nothing is lost.
        Database& db = context.database;
        QSqlQuery previous = db.query();
        previous.prepare(QStringLiteral("SELECT resolution, resolved_by, resolved_at FROM governance_violations WHERE violation_id = ?"));
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
    Decision d = base(violationId, seenState, QStringLiteral("open"), QStringLiteral("return_to_open"));
    d.comment = comment;
    d.guard = [](TransitionContext& context) -> Outcome {
        // Taking a closed violation back to open is reopening it (a manager's, and it clears the
        // resolution): that is reopen(), not this.
        if (ViolationTerms::isClosed(context.currentState))
            return Outcome::conflict(Text::tr("the violation is %1; it has to be reopened").arg(context.currentState));
        return refuseStandingStill(context, QStringLiteral("open"));
    };
    return d;
}

Decision ViolationDecisions::assign(const QString& violationId, const QString& assignee, const QString& seenState,
                                    const std::optional<QString>& seenAssignee)
{
    Decision d = base(violationId, seenState, seenState, QStringLiteral("assign"));
    d.guard = [violationId, assignee, seenAssignee](TransitionContext& context) -> Outcome {
        if (assignee.trimmed().isEmpty())
            return Outcome::usage(Text::tr("an assignment needs the person to assign"));
        if (ViolationTerms::isClosed(context.currentState))
            return Outcome::conflict(Text::tr("the violation is %1; reopen it before assigning it").arg(context.currentState));
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
    Decision d = base(violationId, seenState, seenState, QStringLiteral("comment"));
    d.comment = text;
    d.commentRequired = true;
    d.commentName = Text::tr("the comment's text");
    return d;
}

Result<Decision> ViolationDecisions::transition(const QString& violationId, const QString& seenState,
                                                const QString& targetState, const QString& comment)
{
    if (!ViolationTerms::isKnownStatus(targetState))
        return Outcome::usage(Text::tr("--to must be investigating, resolved, false_positive or open, not %1").arg(targetState));
    if (seenState == targetState)
        return Outcome::conflict(Text::tr("the violation is %1 already; nothing was changed").arg(seenState));
    if (targetState == QLatin1String("investigating"))
        return investigate(violationId, {}, comment, seenState);
    if (targetState == QLatin1String("resolved"))
        return resolve(violationId, comment, seenState);
    if (targetState == QLatin1String("false_positive"))
        return markFalsePositive(violationId, comment, seenState);
    if (ViolationTerms::isClosed(seenState))
        return reopen(violationId, comment, seenState);
    return returnToOpen(violationId, comment, seenState);
}

} // namespace steward
