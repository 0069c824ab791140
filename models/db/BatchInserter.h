#pragma once

#include "core/Outcome.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace steward {

class Database;

// Inserts many rows with multi-row INSERT statements and bound values: one round trip per
// batch instead of per row, which is what makes bulk loads into PostgreSQL fast.
class BatchInserter
{
public:
    BatchInserter(Database& database, QString sqlTable, QStringList columns, int rowsPerStatement = 100);

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
    qint64 m_written = 0;
};

} // namespace steward
