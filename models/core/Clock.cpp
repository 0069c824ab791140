#include "Clock.h"

#include <QTimeZone>

namespace steward {

namespace {
// The system's time, read once through the one call that does it.
QDateTime systemUtc()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), QTimeZone::utc());
}

const Clock& systemClock()
{
    static const Clock clock;
    return clock;
}
} // namespace

std::atomic<const Clock*> Clock::s_installed{nullptr};

QDateTime Clock::now() const
{
    return systemUtc();
}

const Clock& Clock::current()
{
    const Clock* installed = s_installed.load(std::memory_order_acquire);
    return installed ? *installed : systemClock();
}

FixedClock::FixedClock(const QDateTime& at) : m_msecs(at.toMSecsSinceEpoch()) {}

QDateTime FixedClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_msecs.load(), QTimeZone::utc());
}

void FixedClock::set(const QDateTime& at)
{
    m_msecs.store(at.toMSecsSinceEpoch());
}

void FixedClock::advanceSeconds(qint64 seconds)
{
    m_msecs.fetch_add(seconds * 1000);
}

ScopedClock::ScopedClock(const Clock& clock) : m_previous(Clock::s_installed.exchange(&clock)) {}

ScopedClock::~ScopedClock()
{
    Clock::s_installed.store(m_previous);
}

} // namespace steward
