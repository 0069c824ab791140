#include "ViewCsvExport.h"

#include "models/db/Database.h"
#include "models/itemmodels/PagedQueryCsv.h"

#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>

namespace steward {

ViewCsvExport::ViewCsvExport(QWidget* parent) : QObject(parent)
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
    m_task.cancel();
    m_task.wait();
    delete m_progress;
}

void ViewCsvExport::start(const ConnectionTarget& source, const QString& actingUser, const PagedQuery& query,
                          const QString& path)
{
    m_path = path;
    m_task.start([this, source, actingUser, query, path](const std::atomic_bool& cancelled) {
        ConnectionTarget target = source;
        target.readOnly = true;
        OpenOptions options;
        options.actingUser = actingUser;
        Result<qint64> result = Outcome::failed(QString());
        auto database = Database::open(target, options);
        QSaveFile file(path);
        qint64 rows = 0;
        if (!database) {
            result = database.failure();
        } else if (!file.open(QIODevice::WriteOnly)) {
            result = Outcome::failed(tr("%1: %2").arg(path, file.errorString()));
        } else if (Outcome written = PagedQueryCsv::write(**database, query, file,
                                                          [&](qint64 done) {
                                                              rows = done;
                                                              QMetaObject::invokeMethod(
                                                                  this, [this, done] { showRows(done); },
                                                                  Qt::QueuedConnection);
                                                              return !cancelled;
                                                          });
                   !written) {
            file.cancelWriting();
            result = written;
        } else if (!file.commit()) {
            result = Outcome::failed(tr("%1: %2").arg(path, file.errorString()));
        } else {
            result = rows;
        }
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
    });
}

void ViewCsvExport::showRows(qint64 rows)
{
    m_progress->setLabelText(tr("Exporting to CSV… %1 rows").arg(QLocale().toString(rows)));
}

void ViewCsvExport::finish(const Result<qint64>& rows)
{
    m_task.wait();
    m_progress->hide();
    emit finished(rows, m_path);
    deleteLater();
}

} // namespace steward
