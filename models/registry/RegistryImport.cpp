#include "RegistryImport.h"

#include "models/db/Database.h"
#include "models/registry/ImportScan.h"
#include "models/values/CellValue.h"
#include "models/workflow/ServerRoles.h"
#include "models/workflow/TransitionEngine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RegistryImport)
};

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant nullable(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> featureCount(const ModelMetadataFile& file)
{
    return file.features ? std::optional<qint64>(file.features->size()) : std::nullopt;
}

std::optional<qint64> optionalInteger(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

struct Planned
{
    ImportItem* item;
    ModelMetadataFile file;
};

class Importer
{
public:
    Importer(TransitionContext& context) : m_context(context), m_db(context.database) {}

    Outcome importOne(Planned& planned);

private:
    Outcome readExisting(const Planned& planned, bool* exists, bool* same);
    Outcome readImportRecord(const Planned& planned, bool* exists, bool* same);
    Outcome insertMetadata(const Planned& planned);
    Outcome writeImportRecord(const Planned& planned, bool replace);

    TransitionContext& m_context;
    Database& m_db;
};

Outcome Importer::readExisting(const Planned& planned, bool* exists, bool* same)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral(
            "SELECT %1, feature_count, training_samples FROM model_metadata WHERE client_id = ? AND model_version = ?")
            .arg(m_db.dialect().jsonAsText(QStringLiteral("metrics"))));
    q.addBindValue(planned.item->clientId);
    q.addBindValue(planned.item->version);
    if (Outcome ran = m_db.run(q, Text::tr("looking up %1").arg(planned.item->version)); !ran)
        return ran;
    *exists = q.next();
    if (!*exists)
        return Outcome::ok();
    const JsonCell metrics = JsonCell::fromRaw(q.value(0));
    *same = metrics.valid && metrics.value == QJsonValue(planned.file.metrics) &&
            optionalInteger(q.value(1)) == featureCount(planned.file) &&
            optionalInteger(q.value(2)) == planned.file.trainSamples;
    return Outcome::ok();
}

Outcome Importer::readImportRecord(const Planned& planned, bool* exists, bool* same)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE client_id = ? AND model_version = ?")
                  .arg(m_db.dialect().jsonAsText(QStringLiteral("metadata")),
                       m_db.appTable(QStringLiteral("model_imports"))));
    q.addBindValue(planned.item->clientId);
    q.addBindValue(planned.item->version);
    if (Outcome ran = m_db.run(q, Text::tr("looking up earlier imports of %1").arg(planned.item->version)); !ran)
        return ran;
    *exists = q.next();
    *same = *exists && JsonCell::fromRaw(q.value(0)).value == QJsonValue(planned.file.document);
    return Outcome::ok();
}

