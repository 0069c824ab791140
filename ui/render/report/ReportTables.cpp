// The compliance report's tables. Every heading and note says what its figures cover: things
// that happened in the period, or everything still open now, whenever it was detected.
#include "models/governance/ComplianceReport.h"
#include "models/governance/Durations.h"
#include "models/governance/ViolationTerms.h"
#include "ui/render/report/ReportHtmlParts.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

using namespace ReportHtmlParts;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
};

QString muted(const QString& text)
{
    return QStringLiteral("<span style=\"color: #90a4ae;\">%1</span>").arg(esc(text));
}

// Date over time, so that a narrow column breaks between them and never inside.
QString stamp(const QDateTime& time)
{
    return esc(when(time)).replace(QLatin1Char(' '), QStringLiteral("<br>"));
}

QString violationTable(const QList<ViolationRow>& rows, qint64 total, const ComplianceReportData& data, bool overdue,
                       const QString& empty)
{
    if (rows.isEmpty())
        return note(esc(empty));
    Table table({Text::tr("Severity"), Text::tr("Violation"), data.scopeWord, Text::tr("Model version"),
                 Text::tr("Policy"), Text::tr("Detected (UTC)"), overdue ? Text::tr("Overdue") : Text::tr("Age"),
                 Text::tr("Assignee")},
                {9, 17, 13, 18, 12, 11, 9, 11}, {0});
    for (const ViolationRow& row : rows) {
        const QString age =
            overdue ? Durations::span(row.dueAt.secsTo(data.asOf)) : Durations::span(row.detectedAt.secsTo(data.asOf));
        table.row({severityCell(row.severity), idCell(row.violationId), esc(row.clientId), esc(row.modelVersion),
                   esc(row.policyName), stamp(row.detectedAt), esc(age),
                   row.assignee.isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(Text::tr("unassigned")))
                                          : esc(row.assignee)});
    }
    QString html = table.html();
    if (total > rows.size())
        html += note(esc(Text::tr("… and %1 more (a CSV export lists them all).").arg(number(total - rows.size()))));
    return html;
}

// Words first: the colour only repeats what the text says.
QString againstDeadline(const ComplianceReportData& data, const QString& severity)
{
    const ComplianceReportData::Resolution resolution = data.resolvedBySeverity.value(severity);
    const std::optional<double> allowed = data.deadlineHours(severity);
    if (resolution.count == 0)
        return muted(QStringLiteral("—"));
    if (!allowed)
        return esc(Text::tr("no deadline"));
    if (data.meanExceedsDeadline(severity))
        return QStringLiteral("<span style=\"color: %1; font-weight: bold;\">⚠ %2</span>")
            .arg(kAlertColor,
                 esc(Text::tr("over the deadline by %1").arg(Durations::hours(resolution.meanHours - *allowed))));
    return esc(Text::tr("within the deadline"));
}
} // namespace

QString ReportTables::bySeverityAndStatus(const ComplianceReportData& data)
{
    QStringList headers{Text::tr("Severity")};
    QList<int> widths{14};
    const int statusWidth = data.statuses.isEmpty() ? 0 : 76 / static_cast<int>(data.statuses.size());
    for (const QString& status : data.statuses) {
        headers << ViolationTerms::statusLabel(status);
        widths << statusWidth;
    }
    headers << Text::tr("Total");
    widths << 10;
    // Every severity has its row, a zero row too: a missing row would read as "not counted".
    Table table(headers, widths);
    for (const QString& severity : data.severities) {
        QStringList cells{severityCell(severity)};
        qint64 total = 0;
        for (const QString& status : data.statuses) {
            const qint64 count = data.detectedCount(severity, status);
            total += count;
            cells << (count ? number(count) : muted(number(0)));
        }
        cells << QStringLiteral("<b>%1</b>").arg(number(total));
        table.row(cells);
    }
    QString html = table.html();
    if (data.detected == 0)
        html += note(esc(Text::tr("No violations were detected in the period.")));
    return html;
}

QString ReportTables::openCriticals(const ComplianceReportData& data)
{
    QString html =
        heading(Text::tr("Open critical violations, detected at any date (%1)").arg(number(data.openCriticalCount)));
    html += note(esc(Text::tr("Every critical violation not yet resolved or marked false positive as of %1 UTC, "
                              "whenever it was detected — not only those of the period.")
                         .arg(when(data.asOf))));
    return html + violationTable(data.openCriticals, data.openCriticalCount, data, false,
                                 Text::tr("No critical violation is open."));
}

