#include "RollupMarks.h"

#include "models/db/Database.h"
#include "models/db/UnlimitedTime.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RollupMarks)
};

Result<qint64> number(Database& database, const QString& sql, const QVariantList& binds = {})
{
    auto query = database.select(sql, binds, Text::tr("reading a daily rollup"));
    if (!query)
        return query.failure();
    return query->next() ? query->value(0).toLongLong() : 0;
}
} // namespace

Result<bool> RollupMarks::exists(Database& database, const QString& table)
{
    return database.hasRow(database.dialect().tableExists(table), Text::tr("reading a daily rollup"));
}

Result<bool> RollupMarks::hasRowids(Database& database, const QString& table)
{
    return database.hasRow({QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? AND "
                                           "sql NOT LIKE '%WITHOUT ROWID%'"),
                            {table}},
                           Text::tr("reading a daily rollup"));
}

Result<qint64> RollupMarks::newest(Database& database, const QString& table)
{
    return number(database,
                  QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM %1").arg(SqlDialect::quoteIdentifier(table)));
}

Result<qint64> RollupMarks::held(Database& database, const QString& marks, const QString& table)
{
    return number(database, QStringLiteral("SELECT COALESCE(MAX(up_to), -1) FROM %1 WHERE table_name = ?").arg(marks),
                  {table});
}

Result<bool> RollupMarks::covers(Database& database, const QString& marks, const QStringList& tables)
{
    auto present = exists(database, marks);
    if (!present || !*present)
        return present;
    for (const QString& table : tables) {
        auto mark = held(database, marks, table);
        if (!mark)
            return mark.failure();
        auto last = newest(database, table);
        if (!last)
            return last.failure();
        if (*mark != *last)
            return false;
    }
    return true;
}

Outcome RollupMarks::set(Database& database, const QString& marks, const QList<std::pair<QString, qint64>>& upTo)
{
    if (Outcome cleared = database.exec(QStringLiteral("DELETE FROM %1").arg(marks)); !cleared)
        return cleared;
    for (const auto& [table, rowid] : upTo) {
        QSqlQuery mark = database.query();
        if (Outcome prepared =
                database.prepare(mark, QStringLiteral("INSERT INTO %1 (table_name, up_to) VALUES (?, ?)").arg(marks));
            !prepared)
            return prepared;
        mark.addBindValue(table);
        mark.addBindValue(rowid);
        if (Outcome ran = database.run(mark, Text::tr("recording how far a daily rollup goes")); !ran)
            return ran;
    }
    return Outcome::ok();
}

Outcome RollupMarks::recreate(Database& database, const QString& table, const QString& columns, const QString& indexed,
                              const QString& marks)
{
    const QStringList statements{QStringLiteral("DROP TABLE IF EXISTS %1").arg(table),
                                 QStringLiteral("DROP TABLE IF EXISTS %1").arg(marks),
                                 QStringLiteral("CREATE TABLE %1 (%2)").arg(table, columns),
                                 QStringLiteral("CREATE INDEX %1_key ON %1 (%2)").arg(table, indexed),
                                 QStringLiteral("CREATE TABLE %1 (table_name TEXT, up_to INTEGER)").arg(marks)};
    for (const QString& statement : statements) {
        if (Outcome done = database.exec(statement); !done)
            return done;
    }
    return Outcome::ok();
}

Outcome RollupMarks::buildInOwnTransaction(Database& database, const std::function<Outcome()>& build)
{
    const UnlimitedTime unlimited(database);
    WriteTransaction transaction(database);
    if (Outcome begun = transaction.begin(); !begun)
        return begun;
    if (Outcome built = build(); !built)
        return built;
    return transaction.commit();
}

Result<qint64> RollupMarks::catchUp(Database& database, const QString& marks,
                                    const std::function<Result<qint64>()>& add)
{
    if (database.isReadOnly())
        return 0;
    auto present = exists(database, marks);
    if (!present || !*present)
        return present ? Result<qint64>(0) : Result<qint64>(present.failure());
    const UnlimitedTime unlimited(database);
    WriteTransaction transaction(database);
    if (Outcome begun = transaction.begin(); !begun)
        return begun;
    auto added = add();
    if (!added)
        return added.failure();
    if (Outcome committed = transaction.commit(); !committed)
        return committed;
    return added;
}

} // namespace steward
