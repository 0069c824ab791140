#pragma once

#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"

#include <QObject>
#include <QStringList>

namespace steward {

class JobRunner;

// File ▸ Create search and filter indexes: the window's `steward-cli init --indexes`, for an
// admin. Builds the search, sort and monitoring indexes on a thread of its own over its own
// connection (a minute and more at a million rows), while the window stays usable; the result
// arrives as a signal. The build is one transaction per kind of index: stopping the program
// midway leaves the database as it was.
class IndexesJob : public QObject
{
    Q_OBJECT

public:
    explicit IndexesJob(QObject* parent = nullptr);
    ~IndexesJob() override;

    void start(const ConnectionTarget& target, const QString& actingUser);
    bool isRunning() const;

signals:
    void finished(const steward::Result<QStringList>& indexes);

private:
    JobRunner* m_jobs;
};

} // namespace steward
