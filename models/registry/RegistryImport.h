#pragma once

#include "models/core/Outcome.h"

#include <QList>
#include <QString>
#include <functional>

namespace steward {

class Database;

// What happened to one folder of an import.
struct ImportItem
{
    enum class Status {
        Imported,  // a new model_metadata row (and its details in Steward's model_imports)
        Unchanged, // already registered with the same content: re-importing changes nothing
        Failed,    // metadata.json missing or malformed, or the version is registered differently
        Skipped,   // not a version folder at all
    };
    QString folder; // absolute path
    QString clientId;
    QString version;
    Status status = Status::Failed;
    QString message;
};

struct ImportReport
{
    QString directory;
    QList<ImportItem> items;
    int count(ImportItem::Status status) const;
};

struct ImportOptions
{
    // The client the versions belong to; a metadata.json naming another client is an error.
    // Empty: each metadata.json's client_id, or the name of the folder holding the version
    // folders when DIR holds one folder per client, or else `defaultClientId`.
    QString clientId;
    QString defaultClientId;
    // Called as folders are read and written; return false to cancel (nothing is written then).
    std::function<bool(int done, int total)> progress;
    // When set, called instead of `progress` as versions are written: the transaction then runs
    // to its end, whatever happens to the caller's Cancel.
    std::function<void(int done, int total)> writeProgress;
};

// Imports a file-based model registry: a folder whose subfolders are versions named by
// timestamp id, each with a metadata.json (or a folder of such folders per client). Each good
// folder becomes a model_metadata row; what model_metadata has no column for (target,
// features, candidates, test and total counts) is kept in Steward's model_imports. A bad
// folder is reported and the others import. Existing rows are never overwritten. One audited
// transaction (manager role).
namespace RegistryImport {
Result<ImportReport> importDirectory(Database& database, const QString& directory, const ImportOptions& options = {});
QString statusName(ImportItem::Status status);
} // namespace RegistryImport

} // namespace steward
