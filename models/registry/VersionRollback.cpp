#include "VersionRollback.h"

#include "models/db/Database.h"
#include "models/profiles/Profile.h"
#include "models/registry/ModelRegistry.h"
#include "models/workflow/RollbackRequests.h"

#include <QCoreApplication>

namespace steward {

Outcome VersionRollback::request(const ModelRegistry& registry, const QString& clientId, const QString& version,
                                 const QString& reason, QString* requestId)
{
    if (registry.marksActive()) {
        return Outcome::usage(QCoreApplication::translate(
                                  "VersionRollback", "%1 marks which of its versions is active itself; Steward does "
                                                     "not change it (see Monitoring, Deployments)")
                                  .arg(registry.database().profile().title));
    }
    auto active = registry.activeVersion(clientId);
    if (!active)
        return active.failure();
    if (!active->recorded && active->version == version) {
        return Outcome::conflict(QCoreApplication::translate(
                                     "VersionRollback", "%1 is already the active version of %2 (the newest; no other "
                                                        "version has been set)")
                                     .arg(version, clientId));
    }
    return RollbackRequests::requestModelRollback(registry.database(), clientId, version, reason, requestId);
}

} // namespace steward
