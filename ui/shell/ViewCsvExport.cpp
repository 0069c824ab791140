#include "ViewCsvExport.h"

#include "models/db/Database.h"
#include "models/itemmodels/PagedQueryCsv.h"
#include "models/jobs/JobRunner.h"

#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>

namespace steward {

ViewCsvExport::ViewCsvExport(QWidget* parent) : QObject(parent), m_jobs(new JobRunner(this))
{
    m_progress = new QProgressDialog(tr("Exporting to CSV…"), tr("Cancel"), 0, 0, parent);
    m_progress->setObjectName(QStringLiteral("csvExportProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ViewCsvExport::cancel);
}

ViewCsvExport::~ViewCsvExport()
{
    // The job ends before the dialog it reports to.
    delete m_jobs;
    delete m_progress;
}

void ViewCsvExport::cancel()
{
    m_jobs->cancel();
}

void ViewCsvExport::start(const ConnectionTarget& source, const QString& actingUser, const PagedQuery& query,
                          const QString& path)
{
    m_path = path;
    ConnectionTarget target = source;
    target.readOnly = true;
    OpenOptions options;
    options.actingUser = actingUser;
    m_jobs->startOn<qint64>(
        target, options,
        [this, query, path](Database& database, JobControl& control) -> Result<qint64> {
            QSaveFile file(path);
            qint64 rows = 0;
            if (!file.open(QIODevice::WriteOnly))
                return Outcome::failed(tr("%1: %2").arg(path, file.errorString()));
            if (Outcome written = PagedQueryCsv::write(database, query, file,
                                                       [&](qint64 done) {
                                                           rows = done;
                                                           control.post([this, done] { showRows(done); });
                                                           return !control.cancelled();
                                                       });
                !written) {
                file.cancelWriting();
                return written;
            }
            if (!file.commit())
                return Outcome::failed(tr("%1: %2").arg(path, file.errorString()));
            return rows;
        },
        [this](const Result<qint64>& rows) { finish(rows); });
}

void ViewCsvExport::showRows(qint64 rows)
{
    m_progress->setLabelText(tr("Exporting to CSV… %1 rows").arg(QLocale().toString(rows)));
}

void ViewCsvExport::finish(const Result<qint64>& rows)
{
    m_progress->hide();
    emit finished(rows, m_path);
    deleteLater();
}

} // namespace steward
