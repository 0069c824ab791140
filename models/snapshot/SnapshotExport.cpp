#include "SnapshotExport.h"

#include "models/core/Clock.h"
#include "models/db/Database.h"
#include "models/db/PipelineSchema.h"
#include "models/db/SchemaCatalog.h"
#include "models/db/SearchIndex.h"
#include "models/db/SqlScript.h"
#include "models/db/SqliteRowWriter.h"
#include "models/monitoring/MonitoringIndexes.h"
#include "models/profiles/Profile.h"
#include "models/snapshot/PartialFile.h"
#include "models/snapshot/SnapshotColumns.h"
#include "models/snapshot/SnapshotDigest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <tuple>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotExport)
};

Outcome cancelled()
{
    return Outcome::failed(Text::tr("the export was cancelled; nothing was written"));
}

struct TablePlan
{
    const TableInfo* source = nullptr;
    QString name;
    QList<ExportColumn> columns;
    qint64 rows = 0;
};

bool isExported(const TableInfo& table, Backend backend)
{
    if (table.isView)
        return false;
    // The search index and the rollups are rebuilt in the snapshot, not copied (see
    // SnapshotExport::write); on a server, steward.search_wmape_days is one of them.
    if (SearchIndex::isIndexTable(snapshotTableName(table)))
        return false;
    if (backend == Backend::Sqlite)
        return !SnapshotFormat::isManifestTable(table.bareName);
    // Other schemas than the default one belong to other applications.
    return table.isApp || table.name == table.bareName;
}

Result<QList<TablePlan>> planTables(Database& source, const SchemaCatalog& catalog)
{
    QList<TablePlan> plans;
    QSet<QString> names;
    for (const TableInfo& table : catalog.tables()) {
        if (!isExported(table, source.backend()))
            continue;
        TablePlan plan{&table, snapshotTableName(table), exportColumns(table, source.dialect()), 0};
        if (names.contains(plan.name.toLower())) {
            return Outcome::conflict(
                Text::tr("two tables would both be called %1 in the snapshot; rename one of them first")
                    .arg(plan.name));
        }
        if (plan.columns.isEmpty())
            continue;
        names.insert(plan.name.toLower());
        auto rows = countRows(source, table);
        if (!rows)
            return rows.failure();
        plan.rows = *rows;
        plans << plan;
    }
    return plans;
}

// The indexes Steward's views rely on: the pipeline's usual ones, lookups by public id, and
// Steward's own. Statements that do not fit this database (a table it lacks) are skipped.
void createIndexes(Database& target, const QList<TablePlan>& plans)
{
    QStringList statements = SqlScript::split(SqlScript::load(QStringLiteral("pipeline/indexes.sql")));
    const QStringList migrations =
        QDir(QStringLiteral(":/sql/app/sqlite")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& migration : migrations) {
        for (const QString& statement : SqlScript::split(SqlScript::load(QStringLiteral("app/sqlite/") + migration))) {
            if (statement.trimmed().startsWith(QLatin1String("CREATE INDEX"), Qt::CaseInsensitive))
                statements << statement;
        }
    }
    for (const TablePlan& plan : plans) {
        const PipelineTable* known = PipelineSchema::table(plan.name);
        if (known && !known->publicIdColumn.isEmpty()) {
            statements << QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
                              .arg(SqlDialect::quoteIdentifier(plan.name + QLatin1Char('_') + known->publicIdColumn),
                                   SqlDialect::quoteIdentifier(plan.name),
                                   SqlDialect::quoteIdentifier(known->publicIdColumn));
        }
    }
    // An index on a table this snapshot lacks fails, and is meant to: the copy is complete
    // without it, and SQLite keeps the transaction after a failed statement.
    for (const QString& statement : statements)
        std::ignore = target.exec(statement);
}

class Exporter
{
public:
    Exporter(Database& source, const ExportOptions& options) : m_source(source), m_options(options) {}

    Outcome copy(Database& target, TablePlan& plan, int index, SnapshotTableEntry* entry)
    {
        m_progress.table = plan.name;
        m_progress.tableIndex = index;
        if (!report())
            return cancelled();
        if (Outcome created = target.exec(snapshotTableDefinition(plan.name, plan.columns)); !created)
            return created;
        QStringList select;
        QStringList columns;
        for (const ExportColumn& column : plan.columns) {
            select << column.selectExpression;
            columns << column.name;
            if (column.redacted)
                entry->redactedColumns << column.name;
        }
        auto selected = m_source.select(
            QStringLiteral("SELECT %1 FROM %2").arg(select.join(QStringLiteral(", ")), plan.source->sqlName()),
            Text::tr("reading %1").arg(plan.source->name));
        if (!selected)
            return selected.failure();
        QSqlQuery read = selected.take();
        const int width = static_cast<int>(columns.size());
        SqliteRowWriter insert(target, plan.name, columns);
        if (!insert.status())
            return insert.status();
        qint64 copied = 0;
        QVariantList row;
        while (read.next()) {
            row.clear();
            for (int c = 0; c < width; ++c)
                row << read.value(c);
            if (Outcome added = insert.add(row); !added)
                return added;
            ++copied;
            ++m_progress.rowsDone;
            if (copied % 1000 == 0 && !report())
                return cancelled();
        }
        if (read.lastError().isValid())
            return m_source.failure(read.lastError(), Text::tr("reading %1").arg(plan.source->name));

        bool stopped = false;
        auto digest = digestSqliteTable(target, plan.name, [this, &stopped](qint64) { return !(stopped = !report()); });
        if (!digest)
            return stopped ? cancelled() : digest.failure();
        if (digest->rows != copied) {
            return Outcome::failed(
                Text::tr("%1: %2 rows were read but %3 were written").arg(plan.name).arg(copied).arg(digest->rows));
        }
        entry->name = plan.name;
        entry->sourceName = m_source.isSqlite() ? plan.source->bareName
                                                : plan.source->schema + QLatin1Char('.') + plan.source->bareName;
        entry->rows = copied;
        entry->sha256 = digest->sha256;
        return Outcome::ok();
    }

