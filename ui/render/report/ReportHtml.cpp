#include "ReportHtml.h"

#include "ReportMonitoring.h"
#include "models/governance/ComplianceReport.h"
#include "models/governance/Durations.h"
#include "models/governance/ViolationTerms.h"
#include "models/values/TimeText.h"
#include "models/workflow/TransitionEngine.h"
#include "ui/render/SeverityStyle.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime& time)
{
    return time.isValid() ? TimeText::minutes(time) : QStringLiteral("—");
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

const QString kHeaderColor = QStringLiteral("#37474f");
const QString kStripeColor = QStringLiteral("#f3f5f7");
const QString kBorder = QStringLiteral("#cfd8dc");

// A table that fills the text width; `widths` are percentages, one per column.
class Table
{
public:
    // `nowrap` lists the columns whose cells are never broken (ids, times).
    Table(const QStringList& headers, const QList<int>& widths, const QList<int>& nowrap = {})
        : m_widths(widths), m_nowrap(nowrap)
    {
        m_html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                                "style=\"border-collapse: collapse; border: 1px solid %1; margin-top: 4px;\">"
                                "<thead><tr>")
                     .arg(kBorder);
        for (int i = 0; i < headers.size(); ++i) {
            m_html +=
                QStringLiteral(
                    "<th width=\"%1%\" bgcolor=\"%2\" align=\"left\" style=\"color: white; font-size: 8pt;\">%3</th>")
                    .arg(m_widths.value(i))
                    .arg(kHeaderColor, esc(headers.at(i)));
        }
        m_html += QStringLiteral("</tr></thead>");
    }
    // Cells are HTML already (escape data with esc()).
    void row(const QStringList& cells)
    {
        const QString background = m_rows++ % 2 ? QStringLiteral(" bgcolor=\"%1\"").arg(kStripeColor) : QString();
        m_html += QStringLiteral("<tr%1>").arg(background);
        for (int i = 0; i < cells.size(); ++i) {
            m_html += QStringLiteral("<td style=\"font-size: 8pt;%1\">%2</td>")
                          .arg(m_nowrap.contains(i) ? QStringLiteral(" white-space: nowrap;") : QString(), cells.at(i));
        }
        m_html += QStringLiteral("</tr>");
    }
    QString html() const { return m_html + QStringLiteral("</table>"); }
    int rows() const { return m_rows; }

private:
    QList<int> m_widths;
    QList<int> m_nowrap;
    QString m_html;
    int m_rows = 0;
};

QString heading(const QString& text)
{
    return QStringLiteral("<h2 style=\"font-size: 13pt; color: %1; margin-top: 18px; margin-bottom: 4px;\">%2</h2>")
        .arg(kHeaderColor, esc(text));
}

QString note(const QString& text)
{
    return QStringLiteral("<p style=\"font-size: 8pt; color: #607d8b; margin-top: 2px;\">%1</p>").arg(text);
}

QString severityCell(const QString& severity)
{
    return QStringLiteral("<span style=\"color: %1; font-weight: bold;\">%2</span>")
        .arg(SeverityStyle::severityColor(severity).name(), esc(ViolationTerms::severityLabel(severity)));
}

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
        {Text::tr("Client"), data.clientId.isEmpty() ? Text::tr("All clients") : data.clientId},
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

QString figureTiles(const ComplianceReportData& data)
{
    struct Tile
    {
        QString value;
        QString caption;
        QString color;
    };
    const QList<Tile> tiles{
        {number(data.detected), Text::tr("detected in the period"), kHeaderColor},
        {number(data.openCriticalCount), Text::tr("critical, still open"),
         data.openCriticalCount > 0 ? SeverityStyle::severityColor(QStringLiteral("critical")).name() : kHeaderColor},
        {number(data.overdueCount), Text::tr("overdue now"),
         data.overdueCount > 0 ? QStringLiteral("#e65100") : kHeaderColor},
        {number(data.resolved), Text::tr("resolved in the period"), QStringLiteral("#2e7d32")},
        {data.meanHoursToResolve ? Durations::hours(*data.meanHoursToResolve) : QStringLiteral("—"),
         Text::tr("mean time to resolve"), kHeaderColor},
    };
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"6\" cellpadding=\"8\" style=\"margin-top: 10px;\"><tr>");
    for (const Tile& tile : tiles) {
        html += QStringLiteral("<td width=\"20%\" bgcolor=\"%1\" align=\"center\">"
                               "<span style=\"font-size: 17pt; font-weight: bold; color: %2;\">%3</span><br>"
                               "<span style=\"font-size: 8pt; color: #546e7a;\">%4</span></td>")
                    .arg(kStripeColor, tile.color, esc(tile.value), esc(tile.caption));
    }
    return html + QStringLiteral("</tr></table>");
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

QString severityStatusTable(const ComplianceReportData& data)
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
    Table table(headers, widths);
    for (const QString& severity : data.severities) {
        QStringList cells{severityCell(severity)};
        qint64 total = 0;
        for (const QString& status : data.statuses) {
            const qint64 count = data.detectedCount(severity, status);
            total += count;
            cells << (count ? number(count) : QStringLiteral("<span style=\"color: #b0bec5;\">0</span>"));
        }
        cells << QStringLiteral("<b>%1</b>").arg(number(total));
        table.row(cells);
    }
    if (table.rows() == 0)
        return note(esc(Text::tr("No violations were detected in the period.")));
    return table.html();
}

