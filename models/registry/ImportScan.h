#pragma once

#include "models/core/Outcome.h"
#include "models/registry/MetadataFile.h"

#include <QList>
#include <QString>

namespace steward {

// One folder an import looks at, with its metadata.json read and checked.
struct ScannedFolder
{
    QString folder;     // absolute path
    QString clientHint; // the client folder's name when DIR holds one folder per client
    Result<ModelMetadataFile> metadata = Outcome::failed({});
    bool isVersionFolder = true; // false: neither a version folder nor a client folder
};

// Finds the version folders of a file-based registry. DIR may be one version folder, a folder
// of version folders, or a folder of client folders each holding version folders. A folder is
// a version folder when it is named by a timestamp id or holds a metadata.json.
namespace ImportScan {
Result<QList<ScannedFolder>> scan(const QString& directory, const std::function<bool(int, int)>& progress = {});
} // namespace ImportScan

} // namespace steward
