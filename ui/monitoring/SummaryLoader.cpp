#include "SummaryLoader.h"

#include "models/db/Database.h"
#include "ui/snapshot/BackgroundTask.h"

namespace steward {

SummaryLoader::SummaryLoader(QObject* parent) : QObject(parent) {}

// The tasks' destructors wait for their threads, which post to this object: they end first.
SummaryLoader::~SummaryLoader()
{
    for (auto& task : m_tasks)
        task->cancel();
    m_tasks.clear();
}

void SummaryLoader::launch(const Database& source, Work work)
{
    const int generation = ++m_generation;
    for (auto& task : m_tasks)
        task->cancel();
    m_tasks.remove_if([](const std::unique_ptr<BackgroundTask>& task) { return !task->isRunning(); });
    const ConnectionTarget target = source.target();
    OpenOptions options = source.options();
    options.createIfMissing = false;
    auto task = std::make_unique<BackgroundTask>();
    task->start([this, target, options, work = std::move(work), generation](const std::atomic_bool& cancelled) {
        if (cancelled)
            return;
        auto database = Database::open(target, options);
        const std::function<void()> deliver =
            database ? work(database->get(), Outcome::ok()) : work(nullptr, database.failure());
        if (cancelled)
            return;
        QMetaObject::invokeMethod(
            this, [this, generation, deliver] { finish(generation, deliver); }, Qt::QueuedConnection);
    });
    m_tasks.push_back(std::move(task));
    setLoading(true);
}

void SummaryLoader::finish(int generation, const std::function<void()>& deliver)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    deliver();
}

void SummaryLoader::cancel()
{
    ++m_generation;
    for (auto& task : m_tasks)
        task->cancel();
    setLoading(false);
}

void SummaryLoader::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace steward
