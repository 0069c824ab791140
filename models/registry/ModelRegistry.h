#pragma once

#include "models/core/Outcome.h"
#include "models/registry/ModelVersion.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

class Database;
class SchemaCatalog;

// Reads the model registry (model_metadata) and which version each client uses. Optional
// tables (training_jobs, Steward's active_versions) are used when the database has them.
class ModelRegistry
{
public:
    ModelRegistry(Database& database, const SchemaCatalog& catalog) : m_database(database), m_catalog(catalog) {}

    Database& database() const { return m_database; }
    const SchemaCatalog& catalog() const { return m_catalog; }
    bool hasTable(const QString& name) const;
    bool hasAppTable(const QString& name) const;

    Result<QStringList> clients() const;
    // Every version of one client (all clients when empty), newest first.
    Result<QList<ModelVersion>> versions(const QString& clientId = {}) const;
    // One version; with no client, the version id must name exactly one client's version.
    Result<ModelVersion> version(const QString& clientId, const QString& version) const;
    // The version before `version` of the same client, if any.
    Result<std::optional<ModelVersion>> previous(const ModelVersion& version) const;
    // The version of `modelName` (any model where empty, or where the system names none) the
    // client uses.
    Result<ActiveVersion> activeVersion(const QString& clientId, const QString& modelName = {}) const;
    // Every active version of the client: one per model where the system names its models.
    Result<QList<ActiveVersion>> activeVersions(const QString& clientId) const;
    // Whether the system names its models / marks its active versions itself (see SourceTables).
    bool namesModels() const;
    bool marksActive() const;
    // The numeric metric keys found in the client's versions (all clients when empty); with
    // `newestVersions`, in the client's newest versions only (along the index on client and
    // version, where all of them means reading every version's metrics).
    Result<QStringList> metricKeys(const QString& clientId = {}, int newestVersions = 0) const;

private:
    Result<QList<ModelVersion>> select(const QString& where, const QVariantList& binds, const QString& tail) const;

    Database& m_database;
    const SchemaCatalog& m_catalog;
};

} // namespace steward
