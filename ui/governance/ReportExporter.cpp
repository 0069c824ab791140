#include "ReportExporter.h"

#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"
#include "ui/render/report/ReportWriter.h"
#include "ui/shell/Session.h"

namespace steward {

ReportExporter::ReportExporter(Session* session, QObject* parent)
    : QObject(parent), m_session(session), m_jobs(new JobRunner(this))
{
}

ReportExporter::~ReportExporter() = default;

void ReportExporter::start(const ReportOptions& options, const QString& path)
{
    if (m_running || !m_session->database())
        return;
    m_running = true;
    m_cancelled = false;
    m_path = path;
    ConnectionTarget target = m_session->database()->target();
    target.readOnly = true; // looking never changes anything
    emit progress(tr("Connecting"), 0);
    m_jobs->startOn<ComplianceReportData>(
        target, m_session->database()->options(),
        [this, options](Database& database, JobControl& control) {
            return ComplianceReport::build(database, options, [this, &control](const QString& stage, double fraction) {
                // Every stage is shown: there are few of them.
                control.post([this, stage, fraction] { emit progress(stage, static_cast<int>(fraction * 100)); });
                return !control.cancelled();
            });
        },
        [this](const Result<ComplianceReportData>& data) { gathered(data); });
}

void ReportExporter::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_jobs->cancel();
}

void ReportExporter::gathered(const Result<ComplianceReportData>& data)
{
    if (!data || m_cancelled) {
        finish(data ? Outcome::ok() : data.failure());
        return;
    }
    // The charts are drawn here (Qt Charts need this thread); the file is written as a job.
    const auto format = ReportWriter::formatFor(m_path);
    const ReportWriter::Charts charts = format && *format != ReportWriter::Format::Csv
                                            ? ReportWriter::drawCharts(data.value())
                                            : ReportWriter::Charts();
    m_jobs->start<Outcome>(
        [this, report = data.value(), charts, path = m_path](JobControl& control) {
            return ReportWriter::write(report, charts, path, [this, &control](const QString& stage, double fraction) {
                control.post([this, stage, fraction] { emit progress(stage, static_cast<int>(fraction * 100)); });
                return !control.cancelled();
            });
        },
        [this](const Outcome& written) { finish(written); });
}

void ReportExporter::finish(const Outcome& outcome)
{
    m_running = false;
    if (m_cancelled) {
        emit finished(false, tr("The report was cancelled; nothing was written."), m_path);
        return;
    }
    emit finished(outcome.isOk(), outcome.isOk() ? tr("The report was written to %1.").arg(m_path) : outcome.message(),
                  m_path);
}

} // namespace steward
