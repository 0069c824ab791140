#pragma once

#include "models/core/Outcome.h"

#include <QStringList>
#include <QVariantList>

struct sqlite3_stmt;

namespace steward {

class Database;

// Inserts rows into one table of a SQLite database through a single prepared statement bound
// value by value, as each value's type says (NULL, integer, real, text, blob). Used to fill a
// snapshot: binding through the driver costs several times more per value at a million rows.
class SqliteRowWriter
{
public:
    SqliteRowWriter(Database& database, const QString& table, const QStringList& columns);
    ~SqliteRowWriter();
    SqliteRowWriter(const SqliteRowWriter&) = delete;
    SqliteRowWriter& operator=(const SqliteRowWriter&) = delete;

    // Whether the statement could be prepared; otherwise add() says why.
    const Outcome& status() const { return m_status; }
    Outcome add(const QVariantList& row);

private:
    Outcome failure(const QString& what) const;

    Database& m_database;
    QString m_table;
    sqlite3_stmt* m_statement = nullptr;
    int m_width = 0;
    Outcome m_status;
};

} // namespace steward
