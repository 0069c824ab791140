#include "SearchIndex.h"

#include "models/db/Database.h"
#include "models/db/SqlDialect.h"
#include "models/db/UnlimitedTime.h"
#include "models/review/SuggestionSortIndex.h"

#include <QCoreApplication>
#include <algorithm>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
};

struct Target
{
    QString table;
    QStringList columns;
    QString ftsName; // as given to appTable()
};

const QList<Target>& targets()
{
    static const QList<Target> list{
        {QStringLiteral("llm_suggestions"),
         {QStringLiteral("summary"), QStringLiteral("reasoning")},
         QStringLiteral("search_suggestions")},
        {QStringLiteral("governance_violations"), {QStringLiteral("description")}, QStringLiteral("search_violations")},
    };
    return list;
}

const Target* targetOf(const QString& table)
{
    for (const Target& target : targets()) {
        if (target.table == table)
            return &target;
    }
    return nullptr;
}

QString stateTable(const SqlDialect& dialect)
{
    return dialect.appTable(QStringLiteral("search_state"));
}

// The B-tree indexes for the queue filtered by client or category (PostgreSQL): the filter,
// then the queue order (status, id), so that the first page is read in order.
const QStringList& postgresFilterIndexes()
{
    static const QStringList statements{
        QStringLiteral("CREATE INDEX IF NOT EXISTS steward_suggestions_category ON llm_suggestions "
                       "(category, status, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS steward_suggestions_client ON llm_suggestions "
                       "(client_id, status, id)"),
        // The queue sorted by client (ORDER BY client_id, id either way).
        QStringLiteral("CREATE INDEX IF NOT EXISTS steward_suggestions_client_order ON llm_suggestions "
                       "(client_id, id)"),
    };
    return statements;
}

QString trigramIndexName(const Target& target, const QString& column)
{
    return QStringLiteral("steward_search_%1_%2").arg(target.table, column);
}

QString markedIndexName(const QString& table, const QString& column)
{
    return QStringLiteral("steward_search_%1_%2_marks").arg(table, column);
}

// ASCII's punctuation, and the letter each is read as in the marked text: the marks searched
// for most (_ % . - ' ") get letters that seldom follow digits or end words.
const QString kMarks = QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
const QString kMarkLetters = QStringLiteral("nwhwqmvbgsucjxkyltdorpafejzviqzx");

// A string literal for `text`, its question marks written as chr(63): the statement's text then
// holds no "?" but its placeholders. The server folds it into the same constant, in the index's
// expression and in the query's alike.
QString sqlText(const QString& text)
{
    QStringList parts;
    for (QString part : text.split(QLatin1Char('?')))
        parts << QLatin1Char('\'') + part.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    return QLatin1Char('(') + parts.join(QStringLiteral(" || chr(63) || ")) + QLatin1Char(')');
}

// Whether the index `name` exists in the session's schema on the server.
Result<bool> hasServerIndex(Database& database, const QString& name, const QString& pipelineTable)
{
    return database.hasRow({QStringLiteral("SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() "
                                           "AND indexname = ?"),
                            {name}},
                           Text::tr("looking for the search index of %1").arg(pipelineTable));
}

Result<bool> tableExists(Database& database, const QString& table)
{
    return database.hasRow(database.dialect().tableExists(table), Text::tr("looking for %1").arg(table));
}

// The searched tables this database has.
Result<QList<Target>> presentTargets(Database& database)
{
    QList<Target> present;
    for (const Target& target : targets()) {
        auto exists = tableExists(database, target.table);
        if (!exists)
            return exists.failure();
        if (*exists)
            present << target;
    }
    return present;
}

Result<qint64> maxId(Database& database, const QString& table)
{
    auto selected = database.select(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table),
                                    Text::tr("reading the newest row of %1").arg(table));
    if (!selected)
        return selected.failure();
    QSqlQuery q = selected.take();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Outcome recordIndexedUpTo(Database& database, const QString& table, qint64 upTo)
{
    QSqlQuery q = database.query();
    if (Outcome prepared =
            database.prepare(q, QStringLiteral("INSERT OR REPLACE INTO %1 (table_name, indexed_up_to) VALUES (?, ?)")
                                    .arg(stateTable(database.dialect())));
        !prepared)
        return prepared;
    q.addBindValue(table);
    q.addBindValue(upTo);
    return database.run(q, Text::tr("recording the search index of %1").arg(table));
}

