#include "SuggestionSortIndex.h"

#include "models/db/Database.h"
#include "models/review/MetricRules.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionSortIndex)
};

QString deltaExpression(const SqlDialect& dialect, const QString& key)
{
    return QStringLiteral("(%1 - %2)")
        .arg(dialect.jsonNumber(QStringLiteral("after_metrics"), key),
             dialect.jsonNumber(QStringLiteral("before_metrics"), key));
}

Result<qint64> newestId(Database& database, const QString& sql)
{
    auto selected = database.select(sql, Text::tr("reading the sort index"));
    if (!selected)
        return selected.failure();
    return selected->next() ? selected->value(0).toLongLong() : 0;
}

Result<qint64> copyFrom(Database& database, qint64 afterId)
{
    QStringList columns;
    QStringList values;
    for (const MetricRule& rule : MetricRules::all()) {
        columns << MetricRules::deltaColumn(rule.key);
        values << deltaExpression(database.dialect(), rule.key);
    }
    QSqlQuery insert = database.query();
    if (Outcome prepared =
            database.prepare(insert, QStringLiteral("INSERT INTO %1 (id, %2) SELECT id, %3 FROM "
                                                    "llm_suggestions WHERE id > ?")
                                         .arg(SuggestionSortIndex::table(database.dialect()),
                                              columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", "))));
        !prepared)
        return prepared;
    insert.addBindValue(afterId);
    if (Outcome ran = database.run(insert, Text::tr("indexing new rows of %1").arg(QStringLiteral("llm_suggestions")));
        !ran)
        return ran;
    return insert.numRowsAffected();
}
} // namespace

QString SuggestionSortIndex::table(const SqlDialect& dialect)
{
    return dialect.appTable(QStringLiteral("search_order"));
}

Outcome SuggestionSortIndex::build(Database& database)
{
    const QString name = table(database.dialect());
    QStringList statements{QStringLiteral("DROP TABLE IF EXISTS %1").arg(name)};
    QStringList columns{QStringLiteral("id INTEGER PRIMARY KEY")};
    for (const MetricRule& rule : MetricRules::all()) {
        const QString column = MetricRules::deltaColumn(rule.key);
        columns << column + QStringLiteral(" REAL");
        // Descending, read backwards: missing values (lowest) come last. Ascending: the
        // missing-value flag first keeps them last too.
        statements << QStringLiteral("CREATE INDEX %1_%2 ON %1 (%2, id)").arg(name, column)
                   << QStringLiteral("CREATE INDEX %1_%2_missing ON %1 ((%2 IS NULL), %2, id)").arg(name, column);
    }
    statements.insert(1, QStringLiteral("CREATE TABLE %1 (%2)").arg(name, columns.join(QStringLiteral(", "))));
    for (const QString& statement : std::as_const(statements)) {
        if (Outcome done = database.exec(statement); !done)
            return done;
    }
    auto copied = copyFrom(database, 0);
    return copied ? Outcome::ok() : copied.failure();
}

Result<qint64> SuggestionSortIndex::catchUp(Database& database)
{
    const QString name = table(database.dialect());
    auto exists = database.hasRow(database.dialect().tableExists(name), Text::tr("reading the sort index"));
    if (!exists || !*exists)
        return exists ? Result<qint64>(0) : Result<qint64>(exists.failure());
    auto held = newestId(database, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(name));
    if (!held)
        return held.failure();
    return copyFrom(database, *held);
}

bool SuggestionSortIndex::isComplete(Database& database)
{
    if (!database.isSqlite())
        return false;
    const QString name = table(database.dialect());
    auto exists = database.hasRow(database.dialect().tableExists(name), Text::tr("reading the sort index"));
    if (!exists || !*exists)
        return false;
    auto held = newestId(database, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(name));
    auto newest = newestId(database, QStringLiteral("SELECT coalesce(max(id), 0) FROM llm_suggestions"));
    return held && newest && *held >= *newest;
}

QList<std::pair<QString, QString>> SuggestionSortIndex::serverIndexes(const SqlDialect& dialect)
{
    QList<std::pair<QString, QString>> indexes;
    for (const MetricRule& rule : MetricRules::all()) {
        const QString column = MetricRules::deltaColumn(rule.key);
        const QString delta = deltaExpression(dialect, rule.key);
        for (const bool descending : {false, true}) {
            const QString name = QStringLiteral("steward_suggestions_%1_%2").arg(column, descending ? "desc" : "asc");
            indexes << std::pair{name, QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON llm_suggestions (%2 %3 NULLS "
                                                      "LAST, id %3)")
                                           .arg(name, delta, descending ? "DESC" : "ASC")};
        }
    }
    return indexes;
}

QString SuggestionSortIndex::orderBy(const QString& deltaColumn, bool descending)
{
    if (descending)
        return QStringLiteral("o.%1 DESC, o.id DESC").arg(deltaColumn);
    return QStringLiteral("(o.%1 IS NULL), o.%1, o.id").arg(deltaColumn);
}

} // namespace steward
