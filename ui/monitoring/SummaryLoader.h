#pragma once

#include "models/core/Outcome.h"
#include "models/jobs/JobRunner.h"

#include <QObject>
#include <functional>

namespace steward {

class Database;

// Reads one monitoring summary as a job (JobRunner), over a connection of its own to the
// database the window has open, and hands the result back on the UI thread: a summary can take
// a few hundred milliseconds at scale, and the window must not freeze meanwhile. A newer request
// supersedes an older one, whose result is dropped (on SQLite its statement is interrupted).
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
        m_jobs->startOn<T>(
            source.target(), optionsFor(source),
            [work = std::move(work)](Database& database, JobControl&) { return work(database); }, std::move(done));
    }
    // Drops whatever is under way (the database closes, the page unloads).
    void cancel();
    bool isLoading() const { return m_jobs->isRunning(); }

signals:
    void loadingChanged(bool loading);

private:
    static OpenOptions optionsFor(const Database& source);

    JobRunner* m_jobs;
};

} // namespace steward
