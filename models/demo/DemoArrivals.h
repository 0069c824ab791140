#pragma once

#include "models/core/Outcome.h"

#include <QDate>

namespace steward {

class Database;

// The demo's record of when Steward first saw each suggestion (SuggestionArrivals), so that a
// fresh demo shows ages: each suggestion arrived during its improvement cycle, the cycles of a
// client one after another over the eight weeks before the anchor's morning, the complete ones
// first and those still in an early state (profiling) last. Pending suggestions belong to every
// cycle, so some have waited weeks and some hours. Written after Steward's tables exist, before anyone decides.
namespace DemoArrivals {
Outcome write(Database& database, const QDate& anchor);
} // namespace DemoArrivals

} // namespace steward
