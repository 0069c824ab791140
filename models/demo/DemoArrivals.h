#pragma once

#include "models/core/Outcome.h"

#include <QDate>

namespace steward {

class Database;

// The demo's record of when Steward first saw each suggestion (SuggestionArrivals), so that a
// fresh demo shows ages: the suggestions arrived one after another, in id order as a catch-up
// records them, over the eight weeks before the anchor's morning. Pending ones are spread among
// them, so some have waited weeks and some hours. Written after Steward's tables exist, before
// anyone decides.
namespace DemoArrivals {
Outcome write(Database& database, const QDate& anchor);
} // namespace DemoArrivals

} // namespace steward
