#pragma once

#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"

#include <functional>

namespace steward {

// Reads from the database the window has open as a job on `jobs` (superseding the job under way
// there): `work` gets a connection of the runner's own to it, kept open on the runner's thread
// for its next reads (opening costs more than most reads), and `done` gets the result on the
// runner's thread. The owner calls jobs->release() when the database closes.
template <typename T>
void readDatabase(JobRunner* jobs, const Database& source, std::function<Result<T>(Database&, JobControl&)> work,
                  std::function<void(const Result<T>&)> done)
{
    OpenOptions options = source.options();
    options.createIfMissing = false;
    jobs->start<Result<T>>(
        [target = source.target(), options, work = std::move(work)](JobControl& control) -> Result<T> {
            auto database = control.keptDatabase(target, options);
            if (!database)
                return database.failure();
            return work(**database, control);
        },
        std::move(done));
}

} // namespace steward
