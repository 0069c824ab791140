#pragma once

#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"
#include "models/itemmodels/PagedQuery.h"

#include <QObject>

class QProgressDialog;
class QWidget;

namespace steward {

class JobRunner;

// File ▸ Export view to CSV: writes the rows a list view shows to a file on a thread of its
// own, over its own read-only connection, with a progress dialog and Cancel; the window stays
// responsive. The file is written beside the destination and moved into place at the end, so
// a cancelled or failed export leaves nothing behind.
class ViewCsvExport : public QObject
{
    Q_OBJECT

public:
    explicit ViewCsvExport(QWidget* parent);
    ~ViewCsvExport() override;

    void start(const ConnectionTarget& source, const QString& actingUser, const PagedQuery& query, const QString& path);
    void cancel();

signals:
    // How it went: the number of rows written, or why nothing was.
    void finished(const steward::Result<qint64>& rows, const QString& path);

private:
    void showRows(qint64 rows);
    void finish(const Result<qint64>& rows);

    QProgressDialog* m_progress;
    JobRunner* m_jobs;
    QString m_path;
};

} // namespace steward
