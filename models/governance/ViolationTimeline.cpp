#include "ViolationTimeline.h"

#include "models/governance/ViolationQuery.h"
#include "models/governance/ViolationTerms.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/ItemKind.h"
#include "models/workflow/Workflow.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ViolationTimeline)
};

QString detailText(const QString& details, const char* key)
{
    return QJsonDocument::fromJson(details.toUtf8()).object().value(QLatin1String(key)).toString();
}
} // namespace

QString TimelineEntry::summary() const
{
    const QString who = actor.isEmpty() ? Text::tr("someone") : actor;
    if (action == QLatin1String("detected"))
        return actor.isEmpty() ? Text::tr("Detected by the monitor") : Text::tr("Detected by %1").arg(actor);
    if (action == QLatin1String("investigate"))
        return Text::tr("%1 started investigating").arg(who);
    if (action == QLatin1String("assign")) {
        const QString assignee = detailText(details, "assignee");
        const QString previous = detailText(details, "previous_assignee");
        return previous.isEmpty() ? Text::tr("%1 assigned it to %2").arg(who, assignee)
                                  : Text::tr("%1 reassigned it from %2 to %3").arg(who, previous, assignee);
    }
    if (action == QLatin1String("resolve"))
        return Text::tr("%1 resolved it").arg(who);
    if (action == QLatin1String("false_positive"))
        return Text::tr("%1 marked it a false positive").arg(who);
    if (action == QLatin1String("reopen"))
        return Text::tr("%1 reopened it").arg(who);
    if (action == QLatin1String("return_to_open"))
        return Text::tr("%1 returned it to the open queue").arg(who);
    if (action == QLatin1String("comment"))
        return Text::tr("%1 commented").arg(who);
    if (action == QLatin1String("closed_outside"))
        return Text::tr("%1 closed it as %2 (recorded outside Steward)")
            .arg(who, ViolationTerms::statusLabel(stateAfter));
    return Text::tr("%1: %2").arg(who, action);
}

std::optional<TimelineEntry> ViolationTimeline::investigationStart(const QList<TimelineEntry>& entries)
{
    const QString investigating = stateName(ViolationState::Investigating);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->stateAfter == investigating && it->stateBefore != investigating)
            return *it;
    }
    return std::nullopt;
}

QString ViolationTimeline::actionLabel(const QString& targetKind, const QString& action)
{
    const bool suggestion = targetKind == QLatin1String("suggestion");
    if (suggestion && action == QLatin1String("approve"))
        return Text::tr("Suggestion approved");
    if (suggestion && action == QLatin1String("reject"))
        return Text::tr("Suggestion rejected");
    if (suggestion && action == QLatin1String("rollback"))
        return Text::tr("Suggestion rolled back");
    if (action == QLatin1String("request_rollback"))
        return Text::tr("Rollback requested");
    if (action == QLatin1String("approve_rollback"))
        return Text::tr("Rollback approved");
    if (action == QLatin1String("deny_rollback"))
        return Text::tr("Rollback denied");
    if (action == QLatin1String("activate_version"))
        return Text::tr("Model version activated");
    if (action == QLatin1String("investigate"))
        return Text::tr("Violation investigation started");
    if (action == QLatin1String("assign"))
        return Text::tr("Violation assigned");
    if (action == QLatin1String("resolve"))
        return Text::tr("Violation resolved");
    if (action == QLatin1String("false_positive"))
        return Text::tr("Violation marked false positive");
    if (action == QLatin1String("reopen"))
        return Text::tr("Violation reopened");
    if (action == QLatin1String("return_to_open"))
        return Text::tr("Violation returned to open");
    if (action == QLatin1String("change_setting"))
        return Text::tr("Setting changed");
    if (action == QLatin1String("grant_role"))
        return Text::tr("Role granted");
    if (action == QLatin1String("revoke_role"))
        return Text::tr("Role revoked");
    if (action == QLatin1String("comment"))
        return Text::tr("Comment");
    return Text::tr("%1 (%2)").arg(action, targetKind);
}

Result<QList<TimelineEntry>> ViolationTimeline::load(Database& database, const Violation& violation, bool hasAppTables)
{
    QList<TimelineEntry> timeline;
    TimelineEntry detected;
    detected.at = violation.detectedAt;
    detected.action = QStringLiteral("detected");
    detected.stateAfter = stateName(ViolationState::Open);
    detected.comment = violation.description;
    timeline << detected;

    QList<AuditEntry> audit;
    if (hasAppTables) {
        AuditChain::Filter filter;
        filter.targetKind = ItemKinds::violation().name;
        filter.targetId = violation.violationId;
        filter.limit = 500;
        for (;;) {
            auto page = AuditChain::list(database, filter);
            if (!page)
                return page.failure();
            audit << *page;
            if (page->size() < filter.limit)
                break;
            filter.offset += filter.limit;
        }
    }
    // The audit trail lists newest first.
    for (auto it = audit.crbegin(); it != audit.crend(); ++it) {
        TimelineEntry entry;
        entry.at = it->recordedAt;
        entry.actor = it->actor;
        entry.action = it->action;
        entry.stateBefore = it->stateBefore;
        entry.stateAfter = it->stateAfter;
        entry.comment = it->comment;
        entry.details = it->details;
        entry.auditSeq = it->seq;
        timeline << entry;
    }
    // A violation closed by the pipeline or by hand, with no Steward record of it: say so.
    const bool closedInSteward = !audit.isEmpty() && audit.first().stateAfter == violation.status;
    if (ViolationTerms::isClosed(violation.status) && !closedInSteward) {
        TimelineEntry closed;
        closed.at = violation.resolvedAt;
        closed.actor = violation.resolvedBy;
        closed.action = QStringLiteral("closed_outside");
        closed.stateAfter = violation.status;
        closed.comment = violation.resolution;
        timeline << closed;
    }
    return timeline;
}

} // namespace steward
