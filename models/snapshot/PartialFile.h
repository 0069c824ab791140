#pragma once

#include "models/core/Outcome.h"

#include <QString>

namespace steward {

// A file written under a temporary name beside its destination and renamed into place only
// when complete, so that the destination either does not change or holds the whole result.
// A cancelled or failed write removes the temporary file; one left by a killed process (its
// name carries the writer's process id) is removed by the next write to the same place.
class PartialFile
{
public:
    // Refuses when `finalPath` exists (unless `overwrite`) or its folder does not.
    static Result<PartialFile> begin(const QString& finalPath, bool overwrite);
    PartialFile(PartialFile&& other) noexcept;
    PartialFile& operator=(PartialFile&&) = delete;
    ~PartialFile();

    const QString& path() const { return m_partialPath; }
    const QString& finalPath() const { return m_finalPath; }
    // Flushes the file to disk and renames it into place; afterwards nothing is left to remove.
    Outcome publish();
    void discard();

    // Temporary files of earlier writes to `finalPath` whose writer is gone.
    static QStringList staleFiles(const QString& finalPath);

private:
    PartialFile(QString finalPath, QString partialPath, bool overwrite);

    QString m_finalPath;
    QString m_partialPath;
    bool m_overwrite = false;
    bool m_done = false;
};

} // namespace steward
