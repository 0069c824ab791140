#pragma once

#include "models/core/Outcome.h"

namespace steward {
class ConsolePage;
} // namespace steward

namespace steward::test {

// Starts `sql` in the console and waits, with the event loop running, until it has ended: how
// it ended (or why it did not start).
Outcome runInConsole(ConsolePage* page, const QString& sql);
// The same for the console's CSV export of its last statement.
Outcome exportConsoleCsv(ConsolePage* page, const QString& path);

} // namespace steward::test
