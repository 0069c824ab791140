#pragma once

#include <QDate>
#include <QDateTime>
#include <atomic>

namespace steward {

// The one source of "now" for the whole program: decision timestamps, deadlines and time left,
// ages, report periods, the demo and the CLI all ask here, and nothing else reads the wall
// clock. The system's clock answers unless a ScopedClock has put another in its place, which
// is how tests set the time and how the demo writes as of its anchor date.
class Clock
{
public:
    virtual ~Clock() = default;

    // This clock's reading, UTC, to the millisecond.
    virtual QDateTime now() const;

    // The program's clock.
    static const Clock& current();
    static QDateTime nowUtc() { return current().now(); }
    static QDate todayUtc() { return nowUtc().date(); }

private:
    friend class ScopedClock;
    static std::atomic<const Clock*> s_installed;
};

// A clock that stands still until it is set or moved. Safe to read from any thread.
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime& at);
    QDateTime now() const override;
    void set(const QDateTime& at);
    void advanceSeconds(qint64 seconds);
    void advanceDays(int days) { advanceSeconds(qint64(days) * 24 * 3600); }

private:
    std::atomic<qint64> m_msecs;
};

// Makes `clock` the program's clock for as long as this object lives, then puts the previous
// one back. Scopes nest; the clock must outlive the scope.
class ScopedClock
{
public:
    explicit ScopedClock(const Clock& clock);
    ~ScopedClock();
    ScopedClock(const ScopedClock&) = delete;
    ScopedClock& operator=(const ScopedClock&) = delete;

private:
    const Clock* m_previous;
};

} // namespace steward
