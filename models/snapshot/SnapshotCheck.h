#pragma once

#include "models/core/Outcome.h"
#include "models/snapshot/SnapshotFormat.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace steward {

class Database;

// One table of a snapshot, as its manifest describes it and as the file holds it.
struct TableCheck
{
    QString name;
    qint64 expectedRows = -1; // -1: the manifest does not list it
    qint64 actualRows = -1;   // -1: the file does not hold it (or it could not be read)
    QString expectedSha256;
    QString actualSha256;
    QString problem; // empty when the table matches its manifest entry

    bool ok() const { return problem.isEmpty(); }
};

struct CheckReport
{
    bool integrityChecked = false;
    QStringList integrityProblems; // from PRAGMA integrity_check; empty when it said ok
    std::optional<SnapshotManifest> manifest;
    QList<TableCheck> tables;

    bool integrityOk() const { return integrityProblems.isEmpty(); }
    bool digestsOk() const;
    bool ok() const { return integrityOk() && manifest.has_value() && digestsOk(); }
    QStringList mismatchedTables() const;
    // Why the file does not verify, naming the tables; empty when it does.
    QString problemText() const;
};

struct CheckOptions
{
    bool integrity = true; // PRAGMA integrity_check (reads every page) before the digests
    // Called before each table; return false to stop (the result is then a failure).
    std::function<bool(const QString& table, int index, int count)> progress;
};

// Verifies a snapshot: SQLite's integrity check, then every table's row count and digest
// against the manifest. Tables in the file that the manifest does not list are mismatches too.
namespace SnapshotCheck {
Result<CheckReport> run(Database& snapshot, const CheckOptions& options = {});
// Opens `path` read-only as an untrusted file and checks it; a file that cannot be opened is
// a CannotOpen failure.
Result<CheckReport> runOnFile(const QString& path, const CheckOptions& options = {});
} // namespace SnapshotCheck

} // namespace steward
