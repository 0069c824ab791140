#pragma once

#include "models/core/Outcome.h"
#include "models/governance/ComplianceReport.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace steward {

class Session;

// Writes a compliance report without freezing the window: the figures are gathered on a
// worker thread over its own read-only connection, then the file is drawn here (charts and
// documents need the GUI thread). Progress and cancel all the way.
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
    void gathered();
    void finish(const Outcome& outcome);

    Session* m_session;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    QString m_path;
    std::optional<Result<ComplianceReportData>> m_data;
};

} // namespace steward
