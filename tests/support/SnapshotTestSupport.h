#pragma once

// Helpers for the snapshot tests (header-only, beside TestSupport.h).
#include "TestSupport.h"
#include "models/snapshot/SnapshotExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace steward::test {

// A new, empty SQLite file to fill with hand-written SQL.
inline std::unique_ptr<Database> createSqlite(const QString& path)
{
    ConnectionTarget target;
    target.sqlitePath = path;
    OpenOptions options;
    options.createIfMissing = true;
    auto db = Database::open(target, options);
    if (!db)
        return STEWARD_HELPER_FAILED("cannot create %s: %s", qPrintable(path), qPrintable(db.failure().message()));
    return db.take();
}

// A snapshot opened read-write, to damage it on purpose.
inline std::unique_ptr<Database> openSnapshotForWriting(const QString& path)
{
    ConnectionTarget target;
    target.sqlitePath = path;
    OpenOptions options;
    options.allowSnapshotWrites = true;
    auto db = Database::open(target, options);
    if (!db)
        return STEWARD_HELPER_FAILED("cannot open %s: %s", qPrintable(path), qPrintable(db.failure().message()));
    return db.take();
}

// Exports the SQLite file `source` (read-only, as `user`) to `out`.
inline SnapshotManifest exportSnapshot(const QString& source, const QString& out,
                                       const QString& user = QStringLiteral("auditor"),
                                       const ExportOptions& options = {})
{
    auto db = openSqlite(source, user, true);
    auto manifest = SnapshotExport::write(*db, out, options);
    if (!manifest)
        return STEWARD_HELPER_FAILED("export of %s failed: %s", qPrintable(source),
                                     qPrintable(manifest.failure().message()));
    return *manifest;
}

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        STEWARD_HELPER_FAILED("cannot write %s", qPrintable(path));
        return;
    }
}

// Every file in the folder of `path`, hidden ones included (temporary files of an export).
inline QStringList filesBeside(const QString& path)
{
    return QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace steward::test
