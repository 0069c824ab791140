#include "ReportExporter.h"

#include "models/db/Database.h"
#include "ui/render/report/ReportWriter.h"
#include "ui/shell/Session.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace steward {

ReportExporter::ReportExporter(Session* session, QObject* parent) : QObject(parent), m_session(session) {}

ReportExporter::~ReportExporter()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void ReportExporter::start(const ReportOptions& options, const QString& path)
{
    if (m_running || !m_session->database())
        return;
    m_running = true;
    m_cancel = false;
    m_path = path;
    m_data.reset();
    ConnectionTarget target = m_session->database()->target();
    target.readOnly = true; // looking never changes anything
    OpenOptions openOptions = m_session->database()->options();
    emit progress(tr("Connecting"), 0);

    QPointer<ReportExporter> self(this);
    m_thread = QThread::create([this, self, target, openOptions, options] {
        const auto report = [self](const QString& stage, double fraction) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, stage, fraction] {
                    if (self)
                        emit self->progress(stage, static_cast<int>(fraction * 100));
                },
                Qt::QueuedConnection);
        };
        auto db = Database::open(target, openOptions);
        if (!db) {
            m_data = Result<ComplianceReportData>(db.failure());
            return;
        }
        m_data = ComplianceReport::build(**db, options, [this, report](const QString& stage, double fraction) {
            report(stage, fraction);
            return !m_cancel.load();
        });
    });
    connect(m_thread, &QThread::finished, this, &ReportExporter::gathered);
    m_thread->start();
}

void ReportExporter::cancel()
{
    m_cancel = true;
}

void ReportExporter::gathered()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    if (!m_data || !*m_data || m_cancel) {
        finish(m_data ? m_data->failure() : Outcome::failed(tr("the report could not be gathered")));
        return;
    }
    const Outcome written = ReportWriter::write(m_data->value(), m_path, [this](const QString& stage, double fraction) {
        emit progress(stage, static_cast<int>(fraction * 100));
        // Drawing happens here on the GUI thread: let the bar move and Cancel be pressed.
        QCoreApplication::processEvents();
        return !m_cancel.load();
    });
    finish(written);
}

void ReportExporter::finish(const Outcome& outcome)
{
    m_running = false;
    m_data.reset();
    if (m_cancel) {
        emit finished(false, tr("The report was cancelled; nothing was written."), m_path);
        return;
    }
    emit finished(outcome.isOk(), outcome.isOk() ? tr("The report was written to %1.").arg(m_path) : outcome.message(),
                  m_path);
}

} // namespace steward
