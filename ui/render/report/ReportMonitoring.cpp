#include "ReportMonitoring.h"

#include "models/governance/MonitoringReport.h"
#include "models/values/TimeText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportMonitoring)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString figure(double value)
{
    return QLocale().toString(value, 'g', 4);
}

QString subheading(const QString& text)
{
    return QStringLiteral(
               "<h3 style=\"font-size: 10pt; color: #37474f; margin-top: 10px; margin-bottom: 2px;\">%1</h3>")
        .arg(esc(text));
}

QString line(const QString& text)
{
    return QStringLiteral("<p style=\"font-size: 8pt; margin-top: 2px;\">%1</p>").arg(esc(text));
}

// A plain table in the report's look; cells are HTML already.
QString table(const QStringList& headers, const QList<QStringList>& rows)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "style=\"border-collapse: collapse; border: 1px solid #cfd8dc;\"><tr>");
    for (const QString& header : headers)
        html += QStringLiteral("<th align=\"left\" bgcolor=\"#37474f\" style=\"color: white; font-size: 8pt;\">%1</th>")
                    .arg(esc(header));
    html += QStringLiteral("</tr>");
    for (int r = 0; r < rows.size(); ++r) {
        html += r % 2 ? QStringLiteral("<tr bgcolor=\"#f3f5f7\">") : QStringLiteral("<tr>");
        for (const QString& cell : rows.at(r))
            html += QStringLiteral("<td style=\"font-size: 8pt;\">%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString model(const QString& scope, const QString& name, const QString& version)
{
    QStringList parts{scope, name, version};
    parts.removeAll(QString());
    return esc(parts.join(u' '));
}

QString decliningPart(const MonitoringReportData& data)
{
    QString html = subheading(Text::tr("Declining performance (%1)").arg(data.declining.size()));
    if (!data.performanceKept)
        return html + line(Text::tr("This system records no performance figures."));
    if (data.declining.isEmpty())
        return html + line(Text::tr("No model's performance declined over the period."));
    QList<QStringList> rows;
    for (const PerformanceRow& row : data.declining) {
        rows << QStringList{model(row.scope, row.modelName, row.modelVersion),
                            row.active ? Text::tr("yes") : Text::tr("no"),
                            esc(row.metric),
                            figure(row.first),
                            figure(row.last),
                            QLocale().toString(row.trend.relativeChange * 100, 'f', 1) + u'%'};
    }
    return html + table({Text::tr("Model"), Text::tr("Active"), Text::tr("Metric"), Text::tr("First"), Text::tr("Last"),
                         Text::tr("Change against the mean")},
                        rows);
}

QString driftPart(const MonitoringReportData& data)
{
    QString html = subheading(Text::tr("Drift detected (%1)").arg(QLocale().toString(data.driftDetected)));
    if (!data.driftKept)
        return html + line(Text::tr("This system records no drift scores."));
    if (data.drift.isEmpty())
        return html + line(Text::tr("No drift was detected in the period."));
    QList<QStringList> rows;
    for (const DriftRecord& record : data.drift) {
        rows << QStringList{
            model(record.scope, record.modelName, record.modelVersion),
            esc(record.feature.isEmpty() ? record.type : Text::tr("%1 (%2)").arg(record.feature, record.type)),
            figure(record.score),
            record.threshold ? figure(*record.threshold) : QStringLiteral("—"),
            esc(TimeText::minutes(record.at)),
            record.current ? Text::tr("yes") : Text::tr("no")};
    }
    html += table({Text::tr("Model"), Text::tr("Feature"), Text::tr("Score"), Text::tr("Threshold"),
                   Text::tr("Measured"), Text::tr("Newest")},
                  rows);
    if (data.drift.size() < data.driftDetected)
        html += line(Text::tr("The first %1 are listed.").arg(data.drift.size()));
    return html;
}
} // namespace

QString ReportMonitoring::html(const MonitoringReportData& data)
{
    QString html =
        QStringLiteral("<h2 style=\"font-size: 13pt; color: #37474f; margin-top: 18px; margin-bottom: 4px;\">%1</h2>")
            .arg(esc(Text::tr("Monitoring")));
    html += decliningPart(data);
    html += driftPart(data);
    html += subheading(Text::tr("Deployments rolled back (%1, at any date)").arg(data.rolledBack.size()));
    if (!data.deploymentsKept) {
        html += line(Text::tr("No deployment records: this system keeps none."));
    } else if (data.rolledBack.isEmpty()) {
        html += line(Text::tr("No deployment has been rolled back."));
    } else {
        QList<QStringList> rows;
        for (const Deployment& deployment : data.rolledBack)
            rows << QStringList{esc(deployment.name), esc(deployment.environment),
                                esc(deployment.modelName + QLatin1Char(' ') + deployment.modelVersion),
                                esc(deployment.deploymentId), esc(TimeText::minutes(deployment.deployedAt))};
        html += table(
            {Text::tr("Deployment"), Text::tr("Environment"), Text::tr("Model"), Text::tr("Id"), Text::tr("Deployed")},
            rows);
    }
    html += subheading(Text::tr("Feedback left pending (%1, at any date)").arg(data.pendingFeedback.size()));
    if (!data.feedbackKept) {
        html += line(Text::tr("No feedback queue: this system keeps none."));
    } else if (data.pendingFeedback.isEmpty()) {
        html += line(Text::tr("No feedback is waiting for a decision."));
    } else {
        QList<QStringList> rows;
        for (const FeedbackItem& item : data.pendingFeedback.mid(0, 50))
            rows << QStringList{esc(item.feedbackId), esc(item.type),
                                esc(item.modelName + QLatin1Char(' ') + item.modelVersion), esc(item.user),
                                esc(TimeText::minutes(item.createdAt))};
        html += table(
            {Text::tr("Feedback"), Text::tr("Type"), Text::tr("Model"), Text::tr("From"), Text::tr("Received")}, rows);
        if (data.pendingFeedback.size() > 50)
            html += line(Text::tr("The oldest 50 are listed."));
    }
    return html;
}

} // namespace steward
