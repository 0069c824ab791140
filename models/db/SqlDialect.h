#pragma once

#include "models/db/ConnectionTarget.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariantList>

namespace steward {

// The few places where SQLite and PostgreSQL need different SQL. Everything that builds SQL
// asks here instead of branching on the backend itself. None of these take user text: user
// text is always bound. Column names and expressions come from code, never from users.
class SqlDialect
{
public:
    explicit SqlDialect(Backend backend) : m_backend(backend) {}

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }

    // Steward's own tables: schema "steward" on PostgreSQL, prefix "steward_" on SQLite.
    QString appTable(const QString& name) const;
    // The name a query reads one of the pipeline's tables by: the table itself, unless another
    // system's tables stand in for it through a temporary view (models/profiles/SourceTables).
    QString source(const QString& pipelineTable) const { return m_sources.value(pipelineTable, pipelineTable); }
    void setSources(QHash<QString, QString> sources) { m_sources = std::move(sources); }
    // `sql` with every pipeline table that a view stands in for named by its view.
    QString withSources(QString sql) const;
    static QString appTablePrefix(Backend backend);
    // The folder of the backend's SQL scripts under resources/sql ("sqlite", "postgres").
    QString scriptFolder() const;

    static QString quoteIdentifier(const QString& identifier);

    // A statement and the values to bind to its placeholders, in order.
    struct Statement
    {
        QString sql;
        QVariantList binds;
    };
    // Returns a row when a table `name` exists in the default schema.
    Statement tableExists(const QString& name) const;
    // Returns a row when Steward's own table `name` (as given to appTable()) exists.
    Statement appTableExists(const QString& name) const;

    // A uuid or JSON column as text (`::text` on PostgreSQL), so that both backends hand out
    // the same strings; SQLite stores them as text already.
    QString asText(const QString& expression) const;
    // One bound value (a single ?) compared with a uuid column.
    QString uuidParameter() const;
    // Whether `text` can be compared with a uuid column at all: PostgreSQL refuses text that
    // is not a uuid, while on SQLite any text may match. Text that cannot names nothing.
    bool canNameUuid(const QString& text) const;
    // Whether a JSON column can hold text that is not valid JSON (jsonb cannot).
    bool jsonColumnsHoldInvalidText() const;

    // A JSON member as a number (NULL when absent, not a number, or the JSON is invalid).
    // `key` must come from code or an allow-list, never from a user.
    QString jsonNumber(const QString& column, const QString& key) const;
    // The column as JSON text (jsonb::text on PostgreSQL).
    QString jsonAsText(const QString& column) const;
    // SELECT DISTINCT key FROM `from` for every member of the JSON object in `column` whose
    // value is a number; a caller may append " AND (condition)".
    QString jsonNumberKeys(const QString& from, const QString& column) const;
    // The distinct values of `column` of one of the pipeline's tables, in order, for a column
    // that an index of the pipeline's own table begins with. PostgreSQL has no skip scan: a
    // DISTINCT reads every row (94 ms for the clients of 120,000 versions), so there it asks the
    // index for the next value, once per value. A view standing in for the table, and SQLite
    // (which reads the index alone), get the plain DISTINCT.
    QString distinctIndexed(const QString& pipelineTable, const QString& column) const;
    // A numeric column as a floating-point value for ordering and arithmetic.
    QString asReal(const QString& expression) const;
    // A case-insensitive literal substring match against one bound parameter whose value was
    // produced by likePattern().
    QString containsMatch(const QString& expression, const QString& placeholder) const;
    // The bound value for containsMatch(): the text with %, _ and the escape character escaped.
    static QString likePattern(const QString& text);
    // The character with this code point, as an SQL expression.
    QString character(int code) const;
    // " COLLATE ...": ordering by bytes, the same on both backends.
    QString byteOrder() const;
    // " FOR UPDATE" where rows can be locked (PostgreSQL); SQLite's write transaction
    // already holds the whole file.
    QString forUpdate() const;
    // The implicit key that pages a table without a single-column primary key ("rowid" on
    // SQLite), or nothing where there is none.
    QString implicitRowKey() const;

    // Time (SqlDialectTime.cpp). SQLite keeps timestamps as text in whatever ISO form the
    // pipeline wrote, PostgreSQL as timestamptz.
    // A timestamp column as a value that compares and subtracts correctly: julianday() on
    // SQLite, the timestamptz itself on PostgreSQL.
    QString instant(const QString& column) const;
    // One bound timestamp (a single ?) in the same form as instant(); bind instantValue().
    QString boundInstant() const;
    static QString instantValue(const QDateTime& utc);
    // A fixed timestamp in the same form as instant(), written into the SQL itself: for an
    // ORDER BY, which takes no bound values. The text is made here from `utc`, never by a person.
    QString instantLiteral(const QDateTime& utc) const;
    // `to - from` in hours, as a real; NULL when either is NULL.
    QString hoursBetween(const QString& from, const QString& to) const;
    // `to - from` in whole seconds, as an integer; NULL when either is NULL.
    QString secondsBetween(const QString& from, const QString& to) const;
    // The UTC calendar day of a timestamp column, as YYYY-MM-DD text.
    QString utcDay(const QString& column) const;
    // A timestamp column plus a number of days given by `daysExpression` (NULL stays NULL): as
    // an instant for comparisons, or as a timestamp value to show.
    QString plusDaysInstant(const QString& column, const QString& daysExpression) const;
    QString plusDaysTimestamp(const QString& column, const QString& daysExpression) const;

    // How a column of `declaredType` is copied into a SQLite snapshot (SqlDialectExport.cpp):
    // the snapshot's declared type and the expression that reads it portably.
    struct PortableColumn
    {
        QString snapshotType;
        QString selectExpression;
    };
    PortableColumn portableColumn(const QString& name, const QString& declaredType) const;

private:
    Backend m_backend;
    QHash<QString, QString> m_sources;
};

} // namespace steward
