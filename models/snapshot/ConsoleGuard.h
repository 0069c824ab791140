#pragma once

#include "models/core/Outcome.h"
#include "models/itemmodels/PagedQuery.h"
#include "models/snapshot/ConsoleSession.h"
#include "models/values/LogicalType.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

namespace steward {

class Database;

struct ConsoleSession::Guard
{
    QElapsedTimer statementClock; // SQLite: restarted as each statement starts
    qint64 limitMs = 0;
};

// The SQLite half of the console's guard, and the wrapping both backends share.
namespace ConsoleGuard {
// Installs an authorizer that allows reading only (secret columns read as NULL) and a progress
// handler that stops any statement after `timeoutSeconds`.
Outcome install(Database& database, ConsoleSession::Guard& guard, int timeoutSeconds);
// Compiles `body` (never runs it) and refuses it unless it is one read-only statement without
// parameters; returns its column names and types.
Result<QPair<QStringList, QList<LogicalType>>> describe(Database& database, const QString& body);
// The statement as a subquery with one plain alias per column, so that duplicate or odd column
// names page as well as any others.
PagedQuery wrap(const QString& body, const QStringList& names, const QList<LogicalType>& types,
                const SqlDialect& dialect);
} // namespace ConsoleGuard

} // namespace steward
