#include "IndexesJob.h"

#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"
#include "models/monitoring/MonitoringIndexes.h"

namespace steward {

IndexesJob::IndexesJob(QObject* parent) : QObject(parent), m_jobs(new JobRunner(this)) {}

IndexesJob::~IndexesJob() = default;

bool IndexesJob::isRunning() const
{
    return m_jobs->isRunning();
}

void IndexesJob::start(const ConnectionTarget& target, const QString& actingUser)
{
    OpenOptions options;
    options.actingUser = actingUser;
    // Building an index reads every row: no time limit, as for `steward-cli init --indexes`
    // run with --time-limit 0.
    options.timeBudgetMs = 0;
    // One transaction per kind of index, each run to its end.
    m_jobs->startOn<QStringList>(
        target, options, [](Database& database, JobControl&) { return MonitoringIndexes::createAll(database); },
        [this](const Result<QStringList>& result) { emit finished(result); }, JobRunner::Finish::RunToEnd);
}

} // namespace steward
