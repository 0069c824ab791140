#pragma once

#include "models/core/Outcome.h"
#include "models/values/LogicalType.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

class Database;
class SqlDialect;

struct ColumnInfo
{
    QString name;
    QString declaredType;
    LogicalType type = LogicalType::Text;
    bool secret = false;
    bool primaryKey = false;
};

struct TableInfo
{
    QString schema;   // PostgreSQL schema; empty on SQLite
    QString name;     // as shown: "llm_suggestions", or "other_schema.table" outside the default schema
    QString bareName; // the table's own name without schema
    bool isView = false;
    bool isPipeline = false;
    bool isApp = false;
    QList<ColumnInfo> columns;

    // Quoted, schema-qualified name for SQL.
    QString sqlName() const;
    const ColumnInfo* column(const QString& columnName) const;
    bool hasColumn(const QString& columnName) const { return column(columnName) != nullptr; }
    // A column (or rowid) that orders rows stably and uniquely, for paging.
    QString orderKey(const SqlDialect& dialect) const;
};

// Which tables and columns a database has. Extra tables and columns are normal; missing
// pipeline tables only disable the views that need them.
class SchemaCatalog
{
public:
    static Result<SchemaCatalog> load(Database& database);

    const QList<TableInfo>& tables() const { return m_tables; }
    const TableInfo* table(const QString& name) const;
    bool hasTable(const QString& name) const { return table(name) != nullptr; }
    QStringList missingPipelineTables() const;
    // Tables a view needs that are missing: empty when the view can be shown.
    QStringList missingFor(const QStringList& required) const;

private:
    QList<TableInfo> m_tables;
};

// Why the catalog does not list a table: on PostgreSQL it lists only what the login may read,
// so a table closed to the login looks missing. Forbidden then; ok when it is truly absent.
Outcome unlistedTable(Database& database, const QString& name);

// Row count of one table, exact.
Result<qint64> countRows(Database& database, const TableInfo& table);

} // namespace steward
