#include "BackgroundTask.h"

namespace steward {

BackgroundTask::~BackgroundTask()
{
    cancel();
    wait();
}

void BackgroundTask::start(std::function<void(const std::atomic_bool& cancelled)> work)
{
    cancel();
    wait();
    m_cancelled = false;
    m_thread.reset(QThread::create([this, work = std::move(work)] { work(m_cancelled); }));
    m_thread->start();
}

void BackgroundTask::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace steward
