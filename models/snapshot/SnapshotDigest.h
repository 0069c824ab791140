#pragma once

#include "models/core/Outcome.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace steward {

class Database;

// The SHA-256 digest of one table's rows, computed by SQLite over the snapshot file itself, so
// that `export` (which digests each table right after writing it) and `check` run the same code
// over the same stored values.
//
// Canonical order: ORDER BY every column, in declared order, COLLATE BINARY, ascending; that is
// SQLite's ordering: NULL first, then numbers by value, then text by its UTF-8 bytes, then
// blobs by their bytes. Identical rows encode identically, so ties do not matter.
//
// Canonical encoding, fed to SHA-256 in this order:
//   "steward-rows/1\n" <table name> "\n" <column names joined by 0x1F> "\n"
//   then for every row, for every column, one field:
//     NULL     'N'
//     INTEGER  'I' + 8 bytes, two's complement, big-endian
//     REAL     'R' + 8 bytes, IEEE 754 binary64, big-endian
//     TEXT     'T' + 8-byte big-endian length + the UTF-8 bytes
//     BLOB     'B' + 8-byte big-endian length + the bytes
// The digest is printed as 64 lowercase hex digits. It detects damage and edits; it is not a
// signature (whoever can edit the file can recompute the manifest).
struct TableDigest
{
    qint64 rows = 0;
    QString sha256;
};

QString digestSchemeName();

// `progress` is called every few thousand rows with the rows done; return false to stop
// (the result is then a failure saying so).
Result<TableDigest> digestSqliteTable(Database& database, const QString& table,
                                      const std::function<bool(qint64 rows)>& progress = {});

// The table's columns in declared order (SQLite).
Result<QStringList> sqliteTableColumns(Database& database, const QString& table);

} // namespace steward
