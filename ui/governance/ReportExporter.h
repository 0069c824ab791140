#pragma once

#include "models/core/Outcome.h"
#include "models/governance/ComplianceReport.h"

#include <QObject>

namespace steward {

class JobRunner;
class Session;

// Writes a compliance report without freezing the window: the figures are gathered as a job
// (JobRunner) over its own read-only connection, the charts are drawn here (Qt Charts need the
// GUI thread), and the file is written as a second job; progress and Cancel all the way.
class ReportExporter : public QObject
{
    Q_OBJECT

public:
    explicit ReportExporter(Session* session, QObject* parent = nullptr);
    ~ReportExporter() override;

    bool isRunning() const { return m_running; }
    void start(const ReportOptions& options, const QString& path);
    void cancel();

signals:
    void progress(const QString& stage, int percent);
    void finished(bool ok, const QString& message, const QString& path);

private:
    void gathered(const Result<ComplianceReportData>& data);
    void finish(const Outcome& outcome);

    Session* m_session;
    JobRunner* m_jobs;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_path;
};

} // namespace steward
