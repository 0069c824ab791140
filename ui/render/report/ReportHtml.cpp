#include "ReportHtml.h"

#include "ReportMonitoring.h"
#include "models/governance/ComplianceReport.h"
#include "models/governance/Durations.h"
#include "models/governance/ViolationTerms.h"
#include "ui/render/SeverityStyle.h"
#include "ui/render/report/ReportHtmlParts.h"

#include <QCoreApplication>

namespace steward {

using namespace ReportHtmlParts;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
};

QString chart(const QString& name)
{
    const QSize size = ReportHtml::chartSize();
    return QStringLiteral(
               "<p align=\"center\" style=\"margin-top: 6px;\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
        .arg(name)
        .arg(size.width())
        .arg(size.height());
}

QString titleBlock(const ComplianceReportData& data)
{
    QString html = QStringLiteral("<h1 style=\"font-size: 20pt; color: %1; margin-bottom: 0px;\">%2</h1>")
                       .arg(kHeaderColor, esc(Text::tr("Compliance report")));
    html += QStringLiteral("<p style=\"font-size: 10pt; color: #607d8b; margin-top: 2px;\">%1</p>")
                .arg(esc(Text::tr("Governance violations, their handling, and every decision recorded in Steward")));
    QString deadlines;
    QStringList parts;
    for (const QString& severity : ViolationTerms::knownSeverities())
        parts << Text::tr("%1 %2 d")
                     .arg(ViolationTerms::severityLabel(severity))
                     .arg(data.deadlines.daysFor(severity).value_or(0));
    deadlines = parts.join(QStringLiteral(" · "));
    QList<QPair<QString, QString>> rows{
        {Text::tr("Period"), ReportHtml::periodText(data)},
        {data.scopeWord, data.clientId.isEmpty() ? data.allScopes : data.clientId},
        {Text::tr("Source"), Text::tr("%1 (%2)").arg(data.source, data.backend)},
        {Text::tr("Generated"), Text::tr("%1 UTC by %2").arg(when(data.generatedAt), data.generatedBy)},
        {Text::tr("Deadlines"), deadlines},
    };
    // A snapshot speaks for the moment it was taken: say so beside when the report was made.
    if (data.asOf.secsTo(data.generatedAt) > 60)
        rows.insert(4,
                    {Text::tr("State as of"), Text::tr("%1 UTC (when the snapshot was taken)").arg(when(data.asOf))});
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" style=\"margin-top: 6px;\">");
    for (const auto& [label, value] : rows) {
        html += QStringLiteral("<tr><td style=\"font-size: 9pt; color: #607d8b; padding-right: 12px;\">%1</td>"
                               "<td style=\"font-size: 9pt;\">%2</td></tr>")
                    .arg(esc(label), esc(value));
    }
    return html + QStringLiteral("</table>");
}

// Each figure says what it covers: what happened in the period, or what is open now whenever
// it was detected.
QString figureTiles(const ComplianceReportData& data)
{
    struct Tile
    {
        QString value;
        QString caption;
        QString scope;
        QString color;
    };
    const QString inPeriod = Text::tr("in the period");
    const QString openNow = Text::tr("at any date, still open");
    const bool late = !data.severitiesOverDeadline().isEmpty();
    const QList<Tile> tiles{
        {number(data.detected), Text::tr("detected"), inPeriod, kHeaderColor},
        {number(data.openCriticalCount), Text::tr("critical"), openNow,
         data.openCriticalCount > 0 ? SeverityStyle::severityColor(QStringLiteral("critical")).name() : kHeaderColor},
        {number(data.overdueCount), Text::tr("overdue"), openNow, kHeaderColor},
        {number(data.resolved), Text::tr("resolved"), inPeriod, QStringLiteral("#2e7d32")},
        {data.meanHoursToResolve ? Durations::hours(*data.meanHoursToResolve) : QStringLiteral("—"),
         late ? Text::tr("mean time to resolve ⚠ over a deadline") : Text::tr("mean time to resolve"),
         Text::tr("resolved in the period"), late ? kAlertColor : kHeaderColor},
    };
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"6\" cellpadding=\"8\" style=\"margin-top: 10px;\"><tr>");
    for (const Tile& tile : tiles) {
        html += QStringLiteral("<td width=\"20%\" bgcolor=\"%1\" align=\"center\">"
                               "<span style=\"font-size: 17pt; font-weight: bold; color: %2;\">%3</span><br>"
                               "<span style=\"font-size: 8pt; color: #37474f;\">%4</span><br>"
                               "<span style=\"font-size: 7.5pt; color: #607d8b; font-style: italic;\">%5</span></td>")
                    .arg(kStripeColor, tile.color, esc(tile.value), esc(tile.caption), esc(tile.scope));
    }
    return html + QStringLiteral("</tr></table>");
}

