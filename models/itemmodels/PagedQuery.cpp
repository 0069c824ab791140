#include "PagedQuery.h"

#include "models/db/SchemaCatalog.h"
#include "models/db/SqlDialect.h"

#include <QCoreApplication>

namespace steward {

QString secretPlaceholder()
{
    return QCoreApplication::translate("PagedQuery", "(hidden)");
}

int PagedQuery::columnIndex(const QString& name) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == name)
            return i;
    }
    return -1;
}

QString PagedQuery::selectList() const
{
    QStringList parts;
    parts.reserve(columns.size() + 1);
    for (const Column& column : columns) {
        if (column.secret) {
            // Only whether a secret is set is fetched, never the secret.
            parts << QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE 1 END").arg(column.expression);
        } else {
            parts << column.expression;
        }
    }
    parts << key;
    return parts.join(QStringLiteral(", "));
}

QString PagedQuery::selectStatement() const
{
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(selectList(), from);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    return sql;
}

PagedQuery PagedQuery::forTable(const TableInfo& table, const SqlDialect& dialect)
{
    PagedQuery query;
    for (const ColumnInfo& column : table.columns) {
        QString expression = SqlDialect::quoteIdentifier(column.name);
        if (column.type == LogicalType::Json || column.type == LogicalType::Uuid)
            expression = dialect.asText(expression);
        query.columns << Column{column.name, expression, column.type, column.secret};
    }
    query.from = table.sqlName();
    const QString key = table.orderKey(dialect);
    if (!key.isEmpty()) {
        query.key = key;
        query.orderBy = key;
        query.orderedByKey = true;
    } else {
        // No unique key (a view, or a PostgreSQL table without a primary key): page by
        // position in the table's natural order.
        query.key = dialect.asText(QStringLiteral("NULL"));
        query.orderBy = QString();
    }
    return query;
}

} // namespace steward
