#include "IndexesJob.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoringIndexes.h"

namespace steward {

IndexesJob::IndexesJob(QObject* parent) : QObject(parent) {}

IndexesJob::~IndexesJob()
{
    m_task.wait();
}

void IndexesJob::start(const ConnectionTarget& target, const QString& actingUser)
{
    m_task.start([this, target, actingUser](const std::atomic_bool&) {
        OpenOptions options;
        options.actingUser = actingUser;
        // Building an index reads every row: no time limit, as for `steward-cli init --indexes`
        // run with --time-limit 0.
        options.timeBudgetMs = 0;
        Result<QStringList> result = Outcome::failed(QString());
        auto database = Database::open(target, options);
        if (!database) {
            result = database.failure();
        } else {
            result = MonitoringIndexes::createAll(**database);
        }
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
    });
}

} // namespace steward
