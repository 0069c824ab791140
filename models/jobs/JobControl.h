#pragma once

#include "models/core/Outcome.h"
#include "models/db/Database.h"

#include <QElapsedTimer>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace steward {

class JobRunner;

// What a job sees of its runner while it works on the runner's thread: whether it was
// cancelled, a way to report progress, a connection of its own, and a way to hand something to
// the UI thread. Cancelling is cooperative: the work checks cancelled() between steps, and says
// how it stopped. A job whose result is dropped (superseded, abandoned, its owner gone) is also
// interrupted: a SQLite statement running on the connection from database() stops at once
// (sqlite3_interrupt), as nobody will read why.
class JobControl
{
public:
    bool cancelled() const { return m_cancelled.load(); }
    // A stage and how far along (0…1), shown on the UI thread by JobRunner::progress; reports
    // closer together than 40 ms are dropped, except the last step (fraction 1).
    void progress(const QString& stage, double fraction);
    // Runs `onUiThread` on the runner's thread, unless the job was superseded meanwhile.
    void post(std::function<void()> onUiThread);
    // A connection of the job's own to `target`, opened on the worker thread and closed there
    // when the job ends.
    Result<Database*> database(const ConnectionTarget& target, const OpenOptions& options);
    // The same, but kept open on the worker thread (in kept()) for the runner's next jobs with
    // the same target and options: for small reads that come often, where opening again would
    // cost more than the read (a snapshot is checked with quick_check at every opening).
    Result<Database*> keptDatabase(const ConnectionTarget& target, const OpenOptions& options);
    // While set, any cancelling calls `stop` from the UI thread (a statement's own way to stop).
    void setStopper(std::function<void()> stop);
    // What a job keeps on the worker thread for the runner's next job there (a console's
    // session): destroyed on that thread, by JobRunner::release() or with the runner.
    std::shared_ptr<void>& kept();

private:
    friend class JobRunner;
    JobControl(JobRunner* runner, int generation, bool runsToEnd);
    // `dropped`: nobody will read the result, so a running statement may be interrupted.
    void cancel(bool dropped);

    void setInterrupt(std::function<void()> interrupt);
    void interruptOn(Database& database);
    void finished();

    JobRunner* m_runner;
    std::shared_ptr<void>* m_kept = nullptr;
    std::unique_ptr<Database> m_database;
    const int m_generation;
    const bool m_runsToEnd;
    std::atomic_bool m_cancelled{false};
    std::mutex m_mutex;
    std::function<void()> m_stop;
    std::function<void()> m_interrupt;
    QElapsedTimer m_sinceProgress;
};

} // namespace steward
