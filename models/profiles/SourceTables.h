#pragma once

#include "models/core/Outcome.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace steward {

class Database;
struct Profile;

// Steward's queries are written against the forecasting pipeline's tables. Another system's
// tables are read through one temporary view per pipeline table, built from its profile
// (columns renamed, state words translated, model names joined to versions), so that every
// query works unchanged and nothing is stored in the database. The views live in the
// connection's temporary schema and are made again after a reconnection.
namespace SourceTables {
// The name a query reads `pipelineTable` by: the table itself for the pipeline's profile, the
// temporary view ("steward_governance_violations") otherwise. The same as dialect().source().
QString readName(Database& database, const QString& pipelineTable);
// The pipeline tables this database serves through views (empty for the pipeline's profile).
QStringList adapted(Database& database);
// Pipeline table -> view, for SqlDialect::setSources.
QHash<QString, QString> sources(const Profile& profile);
// Whether the system itself marks which of its model versions is active: a true/false column
// (the profile's field "active", Krong Thai's is_active), else a state whose Steward word is
// "active" (UrutiIQ's status), else a deployment in production (WITHIN's deployment_status). The
// model version view then has a column system_active (1 or 0). The pipeline marks none: Steward
// records the active version there (ModelRegistry::activeVersion).
bool marksActive(const Profile& profile);
// The SQL (1 or 0) of that mark for the system's model row `s`; empty where none.
QString activeExpression(Database& database, const Profile& profile);
// Creates the views for `profile` on the connection (nothing for the pipeline's profile).
Outcome install(Database& database, const Profile& profile);
} // namespace SourceTables

} // namespace steward
