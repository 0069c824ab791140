#pragma once

#include "models/core/Outcome.h"
#include "models/snapshot/SnapshotFormat.h"

#include <QString>
#include <functional>

namespace steward {

class Database;

struct ExportProgress
{
    QString table;      // the table being copied or digested
    int tableIndex = 0; // 0-based
    int tableCount = 0;
    qint64 rowsDone = 0; // across all tables
    qint64 rowsTotal = 0;

    double fraction() const { return rowsTotal > 0 ? double(rowsDone) / double(rowsTotal) : 0.0; }
};

struct ExportOptions
{
    bool overwrite = false;
    // Called every thousand rows or so (from the thread running the export); return false to
    // cancel. A cancelled export leaves nothing behind.
    std::function<bool(const ExportProgress&)> progress;
};

// Copies a database, PostgreSQL or SQLite, into one standalone SQLite snapshot: every table of
// the default schema (the pipeline's and any others beside them) and Steward's own tables, with
// values kept exactly (see SnapshotColumns.h), secrets as NULL, and a manifest with each table's
// row count and digest. The source is read in one transaction (REPEATABLE READ, READ ONLY on
// PostgreSQL), so the snapshot is one consistent moment. The file is written beside `outPath`
// under a temporary name and renamed into place when complete.
namespace SnapshotExport {
Result<SnapshotManifest> write(Database& source, const QString& outPath, const ExportOptions& options = {});
} // namespace SnapshotExport

} // namespace steward