QString ReportTables::overdue(const ComplianceReportData& data)
{
    QString html = heading(Text::tr("Overdue items, detected at any date (%1)").arg(number(data.overdueCount)));
    html += note(esc(Text::tr("Every violation past its deadline (counted from detection) and not closed as of %1 UTC, "
                              "whenever it was detected — not only those of the period.")
                         .arg(when(data.asOf))));
    return html + violationTable(data.overdue, data.overdueCount, data, true, Text::tr("Nothing is overdue."));
}

QString ReportTables::timeToResolve(const ComplianceReportData& data)
{
    QString html = heading(Text::tr("Time to resolve, violations resolved in the period"));
    html += note(esc(Text::tr("From detection to resolution, for the violations resolved in the period (whenever they "
                              "were detected), against each severity's deadline.")));
    Table table({Text::tr("Severity"), Text::tr("Resolved in the period"), Text::tr("Mean time to resolve"),
                 Text::tr("Deadline"), Text::tr("Against the deadline")},
                {16, 18, 20, 12, 34}, {0});
    for (const QString& severity : data.severities) {
        const ComplianceReportData::Resolution resolution = data.resolvedBySeverity.value(severity);
        const auto days = data.deadlines.daysFor(severity);
        table.row({severityCell(severity), resolution.count ? number(resolution.count) : muted(number(0)),
                   resolution.count ? esc(Durations::hours(resolution.meanHours)) : muted(QStringLiteral("—")),
                   days ? esc(Text::tr("%1 d").arg(*days)) : esc(Text::tr("none")), againstDeadline(data, severity)});
    }
    html += table.html();
    html +=
        note(esc(Text::tr("%1 violations were closed as false positives in the period; they are not part of the mean.")
                     .arg(number(data.falsePositives))));
    return html;
}

QString ReportTables::decisions(const ComplianceReportData& data)
{
    QString html = heading(Text::tr("Decisions in the period"));
    if (!data.chain)
        return html;
    if (!data.decisionsByLabel.isEmpty()) {
        QStringList parts;
        for (auto it = data.decisionsByLabel.cbegin(); it != data.decisionsByLabel.cend(); ++it)
            parts << Text::tr("%1: <b>%2</b>").arg(esc(it.key()), number(it.value()));
        html += QStringLiteral("<p style=\"font-size: 9pt;\">%1</p>").arg(parts.join(QStringLiteral(" · ")));
    }
    if (data.decisions.isEmpty())
        return html + note(esc(Text::tr("No decisions were recorded in the period.")));
    // The comment is the justification a reader looks for: it gets the widest column.
    Table table({Text::tr("When (UTC)"), Text::tr("Who"), Text::tr("Decision"), Text::tr("Item"), data.scopeWord,
                 Text::tr("Change"), Text::tr("Comment")},
                {11, 7, 12, 17, 13, 10, 30});
    for (const AuditEntry& entry : data.decisions) {
        const QString change =
            entry.stateBefore == entry.stateAfter || (entry.stateBefore.isEmpty() && entry.stateAfter.isEmpty())
                ? QStringLiteral("—")
                : Text::tr("%1 → %2").arg(entry.stateBefore.isEmpty() ? Text::tr("none") : entry.stateBefore,
                                          entry.stateAfter.isEmpty() ? Text::tr("none") : entry.stateAfter);
        const QString assignee =
            entry.action == QLatin1String("assign")
                ? QJsonDocument::fromJson(entry.details.toUtf8()).object().value(QStringLiteral("assignee")).toString()
                : QString();
        table.row({stamp(entry.recordedAt), esc(entry.actor), esc(ComplianceReport::decisionLabel(entry)),
                   esc(entry.targetKind) + QStringLiteral("<br>") + idCell(entry.targetId), esc(entry.clientId),
                   esc(assignee.isEmpty() ? change : Text::tr("to %1").arg(assignee)), esc(entry.comment)});
    }
    html += table.html();
    if (data.comments > 0)
        html += note(esc(Text::tr("Comments made in the period (not listed): %1.").arg(number(data.comments))));
    return html;
}

} // namespace steward
