#include "PartialFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PartialFile)
};

QString partialPrefix(const QFileInfo& destination)
{
    return QLatin1Char('.') + destination.fileName() + QStringLiteral(".steward-partial-");
}

void removeWithSideFiles(const QString& path)
{
    QFile::remove(path);
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

bool syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}
} // namespace

PartialFile::PartialFile(QString finalPath, QString partialPath, bool overwrite)
    : m_finalPath(std::move(finalPath)), m_partialPath(std::move(partialPath)), m_overwrite(overwrite)
{
}

PartialFile::PartialFile(PartialFile&& other) noexcept
    : m_finalPath(std::move(other.m_finalPath)), m_partialPath(std::move(other.m_partialPath)),
      m_overwrite(other.m_overwrite), m_done(other.m_done)
{
    other.m_done = true;
}

PartialFile::~PartialFile()
{
    if (!m_done)
        discard();
}

QStringList PartialFile::staleFiles(const QString& finalPath)
{
    const QFileInfo destination(finalPath);
    const QString prefix = partialPrefix(destination);
    QStringList stale;
    const QStringList entries = QDir(destination.absolutePath())
                                    .entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& entry : entries) {
        QString pidText = entry.mid(prefix.size());
        for (const char* suffix : {"-journal", "-wal", "-shm"}) {
            if (pidText.endsWith(QLatin1String(suffix)))
                pidText.chop(static_cast<int>(qstrlen(suffix)));
        }
        bool ok = false;
        const qint64 pid = pidText.toLongLong(&ok);
        if (!ok || pid <= 0)
            continue;
        if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            stale << destination.absoluteDir().filePath(entry);
    }
    return stale;
}

Result<PartialFile> PartialFile::begin(const QString& finalPath, bool overwrite)
{
    const QFileInfo destination(finalPath);
    if (finalPath.isEmpty())
        return Outcome::usage(Text::tr("no output file given"));
    if (!QFileInfo(destination.absolutePath()).isDir())
        return Outcome::cannotOpen(Text::tr("%1: the folder does not exist").arg(destination.absolutePath()));
    if (destination.isDir())
        return Outcome::usage(Text::tr("%1 is a folder; give a file name").arg(finalPath));
    if (destination.exists() && !overwrite)
        return Outcome::conflict(
            Text::tr("%1 already exists; choose another name or allow overwriting").arg(finalPath));
    for (const QString& stale : staleFiles(finalPath))
        QFile::remove(stale);
    const QString partial = destination.absoluteDir().filePath(partialPrefix(destination) +
                                                               QString::number(QCoreApplication::applicationPid()));
    removeWithSideFiles(partial);
    return PartialFile(destination.absoluteFilePath(), partial, overwrite);
}

Outcome PartialFile::publish()
{
    if (m_done)
        return Outcome::failed(Text::tr("the file was already published or discarded"));
    if (!syncPath(m_partialPath, O_RDONLY)) {
        discard();
        return Outcome::failed(Text::tr("could not flush %1 to disk").arg(m_partialPath));
    }
    const QByteArray from = QFile::encodeName(m_partialPath);
    const QByteArray to = QFile::encodeName(m_finalPath);
    bool moved = false;
    if (m_overwrite) {
        moved = ::rename(from.constData(), to.constData()) == 0;
    } else {
        // link() refuses an existing destination, so a file that appeared meanwhile survives.
        moved = ::link(from.constData(), to.constData()) == 0;
        if (moved)
            ::unlink(from.constData());
        else if (errno != EEXIST)
            moved = !QFileInfo::exists(m_finalPath) && ::rename(from.constData(), to.constData()) == 0;
    }
    if (!moved) {
        const bool exists = QFileInfo::exists(m_finalPath);
        discard();
        return exists ? Outcome::conflict(
                            Text::tr("%1 appeared while the file was written; nothing was replaced").arg(m_finalPath))
                      : Outcome::failed(Text::tr("could not move the finished file into place at %1").arg(m_finalPath));
    }
    m_done = true;
    syncPath(QFileInfo(m_finalPath).absolutePath(), O_RDONLY | O_DIRECTORY);
    return Outcome::ok();
}

void PartialFile::discard()
{
    removeWithSideFiles(m_partialPath);
    m_done = true;
}

} // namespace steward
