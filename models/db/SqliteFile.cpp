#include "SqliteFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QtEndian>
#include <sqlite3.h>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)
};

constexpr char kHeader[] = "SQLite format 3";

bool looksLikeText(const QByteArray& head)
{
    for (const char c : head) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0 || (byte < 0x20 && c != '\n' && c != '\r' && c != '\t'))
            return false;
    }
    return true;
}

quint32 headerWord(const QByteArray& head, int offset)
{
    return qFromBigEndian<quint32>(head.constData() + offset);
}
} // namespace

Result<SqliteFileInfo> inspectSqliteFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Outcome::cannotOpen(Text::tr("%1: no such file").arg(path));
    if (info.isDir())
        return Outcome::cannotOpen(Text::tr("%1: is a directory, not a database file").arg(path));
    if (!info.isFile())
        return Outcome::cannotOpen(Text::tr("%1: not a regular file").arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::cannotOpen(Text::tr("%1: cannot be read (%2)").arg(path, file.errorString()));

    SqliteFileInfo result;
    result.size = file.size();
    // SQLite reads a zero-byte file as a database with no tables (what `touch new.sqlite` or a
    // file dialog's "new file" leaves): it opens, and Initialise can make it Steward's.
    if (result.size == 0)
        return result;

    const QByteArray head = file.read(100);
    if (!head.startsWith(QByteArray(kHeader, sizeof kHeader))) {
        if (looksLikeText(head))
            return Outcome::cannotOpen(Text::tr("%1: is a text file, not a SQLite database").arg(path));
        return Outcome::cannotOpen(
            Text::tr("%1: not a SQLite database (the header is missing; the file may be encrypted or of another kind)")
                .arg(path));
    }
    if (head.size() < 100 || result.size < 512)
        return Outcome::cannotOpen(
            Text::tr("%1: the SQLite file is truncated (only %2 bytes)").arg(path).arg(result.size));

    // The header's own numbers say how long the file must be; SQLite would read the missing
    // pages as zeros and report corruption somewhere later, less clearly.
    const int rawPageSize = qFromBigEndian<quint16>(head.constData() + 16);
    result.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (result.pageSize < 512 || (result.pageSize & (result.pageSize - 1)) != 0)
        return Outcome::cannotOpen(
            Text::tr("%1: the SQLite header is damaged (page size %2)").arg(path).arg(rawPageSize));
    // The page count is only valid when the "version-valid-for" number matches the change counter.
    if (headerWord(head, 92) == headerWord(head, 24))
        result.headerPageCount = headerWord(head, 28);
    result.applicationId = headerWord(head, 68);
    result.walMode = head.at(18) == 2 || head.at(19) == 2;
    result.hasWal = QFileInfo::exists(path + QLatin1String("-wal"));
    result.hasShm = QFileInfo::exists(path + QLatin1String("-shm"));
    result.hasJournal = QFileInfo::exists(path + QLatin1String("-journal"));
    result.hasSideFiles = result.hasWal || result.hasJournal;
    if (!result.hasWal && result.headerPageCount > 0 && result.size < result.headerPageCount * result.pageSize) {
        return Outcome::cannotOpen(Text::tr("%1: the SQLite file is truncated: its header counts %2 pages of %3 bytes "
                                            "(%4 bytes), the file has %5")
                                       .arg(path)
                                       .arg(result.headerPageCount)
                                       .arg(result.pageSize)
                                       .arg(result.headerPageCount * result.pageSize)
                                       .arg(result.size));
    }
    return result;
}

QString sqliteReadOnlyUri(const QString& path, const SqliteFileInfo& info, bool immutable)
{
    QString uri = QStringLiteral("file:") +
                  QString::fromUtf8(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/")) +
                  QStringLiteral("?mode=ro");
    if (immutable || (info.walMode && !info.hasSideFiles))
        uri += QStringLiteral("&immutable=1");
    return uri;
}

QString snapshotManifestTable()
{
    return QStringLiteral("steward_snapshot_manifest");
}

bool sqliteFileHasTable(const QString& path, const SqliteFileInfo& info, const QString& table)
{
    sqlite3* db = nullptr;
    const QByteArray uri = sqliteReadOnlyUri(path, info, true).toUtf8();
    bool found = false;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK) {
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", -1, &statement,
                               nullptr) == SQLITE_OK) {
            const QByteArray name = table.toUtf8();
            sqlite3_bind_text(statement, 1, name.constData(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
            found = sqlite3_step(statement) == SQLITE_ROW;
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return found;
}

} // namespace steward
