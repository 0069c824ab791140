// The CSV form of the compliance report: one table, one header row, and a `section` column
// first, so that a spreadsheet's filter on that column picks one part out (and sorting or
// pivoting works across the whole file). One file rather than one per section because the
// report is one document: `report OUT.csv` and the window's export write one path, whole or
// not at all. Each row fills the columns its section uses; `scope` says what a figure covers.
// Ids are complete here.
#include "ReportWriter.h"
#include "models/governance/ComplianceReport.h"
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

// What a figure covers: things that happened in the period, everything still open as of the
// report's moment (detected at any date), or the whole audit trail.
const QString kPeriod = QStringLiteral("period");
const QString kOpenNow = QStringLiteral("open_at_as_of");
const QString kWholeTrail = QStringLiteral("whole_audit_trail");

class CsvTable
{
public:
    explicit CsvTable(QTextStream& stream) : m_stream(stream)
    {
        m_columns = QStringList{
            QStringLiteral("section"),       QStringLiteral("name"),           QStringLiteral("value"),
            QStringLiteral("scope"),         QStringLiteral("severity"),       QStringLiteral("status"),
            QStringLiteral("count"),         QStringLiteral("mean_hours"),     QStringLiteral("deadline_days"),
            QStringLiteral("over_deadline"), QStringLiteral("start"),          QStringLiteral("detected"),
            QStringLiteral("resolved"),      QStringLiteral("false_positive"), QStringLiteral("violation_id"),
            QStringLiteral("client_id"),     QStringLiteral("model_version"),  QStringLiteral("policy_name"),
            QStringLiteral("assignee"),      QStringLiteral("detected_at"),    QStringLiteral("due_at"),
            QStringLiteral("seq"),           QStringLiteral("recorded_at"),    QStringLiteral("actor"),
            QStringLiteral("decision"),      QStringLiteral("action"),         QStringLiteral("target_kind"),
            QStringLiteral("target_id"),     QStringLiteral("state_before"),   QStringLiteral("state_after"),
            QStringLiteral("comment")};
        write(m_columns);
    }
    // `cells`: column name and value; the columns a section does not use stay empty.
    void row(const QString& section, const QString& scope, const QList<QPair<QString, QString>>& cells)
    {
        QStringList fields(m_columns.size());
        fields[0] = section;
        fields[3] = scope;
        for (const auto& [column, value] : cells) {
            const qsizetype at = m_columns.indexOf(column);
            Q_ASSERT_X(at > 0, "CsvTable::row", qPrintable(column));
            if (at > 0)
                fields[at] = value;
        }
        write(fields);
    }

private:
    void write(const QStringList& fields)
    {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << CsvText::field(f);
        m_stream << quoted.join(QLatin1Char(',')) << "\r\n";
    }

    QTextStream& m_stream;
    QStringList m_columns;
};

QString time(const QDateTime& value)
{
    return value.isValid() ? timestampText(value) : QString();
}

QString count(qint64 value)
{
    return QString::number(value);
}

