#include "JobControl.h"

#include "models/jobs/JobRunner.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JobControl)
};
} // namespace

JobControl::JobControl(JobRunner* runner, int generation, bool runsToEnd)
    : m_runner(runner), m_generation(generation), m_runsToEnd(runsToEnd)
{
}

void JobControl::cancel(bool dropped)
{
    // A decision's transaction is never stopped half-way.
    if (m_runsToEnd)
        return;
    m_cancelled = true;
    std::lock_guard lock(m_mutex);
    if (m_stop)
        m_stop();
    if (dropped && m_interrupt)
        m_interrupt();
}

void JobControl::setStopper(std::function<void()> stop)
{
    std::lock_guard lock(m_mutex);
    m_stop = std::move(stop);
}

void JobControl::progress(const QString& stage, double fraction)
{
    if (m_sinceProgress.isValid() && m_sinceProgress.elapsed() < 40 && fraction < 1.0)
        return;
    m_sinceProgress.start();
    QMetaObject::invokeMethod(
        m_runner,
        [runner = m_runner, generation = m_generation, stage, fraction] {
            runner->deliverProgress(generation, stage, fraction);
        },
        Qt::QueuedConnection);
}

void JobControl::post(std::function<void()> onUiThread)
{
    QMetaObject::invokeMethod(
        m_runner,
        [runner = m_runner, generation = m_generation, onUiThread = std::move(onUiThread)] {
            runner->postFromJob(generation, onUiThread);
        },
        Qt::QueuedConnection);
}

Result<Database*> JobControl::database(const ConnectionTarget& target, const OpenOptions& options)
{
    setInterrupt({});
    m_database.reset();
    if (cancelled())
        return Outcome::failed(Text::tr("cancelled"));
    auto opened = Database::open(target, options);
    if (!opened)
        return opened.failure();
    m_database = opened.take();
    interruptOn(*m_database);
    return m_database.get();
}

namespace {
struct KeptDatabase
{
    QString key;
    std::unique_ptr<Database> database;
};

QString keyOf(const ConnectionTarget& target, const OpenOptions& options)
{
    return QStringList{target.persistentForm(),
                       target.password,
                       QString::number(target.readOnly),
                       options.actingUser,
                       QString::number(options.untrusted),
                       QString::number(options.allowSnapshotWrites),
                       QString::number(options.timeBudgetMs),
                       options.profile}
        .join(QChar(0));
}
} // namespace

Result<Database*> JobControl::keptDatabase(const ConnectionTarget& target, const OpenOptions& options)
{
    setInterrupt({});
    if (cancelled())
        return Outcome::failed(Text::tr("cancelled"));
    const QString key = keyOf(target, options);
    std::shared_ptr<void>& slot = kept();
    auto held = std::static_pointer_cast<KeptDatabase>(slot);
    if (!held || held->key != key) {
        slot.reset(); // the connection to another target closes first
        auto opened = Database::open(target, options);
        if (!opened)
            return opened.failure();
        held = std::make_shared<KeptDatabase>(KeptDatabase{key, opened.take()});
        slot = held;
    }
    interruptOn(*held->database);
    return held->database.get();
}

void JobControl::interruptOn(Database& database)
{
    if (database.isSqlite()) {
        sqlite3* handle = database.sqliteHandle();
        setInterrupt([handle] { sqlite3_interrupt(handle); });
    }
}

std::shared_ptr<void>& JobControl::kept()
{
    return *m_kept;
}

void JobControl::setInterrupt(std::function<void()> interrupt)
{
    std::lock_guard lock(m_mutex);
    m_interrupt = std::move(interrupt);
}

void JobControl::finished()
{
    setStopper({});
    setInterrupt({});
    m_database.reset();
}

} // namespace steward
