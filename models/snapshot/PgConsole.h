#pragma once

#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"
#include "models/snapshot/ConsoleRun.h"

namespace steward {

// The PostgreSQL half of the SQL console, on libpq itself. Each statement gets a session of
// its own that ends with it, so that nothing it takes (locks, advisory locks, settings,
// temporary objects) outlives it:
//   connect → SET statement_timeout → BEGIN READ ONLY → SET ROLE steward_console →
//   prepare the text as one statement (extended protocol: the server refuses a second one) →
//   run it through steward.console_cells (a cursor, as the runner role) → ROLLBACK → close.
// The server decides what runs; no text scanner is trusted here.
namespace PgConsole {
// Reads at most `maxRows` rows (0: all). `cancel` may stop it from another thread.
Outcome run(const ConnectionTarget& target, const QString& statement, qint64 maxRows, int timeoutSeconds,
            ConsoleCancel& cancel, const ConsoleColumnSink& onColumns, const ConsoleRowSink& onRow);
} // namespace PgConsole

} // namespace steward
