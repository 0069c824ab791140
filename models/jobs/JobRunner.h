#pragma once

#include "models/jobs/JobControl.h"

#include <QObject>
#include <functional>
#include <list>
#include <memory>

class QThread;

namespace steward {

// The one way Steward does long work: a job runs on the runner's worker thread, over a
// connection of its own (JobControl::database), reports progress, can be cancelled, and its
// result is handed to the UI thread by a queued call to the runner itself. The runner belongs
// to the object that uses the result (a child, or a member): when that object goes, the runner
// goes with it, cancelling its jobs and waiting for them, and no result is delivered to it.
//
// One job at a time per runner: starting a job supersedes the one under way, which is
// cancelled and whose result is dropped. A job started with Finish::RunToEnd (a decision's
// transaction) is never cancelled and always delivered. A superseded job that cannot stop at
// once (a PostgreSQL statement, which runs to its end or its time limit) keeps the worker
// thread busy; the newer job then starts on a fresh thread, so that it never waits for it.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    enum class Finish { Cancellable, RunToEnd };

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    // `work` runs on the worker thread; `done` gets its result on this runner's thread.
    template <typename T>
    void start(std::function<T(JobControl&)> work, std::function<void(const T&)> done,
               Finish finish = Finish::Cancellable)
    {
        launch(
            [work = std::move(work), done = std::move(done)](JobControl& control) {
                auto result = std::make_shared<T>(work(control));
                return std::function<void()>([done, result] { done(*result); });
            },
            finish);
    }
    // The same over the runner's connection to `target`: a failure to open reaches `done`.
    template <typename T>
    void startOn(const ConnectionTarget& target, const OpenOptions& options,
                 std::function<Result<T>(Database&, JobControl&)> work, std::function<void(const Result<T>&)> done,
                 Finish finish = Finish::Cancellable)
    {
        start<Result<T>>(
            [target, options, work = std::move(work)](JobControl& control) -> Result<T> {
                auto database = control.database(target, options);
                if (!database)
                    return database.failure();
                return work(**database, control);
            },
            std::move(done), finish);
    }

    // Cancels the job under way; its result still arrives (saying that it was cancelled).
    void cancel();
    // Cancels the job under way and drops its result (the database closed, the page unloads).
    void abandon();
    // Destroys, on the worker threads, what jobs kept there (JobControl::kept).
    void release();
    // Whether a job's result is still to be delivered.
    bool isRunning() const { return m_current != nullptr; }
    // Waits until every thread of this runner is idle (tests, and owners that must be sure).
    void waitForIdle();

signals:
    void progress(const QString& stage, double fraction);
    void runningChanged(bool running);

private:
    friend class JobControl;
    using Work = std::function<std::function<void()>(JobControl& control)>;
    struct Worker;

    void launch(Work work, Finish finish);
    void deliver(int generation, const std::function<void()>& delivery, bool runsToEnd);
    void deliverProgress(int generation, const QString& stage, double fraction);
    void postFromJob(int generation, std::function<void()> onUiThread);
    Worker* idleWorker();
    void setCurrent(std::shared_ptr<JobControl> control);

    std::list<std::unique_ptr<Worker>> m_workers;
    std::shared_ptr<JobControl> m_current;
    int m_generation = 0;
};

} // namespace steward
