#include "SnapshotFormat.h"

#include "models/db/Database.h"
#include "models/db/SqliteFile.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotFormat)
};

QStringList columnsFromJson(const QString& text)
{
    QStringList names;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array())
        names << value.toString();
    return names;
}

QString columnsToJson(const QStringList& names)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}
} // namespace

QString SnapshotFormat::manifestTable()
{
    return snapshotManifestTable();
}

QString SnapshotFormat::tablesTable()
{
    return QStringLiteral("steward_snapshot_tables");
}

bool SnapshotFormat::isManifestTable(const QString& name)
{
    return name == manifestTable() || name == tablesTable();
}

const SnapshotTableEntry* SnapshotManifest::table(const QString& name) const
{
    for (const SnapshotTableEntry& entry : tables) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

qint64 SnapshotManifest::totalRows() const
{
    qint64 total = 0;
    for (const SnapshotTableEntry& entry : tables)
        total += entry.rows;
    return total;
}

Result<std::optional<SnapshotManifest>> SnapshotManifestStore::read(Database& database)
{
    // A snapshot is a SQLite file by definition: a server database never is one.
    if (!database.isSqlite())
        return std::optional<SnapshotManifest>();
    int present = 0;
    for (const QString& table : {SnapshotFormat::manifestTable(), SnapshotFormat::tablesTable()}) {
        auto exists =
            database.hasRow(database.dialect().tableExists(table), Text::tr("looking for a snapshot manifest"));
        if (!exists)
            return exists.failure();
        present += *exists ? 1 : 0;
    }
    if (present == 0)
        return std::optional<SnapshotManifest>();
    if (present != 2)
        return Outcome::cannotOpen(Text::tr("the snapshot manifest is incomplete: one of its two tables is missing"));

    SnapshotManifest manifest;
    auto keys = database.select(QStringLiteral("SELECT key, value FROM %1").arg(SnapshotFormat::manifestTable()),
                                Text::tr("reading the snapshot manifest"));
    if (!keys)
        return keys.failure();
    QHash<QString, QString> values;
    while (keys->next())
        values.insert(keys->value(0).toString(), keys->value(1).toString());
    const QString format = values.value(QStringLiteral("format"));
    if (!format.startsWith(QLatin1String("steward-snapshot/")))
        return Outcome::cannotOpen(Text::tr("the snapshot manifest does not name its format"));
    manifest.formatVersion = format.mid(17).toInt();
    if (manifest.formatVersion < 1 || manifest.formatVersion > SnapshotFormat::kVersion) {
        return Outcome::cannotOpen(
            Text::tr("the snapshot is in format %1, which this build does not know; use a newer Steward").arg(format));
    }
    manifest.source = values.value(QStringLiteral("source"));
    manifest.sourceBackend = values.value(QStringLiteral("source_backend"));
    manifest.exportedAt = parseTimestamp(values.value(QStringLiteral("exported_at")));
    manifest.exportedBy = values.value(QStringLiteral("exported_by"));
    manifest.appVersion = values.value(QStringLiteral("app_version"));
    manifest.profile = values.value(QStringLiteral("profile"));
    manifest.digest = values.value(QStringLiteral("digest"));

    auto tables = database.select(QStringLiteral("SELECT table_name, source_name, row_count, sha256, redacted_columns "
                                                 "FROM %1 ORDER BY table_name")
                                      .arg(SnapshotFormat::tablesTable()),
                                  Text::tr("reading the snapshot's table list"));
    if (!tables)
        return tables.failure();
    while (tables->next()) {
        manifest.tables << SnapshotTableEntry{tables->value(0).toString(), tables->value(1).toString(),
                                              tables->value(2).toLongLong(), tables->value(3).toString(),
                                              columnsFromJson(tables->value(4).toString())};
    }
    return std::optional<SnapshotManifest>(manifest);
}

Outcome SnapshotManifestStore::write(Database& database, const SnapshotManifest& manifest)
{
    const QStringList create{
        QStringLiteral("CREATE TABLE %1 (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            .arg(SnapshotFormat::manifestTable()),
        QStringLiteral("CREATE TABLE %1 (table_name TEXT PRIMARY KEY, source_name TEXT NOT NULL, "
                       "row_count INTEGER NOT NULL, sha256 TEXT NOT NULL, redacted_columns TEXT NOT NULL)")
            .arg(SnapshotFormat::tablesTable())};
    for (const QString& sql : create) {
        if (Outcome created = database.exec(sql); !created)
            return created;
    }
    const QList<QPair<QString, QString>> values{
        {QStringLiteral("format"), QStringLiteral("steward-snapshot/%1").arg(manifest.formatVersion)},
        {QStringLiteral("source"), manifest.source},
        {QStringLiteral("source_backend"), manifest.sourceBackend},
        {QStringLiteral("exported_at"), timestampText(manifest.exportedAt)},
        {QStringLiteral("exported_by"), manifest.exportedBy},
        {QStringLiteral("app_version"), manifest.appVersion},
        {QStringLiteral("profile"), manifest.profile},
        {QStringLiteral("digest"), manifest.digest},
    };
    for (const auto& [key, value] : values) {
        QSqlQuery insert = database.query();
        insert.prepare(
            QStringLiteral("INSERT INTO %1 (key, value) VALUES (?, ?)").arg(SnapshotFormat::manifestTable()));
        insert.addBindValue(key);
        insert.addBindValue(value);
        if (Outcome done = database.run(insert, Text::tr("writing the snapshot manifest")); !done)
            return done;
    }
    for (const SnapshotTableEntry& entry : manifest.tables) {
        QSqlQuery insert = database.query();
        insert.prepare(QStringLiteral("INSERT INTO %1 (table_name, source_name, row_count, sha256, redacted_columns) "
                                      "VALUES (?, ?, ?, ?, ?)")
                           .arg(SnapshotFormat::tablesTable()));
        insert.addBindValue(entry.name);
        insert.addBindValue(entry.sourceName);
        insert.addBindValue(entry.rows);
        insert.addBindValue(entry.sha256);
        insert.addBindValue(columnsToJson(entry.redactedColumns));
        if (Outcome done = database.run(insert, Text::tr("writing the snapshot manifest")); !done)
            return done;
    }
    return Outcome::ok();
}

} // namespace steward
