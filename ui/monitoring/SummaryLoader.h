#pragma once

#include "models/core/Outcome.h"

#include <QObject>
#include <functional>
#include <list>
#include <memory>

namespace steward {

class BackgroundTask;
class Database;

// Reads one monitoring summary on a thread of its own, over a connection of its own to the
// database the window has open, and hands the result back on the UI thread: a summary can take
// a few hundred milliseconds at scale, and the window must not freeze meanwhile. A newer request
// supersedes an older one: the older one's result is dropped when it arrives (a statement under
// way cannot be interrupted, so its thread is left to finish and then discarded).
class SummaryLoader : public QObject
{
    Q_OBJECT

public:
    explicit SummaryLoader(QObject* parent = nullptr);
    ~SummaryLoader() override;

    template <typename T>
    void start(const Database& source, std::function<Result<T>(Database&)> work,
               std::function<void(const Result<T>&)> done)
    {
        launch(source, [work = std::move(work), done = std::move(done)](Database* database, const Outcome& opened) {
            auto result = std::make_shared<Result<T>>(database ? work(*database) : Result<T>(opened));
            return std::function<void()>([done, result] { done(*result); });
        });
    }
    // Drops whatever is under way (the database closes, the page unloads).
    void cancel();
    bool isLoading() const { return m_loading; }

signals:
    void loadingChanged(bool loading);

private:
    using Work = std::function<std::function<void()>(Database* database, const Outcome& opened)>;
    void launch(const Database& source, Work work);
    void finish(int generation, const std::function<void()>& deliver);
    void setLoading(bool loading);

    std::list<std::unique_ptr<BackgroundTask>> m_tasks;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace steward
