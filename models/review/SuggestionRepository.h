#pragma once

#include "models/core/Outcome.h"
#include "models/values/JsonValue.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/RollbackRequests.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace steward {

class Database;
class SchemaCatalog;

// The improvement cycle a suggestion came from.
struct CycleInfo
{
    QString cycleId;
    QString clientId;
    QString state;
    QVariant currentIteration;
    QVariant maxIterations;
    QVariant mapeBefore;
    QVariant mapeAfter;
    JsonCell configSnapshot;
    QString errorMessage;
};

// Everything the detail pane and `suggestions show` say about one suggestion.
struct SuggestionDetail
{
    QString suggestionId;
    QString cycleId;
    QString clientId;
    QString category;
    QString summary;
    QString reasoning;
    QString status;
    JsonCell parameterDiff;
    JsonCell beforeMetrics;
    JsonCell afterMetrics;
    std::optional<CycleInfo> cycle; // when the cycle table and row exist
    // When Steward first saw it (SuggestionArrivals): invalid when not yet, or without the table,
    // which `arrivalsRecorded` tells apart.
    QDateTime firstSeenAt;
    bool arrivalsRecorded = false;
    QDateTime asOf;                   // the moment the database speaks for (Database::asOf), which ages are measured to
    QList<AuditEntry> history;        // decisions on it, newest first (empty without Steward tables)
    QList<RollbackRequest> rollbacks; // requests to roll it back, newest first
    const RollbackRequest* openRollback() const; // the undecided one, if any
    // The JSON columns that are not valid JSON, by column name.
    QStringList invalidJsonColumns() const;
};

namespace SuggestionRepository {
// Not found (with the id in the message) for an unknown or malformed id.
Result<SuggestionDetail> find(Database& database, const SchemaCatalog& catalog, const QString& suggestionId,
                              bool withAppData);
// The values in use for status, client_id or category (an allow-list): including ones this
// build does not know, as a newer pipeline wrote them.
Result<QStringList> distinctValues(Database& database, const QString& column);
// Whether distinctValues reads `column` quickly: on a server, where an index leads with it
// (one probe per value); on SQLite, always (a file's scan is the reading thread's alone, where
// a server's parallel scan takes both cores from the window).
bool listsValuesQuickly(Database& database, const QString& column);
// The values Steward knows for the filter lists before asking the database.
QStringList knownStatuses();
QStringList knownCategories();
// Cycles for a client (all clients when empty), newest first, at most `limit`.
Result<QList<CycleInfo>> cycles(Database& database, const QString& clientId, int limit);
} // namespace SuggestionRepository

} // namespace steward
