#pragma once

#include "models/core/Outcome.h"

#include <QString>

namespace steward {

class ModelRegistry;

namespace VersionRollback {
// Files a request to make `version` the active version of `clientId` again (approved later by
// another manager through RollbackRequests::approve). Refused as a conflict when the version
// is already active, including the newest version while none has been set, which the
// pipeline loads anyway.
Outcome request(const ModelRegistry& registry, const QString& clientId, const QString& version, const QString& reason,
                QString* requestId = nullptr);
} // namespace VersionRollback

} // namespace steward
