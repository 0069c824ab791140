#include "SqliteFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

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
    if (result.size == 0)
        return Outcome::cannotOpen(Text::tr("%1: the file is empty (zero bytes), not a SQLite database").arg(path));

    const QByteArray head = file.read(100);
    if (!head.startsWith(QByteArray(kHeader, sizeof kHeader))) {
        if (looksLikeText(head))
            return Outcome::cannotOpen(Text::tr("%1: is a text file, not a SQLite database").arg(path));
        return Outcome::cannotOpen(
            Text::tr("%1: not a SQLite database (the header is missing; the file may be encrypted or of another kind)")
                .arg(path));
    }
    if (head.size() < 100 || result.size < 512)
        return Outcome::cannotOpen(Text::tr("%1: the SQLite file is truncated (only %2 bytes)").arg(path).arg(result.size));
    result.walMode = head.at(18) == 2 || head.at(19) == 2;
    result.hasSideFiles = QFileInfo::exists(path + QLatin1String("-wal")) ||
                          QFileInfo::exists(path + QLatin1String("-journal"));
    return result;
}

} // namespace steward
