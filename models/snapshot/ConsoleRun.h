#pragma once

#include "models/values/LogicalType.h"

#include <QList>
#include <QStringList>
#include <QVariant>
#include <atomic>
#include <functional>
#include <mutex>

namespace steward {

// The shape of a console statement's result.
struct ConsoleColumns
{
    QStringList names;
    QList<LogicalType> types;
};

// One row as the backend returned it (map each value with mapValue(value, type)); returning
// false stops reading.
using ConsoleRowSink = std::function<bool(const QVariantList& row)>;
using ConsoleColumnSink = std::function<void(const ConsoleColumns& columns)>;

// The rows of a statement, up to a limit.
struct ConsoleResult
{
    ConsoleColumns columns;
    QList<QVariantList> rows;
    bool truncated = false; // the statement had more rows than the limit
};

// Stops the console statement that is running, from any thread: the statement's thread says
// how (PQcancel, sqlite3_interrupt) while it runs, and another thread calls cancel().
class ConsoleCancel
{
public:
    void cancel();
    bool cancelled() const { return m_cancelled.load(); }
    // Before a statement: not cancelled, nothing to stop.
    void reset();
    // While `stop` is set, cancel() calls it; set an empty function when the statement ends.
    void setStopper(std::function<void()> stop);

private:
    std::mutex m_mutex;
    std::function<void()> m_stop;
    std::atomic_bool m_cancelled{false};
};

} // namespace steward
