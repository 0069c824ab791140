#pragma once

#include "core/Outcome.h"

#include <QString>

namespace steward {

// What can be learned about a would-be SQLite file before SQLite itself touches it, so that a
// missing path is never created and a text file, an image or a zero-length file get a clear
// message instead of a driver error.
struct SqliteFileInfo
{
    qint64 size = 0;
    bool walMode = false;  // header bytes 18-19 say WAL: read-only opening must not create -shm
    bool hasSideFiles = false; // a -wal or -journal beside it (a writer may be active)
};

Result<SqliteFileInfo> inspectSqliteFile(const QString& path);

} // namespace steward