Outcome Importer::insertMetadata(const Planned& planned)
{
    QSqlQuery insert = m_db.query();
    insert.prepare(QStringLiteral("INSERT INTO model_metadata (client_id, model_version, metrics, feature_count, "
                                  "training_samples, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(planned.item->clientId);
    insert.addBindValue(planned.item->version);
    insert.addBindValue(compact(planned.file.metrics));
    insert.addBindValue(nullable(featureCount(planned.file)));
    insert.addBindValue(nullable(planned.file.trainSamples));
    insert.addBindValue(planned.file.trainedAt.isValid() ? QVariant(timestampText(planned.file.trainedAt))
                                                         : QVariant(timestampText(m_context.now)));
    return m_db.run(insert, Text::tr("registering %1").arg(planned.item->version));
}

Outcome Importer::writeImportRecord(const Planned& planned, bool replace)
{
    const QString table = m_db.appTable(QStringLiteral("model_imports"));
    if (replace) {
        QSqlQuery remove = m_db.query();
        remove.prepare(QStringLiteral("DELETE FROM %1 WHERE client_id = ? AND model_version = ?").arg(table));
        remove.addBindValue(planned.item->clientId);
        remove.addBindValue(planned.item->version);
        if (Outcome ran = m_db.run(remove, Text::tr("replacing the import record of %1").arg(planned.item->version));
            !ran)
            return ran;
    }
    QSqlQuery insert = m_db.query();
    insert.prepare(
        QStringLiteral("INSERT INTO %1 (client_id, model_version, source_path, metadata, imported_by, imported_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)")
            .arg(table));
    insert.addBindValue(planned.item->clientId);
    insert.addBindValue(planned.item->version);
    insert.addBindValue(planned.file.folder);
    insert.addBindValue(compact(planned.file.document));
    insert.addBindValue(m_context.actor);
    insert.addBindValue(timestampText(m_context.now));
    return m_db.run(insert, Text::tr("recording the import of %1").arg(planned.item->version));
}

Outcome Importer::importOne(Planned& planned)
{
    ImportItem& item = *planned.item;
    bool registered = false;
    bool sameRow = false;
    if (Outcome read = readExisting(planned, &registered, &sameRow); !read)
        return read;
    bool recorded = false;
    bool sameRecord = false;
    if (Outcome read = readImportRecord(planned, &recorded, &sameRecord); !read)
        return read;
    if (registered && !sameRow) {
        item.status = ImportItem::Status::Failed;
        item.message = Text::tr("client %1 already has version %2 with other metrics or counts; it was not overwritten")
                           .arg(item.clientId, item.version);
        return Outcome::ok();
    }
    if (registered && recorded && sameRecord) {
        item.status = ImportItem::Status::Unchanged;
        item.message = Text::tr("already imported");
        return Outcome::ok();
    }
    if (!registered) {
        if (Outcome inserted = insertMetadata(planned); !inserted)
            return inserted;
    }
    if (Outcome written = writeImportRecord(planned, recorded); !written)
        return written;
    item.status = ImportItem::Status::Imported;
    item.message =
        registered ? Text::tr("already registered; its metadata.json details were recorded") : Text::tr("imported");

    if (m_context.onServer)
        return ServerRoles::recordImport(m_db, item.clientId, item.version);
    AuditEntry entry;
    entry.action = QStringLiteral("import_version");
    entry.targetKind = QStringLiteral("model_version");
    entry.targetId = item.clientId + QLatin1Char(':') + item.version;
    entry.clientId = item.clientId;
    entry.stateAfter = QStringLiteral("registered");
    entry.details = compact(
        {{QStringLiteral("source_path"), planned.file.folder}, {QStringLiteral("metrics"), planned.file.metrics}});
    m_context.extraAudit << entry;
    return Outcome::ok();
}

// The item for a scanned folder; `ready` when it can be written.
ImportItem itemFor(const ScannedFolder& scanned, const ImportOptions& options, bool* ready)
{
    *ready = false;
    ImportItem item;
    item.folder = scanned.folder;
    if (!scanned.isVersionFolder) {
        item.status = ImportItem::Status::Skipped;
        item.message = scanned.metadata.failure().message();
        return item;
    }
    item.status = ImportItem::Status::Failed;
    if (!scanned.metadata) {
        item.version = QFileInfo(scanned.folder).fileName();
        item.message = scanned.metadata.failure().message();
        return item;
    }
    const ModelMetadataFile& file = scanned.metadata.value();
    item.version = file.version;
    const QString chosen = options.clientId.trimmed();
    if (!chosen.isEmpty() && !file.clientId.isEmpty() && file.clientId != chosen) {
        item.clientId = chosen;
        item.message = Text::tr("metadata.json belongs to client %1, not %2").arg(file.clientId, chosen);
        return item;
    }
    item.clientId = !chosen.isEmpty()               ? chosen
                    : !file.clientId.isEmpty()      ? file.clientId
                    : !scanned.clientHint.isEmpty() ? scanned.clientHint
                                                    : options.defaultClientId.trimmed();
    if (item.clientId.isEmpty()) {
        item.message = Text::tr("no client: metadata.json names none; choose the client (--client), or put the version "
                                "folders in a folder named after the client");
        return item;
    }
    *ready = true;
    return item;
}
} // namespace

int ImportReport::count(ImportItem::Status status) const
{
    return static_cast<int>(
        std::count_if(items.begin(), items.end(), [status](const ImportItem& item) { return item.status == status; }));
}

QString RegistryImport::statusName(ImportItem::Status status)
{
    switch (status) {
    case ImportItem::Status::Imported:
        return QStringLiteral("imported");
    case ImportItem::Status::Unchanged:
        return QStringLiteral("unchanged");
    case ImportItem::Status::Failed:
        return QStringLiteral("failed");
    case ImportItem::Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

Result<ImportReport> RegistryImport::importDirectory(Database& database, const QString& directory,
                                                     const ImportOptions& options)
{
    auto scanned = ImportScan::scan(directory, options.progress);
    if (!scanned)
        return scanned.failure();
    ImportReport report;
    report.directory = QFileInfo(directory).absoluteFilePath();
    QList<int> ready;
    QHash<QString, QString> seen; // client:version -> folder
    for (int i = 0; i < scanned->size(); ++i) {
        bool writable = false;
        ImportItem item = itemFor(scanned->at(i), options, &writable);
        const QString key = item.clientId + QLatin1Char(':') + item.version;
        if (writable && seen.contains(key)) {
            item.message = Text::tr("the same version as %1").arg(seen.value(key));
            writable = false;
        }
        if (writable) {
            seen.insert(key, item.folder);
            ready << i;
        }
        report.items << item;
    }
    QList<Planned> planned;
    for (int i : ready)
        planned << Planned{&report.items[i], scanned->at(i).metadata.value()};

    TransitionEngine engine(database);
    const Outcome written = engine.perform(Action::ImportModels, [&](TransitionContext& context) -> Outcome {
        Importer importer(context);
        for (int i = 0; i < planned.size(); ++i) {
            if (options.writeProgress)
                options.writeProgress(i, static_cast<int>(planned.size()));
            else if (options.progress && !options.progress(i, static_cast<int>(planned.size())))
                return Outcome::failed(Text::tr("cancelled; nothing was imported"));
            if (Outcome done = importer.importOne(planned[i]); !done)
                return done;
        }
        return Outcome::ok();
    });
    if (!written)
        return written;
    return report;
}

} // namespace steward
