#include "SnapshotColumns.h"

#include "models/db/SchemaCatalog.h"
#include "models/db/SqlDialect.h"

namespace steward {

QList<ExportColumn> exportColumns(const TableInfo& table, const SqlDialect& source)
{
    QList<ExportColumn> columns;
    for (const ColumnInfo& info : table.columns) {
        const SqlDialect::PortableColumn portable = source.portableColumn(info.name, info.declaredType);
        ExportColumn column{info.name, portable.snapshotType, portable.selectExpression, false, info.primaryKey};
        if (info.secret) {
            column.redacted = true;
            column.selectExpression = QStringLiteral("NULL");
        }
        columns << column;
    }
    return columns;
}

QString snapshotTableName(const TableInfo& table)
{
    // Only PostgreSQL keeps Steward's tables in a schema of their own.
    if (table.isApp && !table.schema.isEmpty())
        return SqlDialect::appTablePrefix(Backend::Sqlite) + table.bareName;
    return table.bareName;
}

QString snapshotTableDefinition(const QString& name, const QList<ExportColumn>& columns)
{
    QStringList parts;
    QStringList keys;
    for (const ExportColumn& column : columns) {
        QString part = SqlDialect::quoteIdentifier(column.name);
        if (!column.snapshotType.isEmpty())
            part += QLatin1Char(' ') + column.snapshotType;
        parts << part;
        if (column.primaryKey)
            keys << SqlDialect::quoteIdentifier(column.name);
    }
    if (!keys.isEmpty())
        parts << QStringLiteral("PRIMARY KEY (%1)").arg(keys.join(QStringLiteral(", ")));
    return QStringLiteral("CREATE TABLE %1 (%2)")
        .arg(SqlDialect::quoteIdentifier(name), parts.join(QStringLiteral(", ")));
}

} // namespace steward
