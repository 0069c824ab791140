#pragma once

#include <QStringList>

namespace steward {

class Database;

// Whether the Monitoring view has anything to read. The pipeline's performance is its forecasts
// against actuals (tables, see requiredTables); another system's monitoring lives in the
// entities its profile maps.
namespace MonitoringAvailability {
// The monitoring entities a profile could map, when it maps none of them; empty otherwise.
QStringList missingEntities(Database& database);
} // namespace MonitoringAvailability

} // namespace steward