Result<QStringList> buildSqlite(Database& database)
{
    const SqlDialect& dialect = database.dialect();
    QStringList created;
    if (Outcome state = database.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (table_name TEXT PRIMARY KEY, "
                                                     "indexed_up_to INTEGER NOT NULL)")
                                          .arg(stateTable(dialect)));
        !state)
        return state;
    auto present = presentTargets(database);
    if (!present)
        return present.failure();
    for (const Target& target : *present) {
        const QString fts = dialect.appTable(target.ftsName);
        // External content: the index holds trigrams only; the text stays in the pipeline's table.
        if (Outcome made = database.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING fts5(%2, "
                                                        "content='%3', content_rowid='id', tokenize='trigram')")
                                             .arg(fts, target.columns.join(QStringLiteral(", ")), target.table));
            !made)
            return made;
        auto upTo = maxId(database, target.table);
        if (!upTo)
            return upTo.failure();
        // Rebuilt from scratch: also what repairs an index after the pipeline rewrote or
        // deleted rows in place.
        if (Outcome rebuilt = database.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(fts)); !rebuilt)
            return rebuilt;
        if (Outcome recorded = recordIndexedUpTo(database, target.table, *upTo); !recorded)
            return recorded;
        created << fts;
        if (target.table == QLatin1String("llm_suggestions")) {
            if (Outcome sorted = SuggestionSortIndex::build(database); !sorted)
                return sorted;
            created << SuggestionSortIndex::table(dialect);
        }
    }
    return created;
}

Result<QStringList> createSqlite(Database& database)
{
    const UnlimitedTime unlimited(database);
    WriteTransaction transaction(database);
    if (Outcome begun = transaction.begin(); !begun)
        return begun;
    auto created = buildSqlite(database);
    if (!created)
        return created;
    if (Outcome committed = transaction.commit(); !committed)
        return committed;
    return created;
}

Result<QStringList> createPostgres(Database& database)
{
    // pg_trgm is a trusted extension: whoever may CREATE in the database (its owner, usually)
    // may install it. Creating an index needs ownership of the table.
    if (Outcome extension = database.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")); !extension)
        return Outcome(extension.code(), Text::tr("creating the pg_trgm extension needs the CREATE privilege on "
                                                  "the database (its owner has it): %1")
                                             .arg(extension.message()));
    QStringList created;
    auto present = presentTargets(database);
    if (!present)
        return present.failure();
    for (const Target& target : *present) {
        for (const QString& column : target.columns) {
            const QString name = trigramIndexName(target, column);
            if (Outcome made = database.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 USING gin (%3 "
                                                            "gin_trgm_ops)")
                                                 .arg(name, target.table, column));
                !made)
                return made;
            created << name;
            const QString marked = markedIndexName(target.table, column);
            if (Outcome made = database.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 USING gin ((%3) "
                                                            "gin_trgm_ops)")
                                                 .arg(marked, target.table, SearchIndex::markedText(column)));
                !made)
                return made;
            created << marked;
        }
        if (target.table == QLatin1String("llm_suggestions")) {
            for (const QString& statement : postgresFilterIndexes()) {
                if (Outcome made = database.exec(statement); !made)
                    return made;
                created << statement.section(QLatin1Char(' '), 5, 5);
            }
            for (const auto& [name, statement] : SuggestionSortIndex::serverIndexes(database.dialect())) {
                if (Outcome made = database.exec(statement); !made)
                    return made;
                created << name;
            }
        }
    }
    if (Outcome analysed = database.exec(QStringLiteral("ANALYZE llm_suggestions")); !analysed && !created.isEmpty())
        return analysed;
    return created;
}
} // namespace

QString SearchIndex::ftsTable(const SqlDialect& dialect, const QString& pipelineTable)
{
    const Target* target = targetOf(pipelineTable);
    return target ? dialect.appTable(target->ftsName) : QString();
}

Result<QStringList> SearchIndex::create(Database& database)
{
    if (Outcome writable = database.requireWritable(Text::tr("creating search indexes")); !writable)
        return writable;
    if (database.isSqlite())
        return createSqlite(database);
    const UnlimitedTime unlimited(database);
    return createPostgres(database);
}

Result<QStringList> SearchIndex::createInTransaction(Database& database)
{
    if (!database.isSqlite())
        return Outcome::usage(Text::tr("the search index is built inside a transaction on SQLite only"));
    return buildSqlite(database);
}

bool SearchIndex::isIndexTable(const QString& name)
{
    return name.startsWith(SqlDialect::appTablePrefix(Backend::Sqlite) + QStringLiteral("search_"));
}