QString violationTable(const QList<ViolationRow>& rows, qint64 total, const ComplianceReportData& data, bool overdue,
                       const QString& empty)
{
    if (rows.isEmpty())
        return note(esc(empty));
    Table table({Text::tr("Severity"), Text::tr("Violation"), Text::tr("Client"), Text::tr("Model version"),
                 Text::tr("Policy"), Text::tr("Detected (UTC)"), overdue ? Text::tr("Overdue") : Text::tr("Age"),
                 Text::tr("Assignee")},
                {9, 11, 12, 15, 19, 13, 10, 11}, {0, 1, 2, 3, 5, 6, 7});
    for (const ViolationRow& row : rows) {
        const QString age =
            overdue ? Durations::span(row.dueAt.secsTo(data.asOf)) : Durations::span(row.detectedAt.secsTo(data.asOf));
        table.row({severityCell(row.severity), esc(shortId(row.violationId)), esc(row.clientId), esc(row.modelVersion),
                   esc(row.policyName), esc(when(row.detectedAt)), esc(age),
                   row.assignee.isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(Text::tr("unassigned")))
                                          : esc(row.assignee)});
    }
    QString html = table.html();
    if (total > rows.size())
        html += note(esc(Text::tr("… and %1 more (a CSV export lists them all).").arg(number(total - rows.size()))));
    return html;
}

QString resolutionTable(const ComplianceReportData& data)
{
    if (data.resolved == 0 && data.falsePositives == 0)
        return note(esc(Text::tr("No violation was closed in the period.")));
    Table table({Text::tr("Severity"), Text::tr("Resolved"), Text::tr("Mean time to resolve"), Text::tr("Deadline")},
                {25, 20, 30, 25});
    for (const QString& severity : data.severities) {
        const auto it = data.resolvedBySeverity.constFind(severity);
        if (it == data.resolvedBySeverity.constEnd())
            continue;
        const auto days = data.deadlines.daysFor(severity);
        table.row({severityCell(severity), number(it->count), esc(Durations::hours(it->meanHours)),
                   days ? esc(Text::tr("%1 d").arg(*days)) : esc(Text::tr("none"))});
    }
    QString html = table.html();
    html +=
        note(esc(Text::tr("%1 violations were closed as false positives in the period; they are not part of the mean.")
                     .arg(number(data.falsePositives))));
    return html;
}

QString decisionsSection(const ComplianceReportData& data)
{
    if (!data.chain)
        return QString();
    QString html;
    if (!data.decisionsByLabel.isEmpty()) {
        QStringList parts;
        for (auto it = data.decisionsByLabel.cbegin(); it != data.decisionsByLabel.cend(); ++it)
            parts << Text::tr("%1: <b>%2</b>").arg(esc(it.key()), number(it.value()));
        html += QStringLiteral("<p style=\"font-size: 9pt;\">%1</p>").arg(parts.join(QStringLiteral(" · ")));
    }
    if (data.decisions.isEmpty())
        return html + note(esc(Text::tr("No decisions were recorded in the period.")));
    Table table({Text::tr("When (UTC)"), Text::tr("Who"), Text::tr("Decision"), Text::tr("Item"), Text::tr("Client"),
                 Text::tr("Change"), Text::tr("Comment")},
                {13, 8, 16, 15, 11, 14, 23}, {0, 1, 3, 4});
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
        table.row({esc(when(entry.recordedAt)), esc(entry.actor), esc(ComplianceReport::decisionLabel(entry)),
                   esc(Text::tr("%1 %2").arg(entry.targetKind, shortId(entry.targetId))), esc(entry.clientId),
                   esc(assignee.isEmpty() ? change : Text::tr("to %1").arg(assignee)), esc(entry.comment)});
    }
    html += table.html();
    if (data.comments > 0)
        html += note(esc(Text::tr("Comments made in the period (not listed): %1.").arg(number(data.comments))));
    return html;
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
    html += chainLine(data);

    html += heading(Text::tr("Violations by severity and status"));
    html += note(
        esc(Text::tr("Violations detected in the period, counted by their status now. Severities and statuses a newer "
                     "monitor used are shown as they were written.")));
    html += chart(kSeverityChart);
    html += severityStatusTable(data);

    html += heading(Text::tr("Detected and closed over time"));
    html += chart(kSeriesChart);

    html += heading(Text::tr("Open critical violations (%1)").arg(number(data.openCriticalCount)));
    html += note(esc(
        Text::tr("Critical violations not yet resolved or marked false positive, as of %1 UTC.").arg(when(data.asOf))));
    html += violationTable(data.openCriticals, data.openCriticalCount, data, false,
                           Text::tr("No critical violation is open."));

    html += heading(Text::tr("Overdue items (%1)").arg(number(data.overdueCount)));
    html += note(esc(Text::tr("Violations past their deadline (counted from detection) and not closed, as of %1 UTC.")
                         .arg(when(data.asOf))));
    html += violationTable(data.overdue, data.overdueCount, data, true, Text::tr("Nothing is overdue."));

    html += heading(Text::tr("Time to resolve"));
    html += resolutionTable(data);

    html += ReportMonitoring::html(data.monitoring);

    html += heading(Text::tr("Decisions in the period"));
    html += decisionsSection(data);

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
