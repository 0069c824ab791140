#pragma once

#include "models/core/Outcome.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <memory>
#include <optional>

namespace steward {

class Database;
class SqliteRowWriter;

// Inserts many rows the fast way for the backend: on PostgreSQL multi-row INSERT statements
// with bound values (one round trip per batch instead of per row); on SQLite one prepared
// statement bound through SQLite itself (binding through the driver costs more than the insert).
class BatchInserter
{
public:
    BatchInserter(Database& database, QString table, QStringList columns, int rowsPerStatement = 100);
    ~BatchInserter();

    // Queues a row (one value per column); flushes when a batch is full.
    Outcome add(const QVariantList& row);
    Outcome flush();
    qint64 rowsWritten() const { return m_written; }

private:
    QString statementFor(int rows) const;

    Database& m_database;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_pending;
    std::optional<QSqlQuery> m_fullBatch;
    std::unique_ptr<SqliteRowWriter> m_sqlite;
    qint64 m_written = 0;
};

} // namespace steward
