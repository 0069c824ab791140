#include "SnapshotCheck.h"

#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/db/SearchIndex.h"
#include "models/snapshot/SnapshotDigest.h"

#include <QCoreApplication>
#include <QSqlError>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCheck)
};
} // namespace

bool CheckReport::digestsOk() const
{
    for (const TableCheck& table : tables) {
        if (!table.ok())
            return false;
    }
    return true;
}

QStringList CheckReport::mismatchedTables() const
{
    QStringList names;
    for (const TableCheck& table : tables) {
        if (!table.ok())
            names << table.name;
    }
    return names;
}

QString CheckReport::problemText() const
{
    QStringList parts;
    if (!integrityOk())
        parts << Text::tr("the integrity check failed: %1").arg(integrityProblems.mid(0, 3).join(QStringLiteral("; ")));
    if (!manifest)
        parts << Text::tr("it has no snapshot manifest (it is not a Steward snapshot)");
    for (const TableCheck& table : tables) {
        if (!table.ok())
            parts << table.problem;
    }
    return parts.join(QStringLiteral("; "));
}

Result<CheckReport> SnapshotCheck::run(Database& snapshot, const CheckOptions& options)
{
    if (!snapshot.isSqlite())
        return Outcome::usage(Text::tr("only a snapshot file can be checked, not a server database"));
    CheckReport report;
    if (options.integrity) {
        // A check that cannot run is itself the finding: the file is reported, not refused.
        auto problems = snapshot.integrityProblems(20);
        report.integrityChecked = true;
        report.integrityProblems = problems ? *problems : QStringList{problems.failure().message()};
    }
    auto manifest = SnapshotManifestStore::read(snapshot);
    if (!manifest) {
        report.integrityProblems << manifest.failure().message();
        return report;
    }
    report.manifest = *manifest;
    if (!report.manifest)
        return report;

    auto catalog = SchemaCatalog::load(snapshot);
    if (!catalog)
        return catalog.failure();
    QStringList names;
    for (const SnapshotTableEntry& entry : report.manifest->tables)
        names << entry.name;
    for (const TableInfo& table : catalog->tables()) {
        // The search index is derived from the tables the manifest covers.
        if (!table.isView && !SnapshotFormat::isManifestTable(table.name) && !SearchIndex::isIndexTable(table.name) &&
            !names.contains(table.name))
            names << table.name;
    }
    for (int i = 0; i < names.size(); ++i) {
        const QString& name = names.at(i);
        if (options.progress && !options.progress(name, i, static_cast<int>(names.size())))
            return Outcome::failed(Text::tr("the check was cancelled"));
        TableCheck check;
        check.name = name;
        const SnapshotTableEntry* entry = report.manifest->table(name);
        if (entry) {
            check.expectedRows = entry->rows;
            check.expectedSha256 = entry->sha256;
        }
        const TableInfo* table = catalog->table(name);
        if (!table || table->isView) {
            check.problem = Text::tr("%1 is listed in the manifest but missing from the file").arg(name);
        } else if (auto digest = digestSqliteTable(snapshot, name); !digest) {
            check.problem = Text::tr("%1 could not be read: %2").arg(name, digest.failure().message());
        } else {
            check.actualRows = digest->rows;
            check.actualSha256 = digest->sha256;
            if (!entry)
                check.problem = Text::tr("%1 is in the file but not in the manifest").arg(name);
            else if (check.actualRows != check.expectedRows)
                check.problem = Text::tr("%1 has %2 rows; its manifest says %3")
                                    .arg(name)
                                    .arg(check.actualRows)
                                    .arg(check.expectedRows);
            else if (check.actualSha256 != check.expectedSha256)
                check.problem = Text::tr("%1 does not match its manifest digest").arg(name);
        }
        report.tables << check;
    }
    return report;
}

Result<CheckReport> SnapshotCheck::runOnFile(const QString& path, const CheckOptions& options)
{
    ConnectionTarget target;
    target.sqlitePath = path;
    target.readOnly = true;
    OpenOptions openOptions;
    openOptions.untrusted = true;
    auto database = Database::open(target, openOptions);
    if (!database)
        return database.failure();
    return run(**database, options);
}

} // namespace steward
