#include "SummaryLoader.h"

#include "models/db/Database.h"

namespace steward {

SummaryLoader::SummaryLoader(QObject* parent) : QObject(parent), m_jobs(new JobRunner(this))
{
    connect(m_jobs, &JobRunner::runningChanged, this, &SummaryLoader::loadingChanged);
}

SummaryLoader::~SummaryLoader() = default;

OpenOptions SummaryLoader::optionsFor(const Database& source)
{
    OpenOptions options = source.options();
    options.createIfMissing = false;
    return options;
}

void SummaryLoader::cancel()
{
    m_jobs->abandon();
}

} // namespace steward
