#pragma once

#include "models/core/Outcome.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <functional>

namespace steward {

class Database;

struct DemoOptions
{
    int scale = 1; // multiplies every row count; 4000 gives 1,000,000 suggestions
    quint32 seed = 20260306;
    QDate anchor;       // "today" in the data, whose "now" is 09:00 UTC that day; default: defaultAnchor()
    QString actingUser; // becomes admin; empty: the login name
    // Which seed system's database to write: empty or "pipeline" for the forecasting pipeline's,
    // "urutiiq", "within" or "krongthai" for theirs (SystemDemo).
    QString system;
    // Called between batches with a stage name and a fraction done; return false to cancel.
    std::function<bool(const QString& stage, double fraction)> progress;

    // The clock's date, or the day before until 09:00 UTC, so that the data is never ahead of
    // the clock.
    static QDate defaultAnchor();
};

using RowCounts = QMap<QString, qint64>;

// Writes a realistic pipeline database: every pipeline table, at least three clients, model
// versions with improving metrics, failed and completed training jobs, walk-forward folds,
// improvement cycles in every state, suggestions in every status and category (a few from a
// "newer pipeline" with unknown values, and a few with invalid JSON on SQLite), forecasts with
// P10/P90, governance policies and violations, and an LLM provider whose api_key is a secret.
namespace DemoGenerator {
constexpr int kSuggestionsPerScale = 250;

// Writes a new SQLite file atomically: nothing is left at `path` if it fails or is cancelled.
Result<RowCounts> writeSqliteFile(const QString& path, const DemoOptions& options);
// Fills an empty database (SQLite or PostgreSQL) that has no pipeline tables yet.
Result<RowCounts> writeInto(Database& database, const DemoOptions& options);
} // namespace DemoGenerator

} // namespace steward