Result<bool> SearchIndex::isPresent(Database& database, const QString& pipelineTable)
{
    const Target* target = targetOf(pipelineTable);
    if (!target)
        return false;
    if (database.isSqlite())
        return tableExists(database, ftsTable(database.dialect(), pipelineTable));
    return hasServerIndex(database, trigramIndexName(*target, target->columns.first()), pipelineTable);
}

QString SearchIndex::markedText(const QString& column)
{
    return QStringLiteral("translate(%1, %2, %3)").arg(column, sqlText(kMarks), sqlText(kMarkLetters));
}

bool SearchIndex::marksHelp(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return kMarks.contains(c); }) && text.size() >= 3;
}

QString SearchIndex::markedPattern(const QString& text)
{
    QString marked = text;
    for (QChar& c : marked) {
        if (const qsizetype at = kMarks.indexOf(c); at >= 0)
            c = kMarkLetters.at(at);
    }
    // Letters, digits and other characters only: nothing LIKE would read as a wildcard.
    return QLatin1Char('%') + marked + QLatin1Char('%');
}

Result<bool> SearchIndex::hasMarkedIndex(Database& database, const QString& pipelineTable)
{
    const Target* target = targetOf(pipelineTable);
    if (!target || database.isSqlite())
        return false;
    return hasServerIndex(database, markedIndexName(target->table, target->columns.first()), pipelineTable);
}

Result<qint64> SearchIndex::catchUp(Database& database)
{
    if (!database.isSqlite() || database.isReadOnly())
        return 0;
    auto hasState = tableExists(database, stateTable(database.dialect()));
    if (!hasState || !*hasState)
        return hasState ? Result<qint64>(0) : Result<qint64>(hasState.failure());
    qint64 added = 0;
    const UnlimitedTime unlimited(database);
    WriteTransaction transaction(database);
    if (Outcome begun = transaction.begin(); !begun)
        return begun;
    for (const Target& target : targets()) {
        const QString fts = ftsTable(database.dialect(), target.table);
        auto present = tableExists(database, fts);
        if (!present)
            return present.failure();
        if (!*present)
            continue;
        auto state = database.select(
            QStringLiteral("SELECT indexed_up_to FROM %1 WHERE table_name = ?").arg(stateTable(database.dialect())),
            {target.table}, Text::tr("reading the search index of %1").arg(target.table));
        if (!state)
            return state.failure();
        const qint64 from = state->next() ? state->value(0).toLongLong() : 0;
        auto upTo = maxId(database, target.table);
        if (!upTo)
            return upTo.failure();
        if (*upTo <= from)
            continue;
        const QString columns = target.columns.join(QStringLiteral(", "));
        QSqlQuery insert = database.query();
        if (Outcome prepared =
                database.prepare(insert, QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3 "
                                                        "WHERE id > ? AND id <= ?")
                                             .arg(fts, columns, target.table));
            !prepared)
            return prepared;
        insert.addBindValue(from);
        insert.addBindValue(*upTo);
        if (Outcome ran = database.run(insert, Text::tr("indexing new rows of %1").arg(target.table)); !ran)
            return ran;
        added += insert.numRowsAffected();
        if (Outcome recorded = recordIndexedUpTo(database, target.table, *upTo); !recorded)
            return recorded;
    }
    auto sorted = SuggestionSortIndex::catchUp(database);
    if (!sorted)
        return sorted.failure();
    if (Outcome committed = transaction.commit(); !committed)
        return committed;
    return added;
}

bool SearchIndex::canSearch(const QString& text)
{
    return text.toUcs4().size() >= 3;
}

bool SearchIndex::fewCandidates(Database& database, const QString& pipelineTable, const QString& text, int limit)
{
    if (!database.isSqlite() || !canSearch(text))
        return false;
    const Result<bool> present = isPresent(database, pipelineTable);
    if (!present || !*present)
        return false;
    const QString fts = ftsTable(database.dialect(), pipelineTable);
    auto counted = database.select(
        QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT %2)").arg(fts).arg(limit + 1),
        {phrase(text)}, Text::tr("searching %1").arg(pipelineTable));
    return counted && counted->next() && counted->value(0).toLongLong() <= limit;
}

QString SearchIndex::candidates(const SqlDialect& dialect, const QString& pipelineTable, const QString& keyExpression)
{
    const QString fts = ftsTable(dialect, pipelineTable);
    return QStringLiteral("(%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?) OR %1 > "
                          "(SELECT indexed_up_to FROM %3 WHERE table_name = '%4'))")
        .arg(keyExpression, fts, stateTable(dialect), pipelineTable);
}

QString SearchIndex::phrase(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace steward