// A mean time to resolve over its severity's deadline, said in words under the figures.
QString lateResolutions(const ComplianceReportData& data)
{
    QString html;
    for (const QString& severity : data.severitiesOverDeadline()) {
        const ComplianceReportData::Resolution resolution = data.resolvedBySeverity.value(severity);
        const QString text =
            Text::tr("Over the deadline — %1: violations resolved in the period took %2 on average; the deadline is "
                     "%3 d.")
                .arg(ViolationTerms::severityLabel(severity), Durations::hours(resolution.meanHours))
                .arg(data.deadlines.daysFor(severity).value_or(0));
        html += QStringLiteral("<p style=\"font-size: 9pt; color: %1; font-weight: bold; margin-top: 2px;\">⚠ %2</p>")
                    .arg(kAlertColor, esc(text));
    }
    return html;
}

QString chainLine(const ComplianceReportData& data)
{
    if (!data.chain) {
        return QStringLiteral("<p style=\"font-size: 9pt; color: #607d8b;\">%1</p>")
            .arg(esc(Text::tr("This database has no Steward tables, so there is no audit trail to verify and no "
                              "decisions to list.")));
    }
    if (data.chain->intact) {
        return QStringLiteral("<p style=\"font-size: 9pt; color: #2e7d32;\">✔ %1</p>")
            .arg(esc(Text::tr("Audit chain intact: %1 records verified; newest hash %2.")
                         .arg(number(data.chain->recordsChecked))
                         .arg(data.chain->headHash.left(16))));
    }
    return QStringLiteral("<p style=\"font-size: 9pt; color: #b71c1c; font-weight: bold;\">✘ %1</p>")
        .arg(
            esc(Text::tr("Audit chain BROKEN at record %1: %2").arg(data.chain->firstBadSeq).arg(data.chain->problem)));
}

} // namespace

QSize ReportHtml::chartSize()
{
    return QSize(676, 290);
}

QString ReportHtml::periodText(const ComplianceReportData& data)
{
    return Text::tr("%1 – %2 (UTC)").arg(data.since.toString(Qt::ISODate), data.until.toString(Qt::ISODate));
}

QString ReportHtml::build(const ComplianceReportData& data)
{
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                       .arg(esc(Text::tr("Compliance report %1").arg(periodText(data))));
    html += titleBlock(data);
    html += figureTiles(data);
    html += lateResolutions(data);
    html += chainLine(data);

    html += heading(Text::tr("Violations detected in the period, by severity and status"));
    html += note(
        esc(Text::tr("Violations detected in the period, counted by their status now. Severities and statuses a newer "
                     "monitor used are shown as they were written.")));
    html += chart(kSeverityChart);
    html += ReportTables::bySeverityAndStatus(data);

    html += heading(Text::tr("Detected and closed over time, in the period"));
    html += chart(kSeriesChart);

    html += ReportTables::openCriticals(data);
    html += ReportTables::overdue(data);
    html += ReportTables::timeToResolve(data);
    html += ReportMonitoring::html(data.monitoring);
    html += ReportTables::decisions(data);

    html += heading(Text::tr("Audit chain verification"));
    html += chainLine(data);
    if (data.chain) {
        html += note(esc(
            Text::tr("Every decision is a record in an append-only SHA-256 hash chain; each record's hash covers its "
                     "content and the previous record's hash. Newest hash: %1")
                .arg(data.chain->headHash)));
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace steward
