#pragma once

#include "models/core/Outcome.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>

namespace steward {

class Database;

// What Steward's daily rollups (PredictionDays, WmapeDays) share on SQLite: a mark table of
// (table_name, up_to) rows saying up to which rowid each source table is rolled up. A rollup
// serves only while every mark equals its table's largest rowid; rows appended since are added
// at the next read-write opening.
namespace RollupMarks {
// Whether `table` exists (a table or view).
Result<bool> exists(Database& database, const QString& table);
// Whether `table` is a plain table with rowids: a view, or a table without rowids, has no mark
// to catch up from.
Result<bool> hasRowids(Database& database, const QString& table);
// The largest rowid of `table`; 0 when it is empty.
Result<qint64> newest(Database& database, const QString& table);
// The mark held for `table` in `marks`; -1 when there is none.
Result<qint64> held(Database& database, const QString& marks, const QString& table);
// Whether `marks` exists and holds, for each of `tables`, that table's largest rowid: the rollup
// covers every row there is now.
Result<bool> covers(Database& database, const QString& marks, const QStringList& tables);
// Replaces every mark with `upTo`, as (table, rowid) pairs.
Outcome set(Database& database, const QString& marks, const QList<std::pair<QString, qint64>>& upTo);
// Drops and creates the rollup `table` (with `columns`, indexed on `indexed`) and its empty
// `marks`, inside the caller's transaction.
Outcome recreate(Database& database, const QString& table, const QString& columns, const QString& indexed,
                 const QString& marks);
// Runs `build` in a write transaction of its own, without a time budget.
Outcome buildInOwnTransaction(Database& database, const std::function<Outcome()>& build);
// Runs `add` (the rows past the marks) in a write transaction of its own; 0 without doing
// anything on a read-only opening or where `marks` does not exist (no rollup was built).
Result<qint64> catchUp(Database& database, const QString& marks, const std::function<Result<qint64>()>& add);
} // namespace RollupMarks

} // namespace steward
