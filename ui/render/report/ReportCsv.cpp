// The CSV form of the compliance report: sections one after another, each with its own header
// row whose first column names the section, so that a spreadsheet filter on that column picks
// one table out. Ids are complete here (the PDF shortens them).
#include "ReportWriter.h"
#include "models/governance/ComplianceReport.h"
#include "models/governance/ViolationTerms.h"
#include "models/values/CellValue.h"
#include "models/values/CsvText.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

class CsvOut
{
public:
    explicit CsvOut(QTextStream& stream) : m_stream(stream) {}
    void line(const QStringList& fields)
    {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << CsvText::field(f);
        m_stream << quoted.join(QLatin1Char(',')) << "\r\n";
    }
    void section(const QStringList& header)
    {
        if (m_sections++ > 0)
            m_stream << "\r\n";
        line(header);
    }

private:
    QTextStream& m_stream;
    int m_sections = 0;
};

QString time(const QDateTime& value)
{
    return value.isValid() ? timestampText(value) : QString();
}

void violations(CsvOut& out, const QString& section, const QList<ViolationRow>& rows)
{
    out.section({QStringLiteral("section"), QStringLiteral("violation_id"), QStringLiteral("severity"),
                 QStringLiteral("status"), QStringLiteral("client_id"), QStringLiteral("model_version"),
                 QStringLiteral("policy_name"), QStringLiteral("assignee"), QStringLiteral("detected_at"),
                 QStringLiteral("due_at")});
    for (const ViolationRow& row : rows) {
        out.line({section, row.violationId, row.severity, row.status, row.clientId, row.modelVersion, row.policyName,
                  row.assignee, time(row.detectedAt), time(row.dueAt)});
    }
}
} // namespace

Outcome ReportWriter::writeCsv(const ComplianceReportData& data, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::failed(Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    QTextStream stream(&file);
    stream.setEncoding(QStringConverter::Utf8);
    CsvOut out(stream);

    out.section({QStringLiteral("section"), QStringLiteral("name"), QStringLiteral("value")});
    const QList<QPair<QString, QString>> report{
        {QStringLiteral("since"), data.since.toString(Qt::ISODate)},
        {QStringLiteral("until"), data.until.toString(Qt::ISODate)},
        {QStringLiteral("client_id"), data.clientId},
        {QStringLiteral("source"), data.source},
        {QStringLiteral("backend"), data.backend},
        {QStringLiteral("generated_at"), time(data.generatedAt)},
        {QStringLiteral("as_of"), time(data.asOf)},
        {QStringLiteral("generated_by"), data.generatedBy},
    };
    for (const auto& [name, value] : report)
        out.line({QStringLiteral("report"), name, value});
    for (const QString& severity : ViolationTerms::knownSeverities())
        out.line(
            {QStringLiteral("deadline_days"), severity, QString::number(data.deadlines.daysFor(severity).value_or(0))});
    const QList<QPair<QString, QString>> summary{
        {QStringLiteral("detected"), QString::number(data.detected)},
        {QStringLiteral("open_critical"), QString::number(data.openCriticalCount)},
        {QStringLiteral("overdue"), QString::number(data.overdueCount)},
        {QStringLiteral("resolved"), QString::number(data.resolved)},
        {QStringLiteral("false_positive"), QString::number(data.falsePositives)},
        {QStringLiteral("mean_hours_to_resolve"),
         data.meanHoursToResolve ? QString::number(*data.meanHoursToResolve, 'f', 2) : QString()},
        {QStringLiteral("decisions"), QString::number(data.decisions.size())},
        {QStringLiteral("comments"), QString::number(data.comments)},
        {QStringLiteral("audit_chain_intact"),
         data.chain ? (data.chain->intact ? QStringLiteral("true") : QStringLiteral("false")) : QString()},
        {QStringLiteral("audit_records_checked"), data.chain ? QString::number(data.chain->recordsChecked) : QString()},
        {QStringLiteral("audit_first_bad_seq"),
         data.chain && !data.chain->intact ? QString::number(data.chain->firstBadSeq) : QString()},
        {QStringLiteral("audit_problem"), data.chain ? data.chain->problem : QString()},
        {QStringLiteral("audit_head_hash"), data.chain ? data.chain->headHash : QString()},
    };
    for (const auto& [name, value] : summary)
        out.line({QStringLiteral("summary"), name, value});

    out.section(
        {QStringLiteral("section"), QStringLiteral("severity"), QStringLiteral("status"), QStringLiteral("count")});
    for (const QString& severity : data.severities) {
        for (const QString& status : data.statuses) {
            if (const qint64 count = data.detectedCount(severity, status))
                out.line({QStringLiteral("detected_by_severity_status"), severity, status, QString::number(count)});
        }
    }

    out.section({QStringLiteral("section"), QStringLiteral("severity"), QStringLiteral("resolved"),
                 QStringLiteral("mean_hours")});
    for (auto it = data.resolvedBySeverity.cbegin(); it != data.resolvedBySeverity.cend(); ++it)
        out.line({QStringLiteral("time_to_resolve"), it.key(), QString::number(it->count),
                  QString::number(it->meanHours, 'f', 2)});

    out.section({QStringLiteral("section"), QStringLiteral("start"), QStringLiteral("detected"),
                 QStringLiteral("resolved"), QStringLiteral("false_positive")});
    for (const ComplianceReportData::Bucket& bucket : data.series) {
        out.line({QStringLiteral("per_") + data.bucketUnit, bucket.start.toString(Qt::ISODate),
                  QString::number(bucket.detected), QString::number(bucket.resolved),
                  QString::number(bucket.falsePositives)});
    }

    violations(out, QStringLiteral("open_critical"), data.openCriticals);
    violations(out, QStringLiteral("overdue"), data.overdue);

    out.section({QStringLiteral("section"), QStringLiteral("seq"), QStringLiteral("recorded_at"),
                 QStringLiteral("actor"), QStringLiteral("decision"), QStringLiteral("action"),
                 QStringLiteral("target_kind"), QStringLiteral("target_id"), QStringLiteral("client_id"),
                 QStringLiteral("state_before"), QStringLiteral("state_after"), QStringLiteral("comment")});
    for (const AuditEntry& entry : data.decisions) {
        out.line({QStringLiteral("decision"), QString::number(entry.seq), time(entry.recordedAt), entry.actor,
                  ComplianceReport::decisionLabel(entry), entry.action, entry.targetKind, entry.targetId,
                  entry.clientId, entry.stateBefore, entry.stateAfter, entry.comment});
    }
    stream.flush();
    if (stream.status() != QTextStream::Ok || !file.commit())
        return Outcome::failed(Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    return Outcome::ok();
}

} // namespace steward
