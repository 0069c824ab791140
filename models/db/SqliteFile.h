#pragma once

#include "models/core/Outcome.h"

#include <QString>

namespace steward {

// What can be learned about a would-be SQLite file before SQLite itself touches it, so that a
// missing path is never created and a text file, an image or a truncated file get a clear
// message instead of a driver error. A zero-byte file is an empty database, as SQLite sees it.
struct SqliteFileInfo
{
    qint64 size = 0;
    int pageSize = 0;           // from the header (bytes 16-17)
    qint64 headerPageCount = 0; // bytes 28-31, 0 when the header does not vouch for it
    quint32 applicationId = 0;  // bytes 68-71 (PRAGMA application_id)
    bool walMode = false;       // header bytes 18-19 say WAL: read-only opening must not create -shm
    bool hasWal = false;        // a -wal beside it
    bool hasShm = false;        // a -shm beside it
    bool hasJournal = false;    // a -journal beside it (a writer may be active, or crashed)
    bool hasSideFiles = false;  // a -wal or -journal beside it
};

Result<SqliteFileInfo> inspectSqliteFile(const QString& path);

// The URI that opens `path` read-only without creating anything beside it: mode=ro, plus
// immutable=1 for a WAL file without side files (or when `immutable` is asked for), since
// SQLite would otherwise create a -shm.
QString sqliteReadOnlyUri(const QString& path, const SqliteFileInfo& info, bool immutable = false);

// The table whose presence marks a file as a Steward snapshot (see snapshot/SnapshotFormat.h).
QString snapshotManifestTable();

// Whether the file has a table of that name, asked through an immutable, defensive
// connection that touches nothing; false when the file cannot be read (opening reports why).
bool sqliteFileHasTable(const QString& path, const SqliteFileInfo& info, const QString& table);

} // namespace steward
