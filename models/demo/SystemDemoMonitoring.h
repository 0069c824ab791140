#pragma once

#include "models/core/Outcome.h"
#include "models/demo/DemoGenerator.h"

#include <QDateTime>

namespace steward {

class Database;
class DemoRandom;

// The monitoring tables of a system demo: performance figures with a trend to find (an active
// version declining, another improving, one stable), drift that is detected now, warning and
// normal, prediction logs, and A/B experiments (won, lost, undecided, unreadable). At scale N
// about 1,000·N prediction rows and 100·N performance rows, written in batches.
namespace SystemDemoMonitoring {
Outcome write(Database& database, const QString& profile, DemoRandom& random, int scale, const QDateTime& now,
              RowCounts& counts);
} // namespace SystemDemoMonitoring

} // namespace steward