    ExportProgress m_progress;

private:
    bool report() { return !m_options.progress || m_options.progress(m_progress); }

    Database& m_source;
    const ExportOptions& m_options;
};

Outcome prepareTarget(Database& target)
{
    // The file is private until it is renamed into place: durability comes from one fsync at
    // the end, not from a journal.
    if (Outcome bulk = target.optimiseForBulkWrite(); !bulk)
        return bulk;
    for (const QString& pragma :
         {QStringLiteral("PRAGMA application_id=%1").arg(qint32(SnapshotFormat::kApplicationId)),
          QStringLiteral("PRAGMA user_version=%1").arg(SnapshotFormat::kVersion)}) {
        if (Outcome done = target.exec(pragma); !done)
            return done;
    }
    return Outcome::ok();
}
} // namespace

Result<SnapshotManifest> SnapshotExport::write(Database& source, const QString& outPath, const ExportOptions& options)
{
    if (source.isSqlite() &&
        QFileInfo(source.target().sqlitePath).canonicalFilePath() == QFileInfo(outPath).canonicalFilePath()) {
        return Outcome::usage(Text::tr("%1 is the database being exported; choose another file").arg(outPath));
    }
    auto partial = PartialFile::begin(outPath, options.overwrite);
    if (!partial)
        return partial.failure();

    ReadTransaction snapshot(source, true);
    if (Outcome begun = snapshot.begin(); !begun)
        return begun;
    if (Outcome utc = source.useUtcInTransaction(); !utc)
        return utc;
    auto catalog = SchemaCatalog::load(source);
    if (!catalog)
        return catalog.failure();
    auto plans = planTables(source, *catalog);
    if (!plans)
        return plans.failure();
    // A source with a search index gives a snapshot with one, built from the copied rows.
    auto indexed = SearchIndex::isPresent(source, QStringLiteral("llm_suggestions"));
    if (!indexed)
        return indexed.failure();

    SnapshotManifest manifest;
    manifest.source =
        source.isSqlite() ? QFileInfo(source.target().sqlitePath).absoluteFilePath() : source.target().displayName();
    manifest.sourceBackend = backendName(source.backend());
    manifest.exportedAt = Clock::nowUtc();
    manifest.exportedBy = source.actingUser();
    manifest.appVersion = QStringLiteral(STEWARD_VERSION);
    manifest.profile = source.profile().name;
    manifest.digest = digestSchemeName();

    Exporter exporter(source, options);
    exporter.m_progress.tableCount = static_cast<int>(plans->size());
    for (const TablePlan& plan : *plans)
        exporter.m_progress.rowsTotal += plan.rows;
    {
        ConnectionTarget file;
        file.sqlitePath = partial->path();
        OpenOptions openOptions;
        openOptions.createIfMissing = true;
        openOptions.timeBudgetMs = 0; // writing every row of a large database has Cancel instead
        openOptions.actingUser = source.actingUser();
        auto target = Database::open(file, openOptions);
        if (!target)
            return target.failure();
        if (Outcome prepared = prepareTarget(**target); !prepared)
            return prepared;
        WriteTransaction transaction(**target);
        if (Outcome begun = transaction.begin(); !begun)
            return begun;
        for (int i = 0; i < plans->size(); ++i) {
            SnapshotTableEntry entry;
            if (Outcome copied = exporter.copy(**target, (*plans)[i], i, &entry); !copied)
                return copied;
            manifest.tables << entry;
        }
        createIndexes(**target, *plans);
        if (*indexed) {
            if (auto built = SearchIndex::createInTransaction(**target); !built)
                return built.failure();
            if (Outcome rolledUp = MonitoringIndexes::buildRollupsInTransaction(**target); !rolledUp)
                return rolledUp;
        }
        if (Outcome written = SnapshotManifestStore::write(**target, manifest); !written)
            return written;
        if (Outcome committed = transaction.commit(); !committed)
            return committed;
        if (Outcome ended = (*target)->endBulkWrite(); !ended)
            return ended;
    }
    if (options.progress && !options.progress(exporter.m_progress))
        return cancelled();
    if (Outcome published = partial->publish(); !published)
        return published;
    return manifest;
}

} // namespace steward
