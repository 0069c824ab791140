#pragma once

#include "models/core/Outcome.h"

#include <QString>

namespace steward {

class Database;

// Steward's own tables (audit, roles, requests, settings, schema version): created by an
// explicit, idempotent init and migrated forward one version at a time.
namespace AppSchema {
int latestVersion();
// 0 when the database has no Steward tables yet.
Result<int> installedVersion(Database& database);
// Creates or migrates the tables in one transaction. When there is no admin yet, `actor`
// becomes admin. Returns the version now installed.
Result<int> init(Database& database);
// Refuses to work on a database whose Steward tables are missing or newer than this build.
Outcome requireCurrent(Database& database);
} // namespace AppSchema

} // namespace steward
