#pragma once

#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace steward {

// Long work (an export, a comparison, a digest check) on a thread of its own, so that the
// window stays responsive. The work opens its own database connection, checks `cancelled`
// between steps, and hands its result to its owner with a queued call. The owner keeps the
// task as a member: destroying it cancels the work and waits for the thread.
class BackgroundTask
{
public:
    BackgroundTask() = default;
    ~BackgroundTask();
    BackgroundTask(const BackgroundTask&) = delete;
    BackgroundTask& operator=(const BackgroundTask&) = delete;

    void start(std::function<void(const std::atomic_bool& cancelled)> work);
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    void wait();

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancelled{false};
};

} // namespace steward
