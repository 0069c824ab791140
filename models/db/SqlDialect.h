#pragma once

#include "models/db/ConnectionTarget.h"

#include <QString>

namespace steward {

// The few places where SQLite and PostgreSQL need different SQL. Everything that builds SQL
// asks here instead of branching on the backend itself. None of these take user text: user
// text is always bound.
class SqlDialect
{
public:
    explicit SqlDialect(Backend backend) : m_backend(backend) {}

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }

    // Steward's own tables: schema "steward" on PostgreSQL, prefix "steward_" on SQLite.
    QString appTable(const QString& name) const;
    static QString appTablePrefix(Backend backend);

    static QString quoteIdentifier(const QString& identifier);

    // A JSON member as a number (NULL when absent, not a number, or the JSON is invalid).
    // `key` must come from code or an allow-list, never from a user.
    QString jsonNumber(const QString& column, const QString& key) const;
    // The column as JSON text (jsonb::text on PostgreSQL).
    QString jsonAsText(const QString& column) const;
    // A numeric column as a floating-point value for ordering and arithmetic.
    QString asReal(const QString& expression) const;
    // A case-insensitive literal substring match against one bound parameter whose value was
    // produced by likePattern().
    QString containsMatch(const QString& expression, const QString& placeholder) const;
    // The bound value for containsMatch(): the text with %, _ and the escape character escaped.
    static QString likePattern(const QString& text);

private:
    Backend m_backend;
};

} // namespace steward
