#include "BatchInserter.h"

#include "models/db/Database.h"
#include "models/db/SqliteRowWriter.h"

#include <QCoreApplication>

namespace steward {

BatchInserter::BatchInserter(Database& database, QString table, QStringList columns, int rowsPerStatement)
    : m_database(database), m_table(std::move(table)), m_columns(std::move(columns)),
      m_rowsPerStatement(qMax(1, rowsPerStatement))
{
    if (m_database.isSqlite())
        m_sqlite = std::make_unique<SqliteRowWriter>(m_database, m_table, m_columns);
    else
        m_pending.reserve(m_columns.size() * m_rowsPerStatement);
}

BatchInserter::~BatchInserter() = default;

QString BatchInserter::statementFor(int rows) const
{
    QString tuple = QStringLiteral("(?");
    for (int i = 1; i < m_columns.size(); ++i)
        tuple += QStringLiteral(",?");
    tuple += QLatin1Char(')');
    QStringList quoted;
    for (const QString& column : m_columns)
        quoted << SqlDialect::quoteIdentifier(column);
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                      .arg(SqlDialect::quoteIdentifier(m_table), quoted.join(QLatin1Char(',')));
    sql.reserve(sql.size() + rows * (tuple.size() + 1));
    for (int i = 0; i < rows; ++i) {
        if (i)
            sql += QLatin1Char(',');
        sql += tuple;
    }
    return sql;
}

Outcome BatchInserter::add(const QVariantList& row)
{
    Q_ASSERT(row.size() == m_columns.size());
    if (m_sqlite) {
        const Outcome added = m_sqlite->add(row);
        if (added)
            ++m_written;
        return added;
    }
    m_pending += row;
    if (m_pending.size() >= m_columns.size() * m_rowsPerStatement)
        return flush();
    return Outcome::ok();
}

Outcome BatchInserter::flush()
{
    if (m_pending.isEmpty())
        return Outcome::ok();
    const int rows = static_cast<int>(m_pending.size() / m_columns.size());
    const QString context = QCoreApplication::translate("BatchInserter", "inserting into %1").arg(m_table);
    QSqlQuery partial = m_database.query();
    QSqlQuery* query = &partial;
    if (rows == m_rowsPerStatement) {
        if (!m_fullBatch) {
            m_fullBatch.emplace(m_database.query());
            if (Outcome prepared = m_database.prepare(*m_fullBatch, statementFor(rows)); !prepared) {
                m_fullBatch.reset();
                return prepared;
            }
        }
        query = &*m_fullBatch;
    } else if (Outcome prepared = m_database.prepare(partial, statementFor(rows)); !prepared) {
        return prepared;
    }
    for (int i = 0; i < m_pending.size(); ++i)
        query->bindValue(i, m_pending.at(i));
    const Outcome ran = m_database.run(*query, context);
    m_pending.clear();
    if (ran)
        m_written += rows;
    return ran;
}

} // namespace steward
