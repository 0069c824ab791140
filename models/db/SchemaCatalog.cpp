#include "SchemaCatalog.h"

#include "models/db/Database.h"
#include "models/db/PipelineSchema.h"

#include <QCoreApplication>
#include <QSqlError>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCatalog)
};

void classify(TableInfo& table, Backend backend)
{
    const QString prefix = SqlDialect::appTablePrefix(backend);
    if (backend == Backend::Sqlite)
        table.isApp = table.bareName.startsWith(prefix);
    else
        table.isApp = table.schema == QLatin1String("steward");
    table.isPipeline = !table.isApp && table.schema.isEmpty() == (backend == Backend::Sqlite) &&
                       PipelineSchema::table(table.bareName) != nullptr && table.name == table.bareName;
    for (ColumnInfo& column : table.columns) {
        const auto known = table.isPipeline ? PipelineSchema::knownColumnType(table.bareName, column.name)
                                            : std::optional<LogicalType>();
        column.type = known ? *known : logicalTypeFromDeclared(column.declaredType);
        column.secret = isSecretColumn(table.bareName, column.name);
    }
}

Result<QList<TableInfo>> loadSqlite(Database& database)
{
    QList<TableInfo> tables;
    auto listResult =
        database.select(QStringLiteral("SELECT name, type FROM sqlite_master WHERE type IN ('table','view') "
                                       "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
                        Text::tr("listing tables"));
    if (!listResult)
        return listResult.failure();
    QSqlQuery list = listResult.take();
    while (list.next()) {
        TableInfo table;
        table.name = table.bareName = list.value(0).toString();
        table.isView = list.value(1).toString() == QLatin1String("view");
        tables << table;
    }
    for (TableInfo& table : tables) {
        // A table whose columns cannot be read (a virtual table without its module) is listed
        // without them.
        auto columns = database.select(QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?)"),
                                       {table.bareName}, Text::tr("listing tables"));
        while (columns && columns->next())
            table.columns << ColumnInfo{columns->value(0).toString(), columns->value(1).toString(), LogicalType::Text,
                                        false, columns->value(2).toInt() > 0};
        classify(table, Backend::Sqlite);
    }
    return tables;
}

Result<QList<TableInfo>> loadPostgres(Database& database)
{
    // pg_catalog rather than information_schema (whose views took 40 ms on a 200-column
    // database, at every opening): the same rows, the type named as information_schema
    // names it (a domain by its base type, arrays and user-defined types by their type name)
    // and only the columns the user may use.
    const QString sql = QStringLiteral(
        "SELECT n.nspname, c.relname, a.attname, "
        "       CASE WHEN (et.typelem <> 0 AND et.typlen = -1) OR etn.nspname <> 'pg_catalog' THEN et.typname "
        "            ELSE format_type(et.oid, NULL) END, "
        "       CASE WHEN c.relkind = 'v' THEN 'VIEW' ELSE 'BASE TABLE' END, "
        "       EXISTS (SELECT 1 FROM pg_catalog.pg_index i "
        "               WHERE i.indrelid = c.oid AND i.indisprimary AND a.attnum = ANY (i.indkey)), "
        "       current_schema() "
        "FROM pg_catalog.pg_attribute a "
        "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
        "JOIN pg_catalog.pg_type et ON et.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END "
        "JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'f') AND a.attnum > 0 AND NOT a.attisdropped "
        "  AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "  AND n.nspname NOT LIKE 'pg\\_%' ESCAPE '\\' "
        "  AND (pg_catalog.pg_has_role(c.relowner, 'USAGE') "
        "       OR pg_catalog.has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES')) "
        "ORDER BY n.nspname <> current_schema(), n.nspname, c.relname, a.attnum");
    auto selected = database.select(sql, Text::tr("listing tables"));
    if (!selected)
        return selected.failure();
    QSqlQuery q = selected.take();
    QList<TableInfo> tables;
    while (q.next()) {
        const QString schema = q.value(0).toString();
        const QString name = q.value(1).toString();
        if (tables.isEmpty() || tables.last().schema != schema || tables.last().bareName != name) {
            TableInfo table;
            table.schema = schema;
            table.bareName = name;
            table.name = schema == q.value(6).toString() ? name : schema + QLatin1Char('.') + name;
            table.isView = q.value(4).toString() == QLatin1String("VIEW");
            tables << table;
        }
        tables.last().columns << ColumnInfo{q.value(2).toString(), q.value(3).toString(), LogicalType::Text, false,
                                            q.value(5).toBool()};
    }
    for (TableInfo& table : tables)
        classify(table, Backend::Postgres);
    return tables;
}
} // namespace

QString TableInfo::sqlName() const
{
    if (schema.isEmpty())
        return SqlDialect::quoteIdentifier(bareName);
    return SqlDialect::quoteIdentifier(schema) + QLatin1Char('.') + SqlDialect::quoteIdentifier(bareName);
}

const ColumnInfo* TableInfo::column(const QString& columnName) const
{
    for (const ColumnInfo& c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

QString TableInfo::orderKey(const SqlDialect& dialect) const
{
    const ColumnInfo* primary = nullptr;
    int primaryCount = 0;
    for (const ColumnInfo& c : columns) {
        if (c.primaryKey) {
            primary = &c;
            ++primaryCount;
        }
    }
    if (primaryCount == 1)
        return SqlDialect::quoteIdentifier(primary->name);
    if (!isView)
        return dialect.implicitRowKey();
    return {};
}

Result<SchemaCatalog> SchemaCatalog::load(Database& database)
{
    auto loaded = database.isSqlite() ? loadSqlite(database) : loadPostgres(database);
    if (!loaded)
        return loaded.failure();
    SchemaCatalog catalog;
    catalog.m_tables = loaded.take();
    return catalog;
}

const TableInfo* SchemaCatalog::table(const QString& name) const
{
    for (const TableInfo& t : m_tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList SchemaCatalog::missingPipelineTables() const
{
    QStringList missing;
    for (const PipelineTable& known : PipelineSchema::tables()) {
        if (!hasTable(known.name))
            missing << known.name;
    }
    return missing;
}

QStringList SchemaCatalog::missingFor(const QStringList& required) const
{
    QStringList missing;
    for (const QString& name : required) {
        if (!hasTable(name))
            missing << name;
    }
    return missing;
}

Outcome unlistedTable(Database& database, const QString& name)
{
    if (database.isSqlite())
        return Outcome::ok();
    QSqlQuery q = database.query();
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    if (q.exec(QStringLiteral("SELECT 1 FROM \"%1\" WHERE false").arg(quoted)))
        return Outcome::ok();
    const Outcome failed = database.failure(q.lastError(), Text::tr("reading %1").arg(name));
    if (failed.code() == OutcomeCode::Forbidden)
        return Outcome::forbidden(
            Text::tr("%1 may not read the %2 table (the database login lacks the SELECT privilege)")
                .arg(database.actingUser(), name));
    // A table that is truly absent is the caller's to report; a lost connection is not.
    return failed.code() == OutcomeCode::CannotOpen ? failed : Outcome::ok();
}

Result<qint64> countRows(Database& database, const TableInfo& table)
{
    auto qResult = database.select(QStringLiteral("SELECT count(*) FROM %1").arg(table.sqlName()),
                                   Text::tr("counting rows of %1").arg(table.name));
    if (!qResult)
        return qResult.failure();
    QSqlQuery q = qResult.take();
    if (!q.next())
        return database.failure(q.lastError(), Text::tr("counting rows of %1").arg(table.name));
    return q.value(0).toLongLong();
}

} // namespace steward
