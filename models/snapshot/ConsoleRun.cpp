#include "ConsoleRun.h"

namespace steward {

void ConsoleCancel::cancel()
{
    m_cancelled = true;
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_stop)
        m_stop();
}

void ConsoleCancel::reset()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stop = {};
    m_cancelled = false;
}

void ConsoleCancel::setStopper(std::function<void()> stop)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stop = std::move(stop);
    // A cancel that came while the statement was still being set up stops it now.
    if (m_stop && m_cancelled)
        m_stop();
}

} // namespace steward