void header(CsvTable& out, const ComplianceReportData& data)
{
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
        out.row(QStringLiteral("report"), {}, {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    for (const QString& severity : data.severities) {
        const std::optional<int> days = data.deadlines.daysFor(severity);
        out.row(QStringLiteral("deadline_days"), {},
                {{QStringLiteral("name"), severity},
                 {QStringLiteral("value"), days ? QString::number(*days) : QString()},
                 {QStringLiteral("severity"), severity}});
    }
}

void summary(CsvTable& out, const ComplianceReportData& data)
{
    struct Figure
    {
        QString name;
        QString value;
        QString scope;
    };
    const bool chain = data.chain.has_value();
    const QList<Figure> figures{
        {QStringLiteral("detected"), count(data.detected), kPeriod},
        {QStringLiteral("open_critical"), count(data.openCriticalCount), kOpenNow},
        {QStringLiteral("overdue"), count(data.overdueCount), kOpenNow},
        {QStringLiteral("resolved"), count(data.resolved), kPeriod},
        {QStringLiteral("false_positive"), count(data.falsePositives), kPeriod},
        {QStringLiteral("mean_hours_to_resolve"),
         data.meanHoursToResolve ? QString::number(*data.meanHoursToResolve, 'f', 2) : QString(), kPeriod},
        {QStringLiteral("decisions"), count(data.decisions.size()), kPeriod},
        {QStringLiteral("comments"), count(data.comments), kPeriod},
        {QStringLiteral("audit_chain_intact"),
         chain ? (data.chain->intact ? QStringLiteral("true") : QStringLiteral("false")) : QString(), kWholeTrail},
        {QStringLiteral("audit_records_checked"), chain ? count(data.chain->recordsChecked) : QString(), kWholeTrail},
        {QStringLiteral("audit_first_bad_seq"),
         chain && !data.chain->intact ? count(data.chain->firstBadSeq) : QString(), kWholeTrail},
        {QStringLiteral("audit_problem"), chain ? data.chain->problem : QString(), kWholeTrail},
        {QStringLiteral("audit_head_hash"), chain ? data.chain->headHash : QString(), kWholeTrail},
    };
    for (const Figure& figure : figures)
        out.row(QStringLiteral("summary"), figure.scope,
                {{QStringLiteral("name"), figure.name}, {QStringLiteral("value"), figure.value}});
}

void bySeverity(CsvTable& out, const ComplianceReportData& data)
{
    // Every severity and status, zeros included: a missing row would read as "not counted".
    for (const QString& severity : data.severities) {
        for (const QString& status : data.statuses)
            out.row(QStringLiteral("detected_by_severity_status"), kPeriod,
                    {{QStringLiteral("severity"), severity},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("count"), count(data.detectedCount(severity, status))}});
    }
    for (const QString& severity : data.severities) {
        const ComplianceReportData::Resolution resolution = data.resolvedBySeverity.value(severity);
        const std::optional<int> days = data.deadlines.daysFor(severity);
        out.row(QStringLiteral("time_to_resolve"), kPeriod,
                {{QStringLiteral("severity"), severity},
                 {QStringLiteral("resolved"), count(resolution.count)},
                 {QStringLiteral("mean_hours"),
                  resolution.count > 0 ? QString::number(resolution.meanHours, 'f', 2) : QString()},
                 {QStringLiteral("deadline_days"), days ? QString::number(*days) : QString()},
                 {QStringLiteral("over_deadline"),
                  resolution.count > 0 && days
                      ? (data.meanExceedsDeadline(severity) ? QStringLiteral("true") : QStringLiteral("false"))
                      : QString()}});
    }
}

void violations(CsvTable& out, const QString& section, const QList<ViolationRow>& rows)
{
    for (const ViolationRow& row : rows) {
        out.row(section, kOpenNow,
                {{QStringLiteral("violation_id"), row.violationId},
                 {QStringLiteral("severity"), row.severity},
                 {QStringLiteral("status"), row.status},
                 {QStringLiteral("client_id"), row.clientId},
                 {QStringLiteral("model_version"), row.modelVersion},
                 {QStringLiteral("policy_name"), row.policyName},
                 {QStringLiteral("assignee"), row.assignee},
                 {QStringLiteral("detected_at"), time(row.detectedAt)},
                 {QStringLiteral("due_at"), time(row.dueAt)}});
    }
}

void decisions(CsvTable& out, const ComplianceReportData& data)
{
    for (const AuditEntry& entry : data.decisions) {
        out.row(QStringLiteral("decision"), kPeriod,
                {{QStringLiteral("seq"), QString::number(entry.seq)},
                 {QStringLiteral("recorded_at"), time(entry.recordedAt)},
                 {QStringLiteral("actor"), entry.actor},
                 {QStringLiteral("decision"), ComplianceReport::decisionLabel(entry)},
                 {QStringLiteral("action"), entry.action},
                 {QStringLiteral("target_kind"), entry.targetKind},
                 {QStringLiteral("target_id"), entry.targetId},
                 {QStringLiteral("client_id"), entry.clientId},
                 {QStringLiteral("state_before"), entry.stateBefore},
                 {QStringLiteral("state_after"), entry.stateAfter},
                 {QStringLiteral("comment"), entry.comment}});
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
    CsvTable out(stream);
    header(out, data);
    summary(out, data);
    bySeverity(out, data);
    for (const ComplianceReportData::Bucket& bucket : data.series) {
        out.row(QStringLiteral("per_") + data.bucketUnit, kPeriod,
                {{QStringLiteral("start"), bucket.start.toString(Qt::ISODate)},
                 {QStringLiteral("detected"), count(bucket.detected)},
                 {QStringLiteral("resolved"), count(bucket.resolved)},
                 {QStringLiteral("false_positive"), count(bucket.falsePositives)}});
    }
    violations(out, QStringLiteral("open_critical"), data.openCriticals);
    violations(out, QStringLiteral("overdue"), data.overdue);
    decisions(out, data);
    stream.flush();
    if (stream.status() != QTextStream::Ok || !file.commit())
        return Outcome::failed(Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    return Outcome::ok();
}

} // namespace steward
