#pragma once

#include "CliArguments.h"
#include "models/core/Outcome.h"
#include "models/db/SchemaCatalog.h"
#include "models/itemmodels/PagedQuery.h"
#include "models/registry/Metrics.h"
#include "models/registry/ModelRegistry.h"

#include <QJsonValue>
#include <QList>
#include <memory>

namespace steward::cli {

class CliContext;

// The database, its catalog and the model registry over them, as the models and chart
// commands use them.
class RegistryAccess
{
public:
    // `app`: Steward's tables must be present (for decisions and imports).
    static Result<std::unique_ptr<RegistryAccess>> open(CliContext& context, bool app = false);

    Database& database() const { return m_database; }
    const ModelRegistry& registry() const { return *m_registry; }

    // Every row of a paged query at once, as JSON values (for printing).
    static Result<QList<QList<QJsonValue>>> readAll(Database& database, const PagedQuery& query);
    static QString directionName(Metrics::Direction direction);

private:
    RegistryAccess(Database& database, SchemaCatalog catalog);

    Database& m_database;
    SchemaCatalog m_catalog;
    std::unique_ptr<ModelRegistry> m_registry;
};

// The subcommands that change something (ModelsDecisions.cpp).
Outcome runModelsRequestRollback(CliContext& context, CommandArguments& arguments);
Outcome runModelsImportDir(CliContext& context, CommandArguments& arguments);

} // namespace steward::cli
