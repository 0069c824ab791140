#include "JobRunner.h"

#include <QThread>
#include <atomic>
#include <tuple>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace steward {

namespace {
[[maybe_unused]] constexpr int kJobNiceness = 5;
} // namespace

// A thread with an event loop; jobs are queued calls to `context`, which lives there.
struct JobRunner::Worker
{
    Worker()
    {
        context = new QObject;
        context->moveToThread(&thread);
        thread.setObjectName(QStringLiteral("job"));
        thread.start();
#if defined(Q_OS_LINUX)
        // Below the window's thread: on a machine of few cores a job's work (decoding rows,
        // building results) preempted the window's thread while it laid out what had arrived.
        QMetaObject::invokeMethod(context, [] {
            std::ignore = setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kJobNiceness);
        });
#endif
    }
    ~Worker()
    {
        // What jobs kept belongs to this thread: it goes there, after the job under way.
        QMetaObject::invokeMethod(
            context, [this] { kept.reset(); }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        delete context;
    }
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    QThread thread;
    QObject* context;
    std::atomic_int pending{0};
    std::shared_ptr<void> kept; // used on `thread` only
    std::list<std::weak_ptr<JobControl>> jobs;
};

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner()
{
    for (auto& worker : m_workers) {
        for (const auto& job : worker->jobs) {
            if (auto control = job.lock())
                control->cancel(true);
        }
    }
    // Each worker waits for its job, which no longer posts anything that could run.
    m_workers.clear();
}

JobRunner::Worker* JobRunner::idleWorker()
{
    Worker* idle = nullptr;
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if ((*it)->pending.load() > 0) {
            ++it;
        } else if (!idle) {
            idle = it->get();
            ++it;
        } else {
            it = m_workers.erase(it); // a spare idle thread: one is enough
        }
    }
    if (!idle) {
        m_workers.push_back(std::make_unique<Worker>());
        idle = m_workers.back().get();
    }
    return idle;
}

void JobRunner::launch(Work work, Finish finish)
{
    if (m_current)
        m_current->cancel(true);
    const int generation = ++m_generation;
    auto control = std::shared_ptr<JobControl>(new JobControl(this, generation, finish == Finish::RunToEnd));
    Worker* worker = idleWorker();
    worker->jobs.remove_if([](const std::weak_ptr<JobControl>& job) { return job.expired(); });
    worker->jobs.push_back(control);
    control->m_kept = &worker->kept;
    ++worker->pending;
    const bool runsToEnd = finish == Finish::RunToEnd;
    QMetaObject::invokeMethod(
        worker->context,
        [this, worker, control, work = std::move(work), generation, runsToEnd] {
            // A cancelled job still runs: it sees that it was cancelled and says so at once.
            const std::function<void()> delivery = work(*control);
            control->finished();
            QMetaObject::invokeMethod(
                this, [this, generation, delivery, runsToEnd] { deliver(generation, delivery, runsToEnd); },
                Qt::QueuedConnection);
            --worker->pending;
        },
        Qt::QueuedConnection);
    setCurrent(std::move(control));
}

void JobRunner::deliver(int generation, const std::function<void()>& delivery, bool runsToEnd)
{
    const bool current = m_current && m_current->m_generation == generation;
    if (!current && !runsToEnd)
        return; // superseded or abandoned: its result is dropped
    if (current)
        setCurrent(nullptr);
    delivery();
}

void JobRunner::deliverProgress(int generation, const QString& stage, double fraction)
{
    if (m_current && m_current->m_generation == generation)
        emit progress(stage, fraction);
}

void JobRunner::postFromJob(int generation, std::function<void()> onUiThread)
{
    if (m_current && m_current->m_generation == generation)
        onUiThread();
}

void JobRunner::cancel()
{
    if (m_current)
        m_current->cancel(false);
}

void JobRunner::abandon()
{
    if (!m_current)
        return;
    m_current->cancel(true);
    ++m_generation;
    setCurrent(nullptr);
}

void JobRunner::release()
{
    for (auto& worker : m_workers)
        QMetaObject::invokeMethod(
            worker->context, [w = worker.get()] { w->kept.reset(); }, Qt::QueuedConnection);
}

void JobRunner::waitForIdle()
{
    for (auto& worker : m_workers) {
        while (worker->pending.load() > 0)
            QThread::msleep(2);
    }
}

void JobRunner::setCurrent(std::shared_ptr<JobControl> control)
{
    const bool wasRunning = m_current != nullptr;
    m_current = std::move(control);
    if (wasRunning != (m_current != nullptr))
        emit runningChanged(m_current != nullptr);
}

} // namespace steward
