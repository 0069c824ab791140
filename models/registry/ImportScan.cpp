#include "ImportScan.h"

#include "models/registry/VersionId.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportScan)
};

bool looksLikeVersionFolder(const QFileInfo& info)
{
    return VersionId::isTimestampId(info.fileName()) ||
           QFileInfo::exists(QDir(info.absoluteFilePath()).filePath(MetadataFile::kFileName));
}

QFileInfoList subfolders(const QString& path)
{
    return QDir(path).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

ScannedFolder versionFolder(const QFileInfo& info, const QString& clientHint)
{
    ScannedFolder scanned;
    scanned.folder = info.absoluteFilePath();
    scanned.clientHint = clientHint;
    scanned.metadata = MetadataFile::read(scanned.folder);
    return scanned;
}
} // namespace

Result<QList<ScannedFolder>> ImportScan::scan(const QString& directory, const std::function<bool(int, int)>& progress)
{
    const QFileInfo root(directory);
    if (!root.exists())
        return Outcome::notFound(Text::tr("%1 does not exist").arg(directory));
    if (!root.isDir())
        return Outcome::usage(Text::tr("%1 is not a folder").arg(directory));
    if (!root.isReadable())
        return Outcome::failed(Text::tr("%1 cannot be read").arg(directory));

    QList<ScannedFolder> found;
    if (QFileInfo::exists(QDir(root.absoluteFilePath()).filePath(MetadataFile::kFileName))) {
        found << versionFolder(root, {});
        return found;
    }
    const QFileInfoList children = subfolders(root.absoluteFilePath());
    for (int i = 0; i < children.size(); ++i) {
        if (progress && !progress(i, static_cast<int>(children.size())))
            return Outcome::failed(Text::tr("cancelled"));
        const QFileInfo& child = children.at(i);
        if (looksLikeVersionFolder(child)) {
            found << versionFolder(child, {});
            continue;
        }
        QFileInfoList versions;
        for (const QFileInfo& grandchild : subfolders(child.absoluteFilePath())) {
            if (looksLikeVersionFolder(grandchild))
                versions << grandchild;
        }
        if (versions.isEmpty()) {
            ScannedFolder other;
            other.folder = child.absoluteFilePath();
            other.isVersionFolder = false;
            other.metadata =
                Outcome::notFound(Text::tr("not a model version folder (no %1, not named by a timestamp id)")
                                      .arg(MetadataFile::kFileName));
            found << other;
            continue;
        }
        for (const QFileInfo& version : versions)
            found << versionFolder(version, child.fileName());
    }
    return found;
}

} // namespace steward
