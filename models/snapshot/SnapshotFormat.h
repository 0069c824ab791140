#pragma once

#include "models/core/Outcome.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

class Database;

// A Steward snapshot is one standalone SQLite file: copies of the pipeline's and Steward's
// tables (Steward's under their SQLite names, steward_*), and a manifest that says where they
// came from, when, by whom, and what each table's rows must digest to.
//
//   steward_snapshot_manifest (key TEXT PRIMARY KEY, value TEXT)
//       format, source, source_backend, exported_at, exported_by, app_version, digest
//   steward_snapshot_tables (table_name TEXT PRIMARY KEY, source_name, row_count, sha256,
//                            redacted_columns)
//
// The file's application_id is kApplicationId and its user_version the format version.
namespace SnapshotFormat {
constexpr quint32 kApplicationId = 0x53545744; // "STWD"
constexpr int kVersion = 1;
QString manifestTable();
QString tablesTable();
// True for the manifest's own tables, which are not data and carry no digest.
bool isManifestTable(const QString& name);
} // namespace SnapshotFormat

struct SnapshotTableEntry
{
    QString name;       // in the snapshot
    QString sourceName; // as the source called it (steward.audit_log on PostgreSQL)
    qint64 rows = 0;
    QString sha256;              // lowercase hex, see SnapshotDigest.h
    QStringList redactedColumns; // secrets: exported as NULL, never their value
};

struct SnapshotManifest
{
    int formatVersion = SnapshotFormat::kVersion;
    QString source;        // where it came from, password masked
    QString sourceBackend; // "SQLite" or "PostgreSQL"
    QDateTime exportedAt;  // UTC
    QString exportedBy;
    QString appVersion;
    QString profile; // whose tables the source held ("urutiiq"...); empty in older snapshots
    QString digest;  // the digest scheme's name
    QList<SnapshotTableEntry> tables;

    const SnapshotTableEntry* table(const QString& name) const;
    qint64 totalRows() const;
};

namespace SnapshotManifestStore {
// The manifest of an open SQLite database, or nothing when it is not a snapshot.
Result<std::optional<SnapshotManifest>> read(Database& database);
// Creates the manifest tables and writes `manifest` (inside the caller's transaction).
Outcome write(Database& database, const SnapshotManifest& manifest);
} // namespace SnapshotManifestStore

} // namespace steward
