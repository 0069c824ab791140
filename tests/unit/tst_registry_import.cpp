// Importing a file-based model registry: good folders import while a malformed or missing
// metadata.json is reported for its folder, re-import changes nothing, a registered version is
// never overwritten, clients come from the option, the document or the folder, and the import
// is one audited decision that needs a manager and a writable database.
#include "RegistryFolders.h"
#include "TestSupport.h"
#include "models/db/SchemaCatalog.h"
#include "models/registry/ImportScan.h"
#include "models/registry/MetadataFile.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/RegistryImport.h"
#include "models/registry/VersionDetails.h"
#include "models/workflow/AuditChain.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;

class RegistryImportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    QString demoCopy(const QTemporaryDir& dir) const { return writableCopy(m_demo, dir); }

    static const ImportItem* itemFor(const ImportReport& report, const QString& folderName)
    {
        for (const ImportItem& item : report.items) {
            if (QFileInfo(item.folder).fileName() == folderName)
                return &item;
        }
        return nullptr;
    }

    static qint64 count(Database& db, const QString& sql)
    {
        QSqlQuery q = db.query();
        if (!q.exec(sql) || !q.next())
            return STEWARD_HELPER_FAILED("count failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase() { m_demo = makeDemo(m_dir); }

    void readsAndChecksMetadata()
    {
        QTemporaryDir dir;
        writeMetadataFile(dir.path(), QStringLiteral("20250101_000000"),
                          metadataDocument(QStringLiteral("20250101_000000"), 30));
        auto file = MetadataFile::read(dir.filePath(QStringLiteral("20250101_000000")));
        QVERIFY2(file, qPrintable(file.failure().message()));
        QCOMPARE(file->version, QStringLiteral("20250101_000000"));
        QCOMPARE(file->trainedAt, QDateTime(QDate(2025, 1, 1), QTime(0, 0, 0, 123), QTimeZone::utc()));
        QCOMPARE(file->target, QStringLiteral("sales_count"));
        QCOMPARE(file->features->size(), 4);
        QCOMPARE(file->metrics.value(QStringLiteral("rmse")).toDouble(), 30.0);
        QCOMPARE(file->candidates.size(), 2);
        QCOMPARE(*file->trainSamples, 12000);
        QCOMPARE(*file->testSamples, 3000);
        QCOMPARE(*file->totalSamples, 15000);

        const auto reason = [](QJsonObject document, const QString& folder = QStringLiteral("20250101_000000")) {
            return MetadataFile::fromDocument(document, folder).failure().message();
        };
        QJsonObject doc = metadataDocument(QStringLiteral("20250101_000000"), 30);
        QVERIFY(reason(doc, QStringLiteral("20250102_000000")).contains(QStringLiteral("folder is named")));
        QVERIFY(
            MetadataFile::fromDocument(doc, QStringLiteral("latest"))); // a folder not named by id may hold any version
        QJsonObject noMetrics = doc;
        noMetrics.remove(QStringLiteral("metrics"));
        QVERIFY(reason(noMetrics).contains(QStringLiteral("metrics")));
        QJsonObject badTime = doc;
        badTime.insert(QStringLiteral("trained_at"), QStringLiteral("yesterday"));
        QVERIFY(reason(badTime).contains(QStringLiteral("trained_at")));
        QJsonObject badCount = doc;
        badCount.insert(QStringLiteral("train_samples"), -4);
        QVERIFY(reason(badCount).contains(QStringLiteral("train_samples")));
        QJsonObject badFeatures = doc;
        badFeatures.insert(QStringLiteral("features"), QJsonArray{1, 2});
        QVERIFY(reason(badFeatures).contains(QStringLiteral("features")));
        QJsonObject noVersion = doc;
        noVersion.remove(QStringLiteral("model_version"));
        QVERIFY(reason(noVersion).contains(QStringLiteral("model_version")));
    }

    void scanFindsVersionAndClientFolders()
    {
        QTemporaryDir dir;
        writeMixedRegistry(dir.filePath(QStringLiteral("acme")));
        writeMetadataFile(dir.filePath(QStringLiteral("globex")), QStringLiteral("20250101_000000"),
                          metadataDocument(QStringLiteral("20250101_000000"), 10));
        auto scanned = ImportScan::scan(dir.path());
        QVERIFY(scanned);
        QStringList clients;
        for (const ScannedFolder& folder : *scanned)
            clients << folder.clientHint;
        clients.removeDuplicates();
        QCOMPARE(clients, (QStringList{QStringLiteral("acme"), QStringLiteral("globex")}));
        QCOMPARE(ImportScan::scan(dir.filePath(QStringLiteral("nothing"))).failure().code(), OutcomeCode::NotFound);
        // One version folder on its own is a registry of one.
        auto one = ImportScan::scan(dir.filePath(QStringLiteral("globex/20250101_000000")));
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
    }

    void goodFoldersImportAndBadOnesAreReported()
    {
        QTemporaryDir dir;
        auto db = openSqlite(demoCopy(dir), QStringLiteral("bob"));
        const QString root = dir.filePath(QStringLiteral("registry"));
        const QStringList good = writeMixedRegistry(root);
        const qint64 before = count(*db, QStringLiteral("SELECT count(*) FROM model_metadata"));
        ImportOptions options;
        options.clientId = QStringLiteral("acme");
        auto report = RegistryImport::importDirectory(*db, root, options);
        QVERIFY2(report, qPrintable(report.failure().message()));
        QCOMPARE(report->items.size(), 7);
        QCOMPARE(report->count(ImportItem::Status::Imported), 3);
        QCOMPARE(report->count(ImportItem::Status::Failed), 3);
        QCOMPARE(report->count(ImportItem::Status::Skipped), 1);
        QVERIFY(
            itemFor(*report, QStringLiteral("20250401_000000"))->message.contains(QStringLiteral("not valid JSON")));
        QVERIFY(
            itemFor(*report, QStringLiteral("20250501_000000"))->message.contains(QStringLiteral("no metadata.json")));
        QVERIFY(itemFor(*report, QStringLiteral("20250601_000000"))->message.contains(QStringLiteral("not a number")));
        QCOMPARE(itemFor(*report, QStringLiteral("notes"))->status, ImportItem::Status::Skipped);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM model_metadata")), before + 3);

        // What fits model_metadata is there; the rest is in Steward's model_imports.
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        auto version = registry.version(QStringLiteral("acme"), good.first());
        QVERIFY(version);
        QCOMPARE(version->metrics.value(QStringLiteral("rmse")), 30.0);
        QCOMPARE(version->metrics.size(), 5);
        QCOMPARE(*version->featureCount, 4);
        QCOMPARE(*version->trainingSamples, 12000);
        QCOMPARE(version->createdAt, QDateTime(QDate(2025, 1, 1), QTime(0, 0, 0, 123), QTimeZone::utc()));
        auto record = VersionDetails::importRecord(registry, *version);
        QVERIFY(record && *record);
        QCOMPARE((*record)->importedBy, QStringLiteral("bob"));
        QCOMPARE((*record)->metadata.value.toObject().value(QStringLiteral("target")).toString(),
                 QStringLiteral("sales_count"));
        QCOMPARE((*record)->metadata.value.toObject().value(QStringLiteral("candidates")).toArray().size(), 2);
        QCOMPARE((*record)->sourcePath, QFileInfo(QDir(root).filePath(good.first())).absoluteFilePath());

        // Each imported version is in the audit trail, and the chain is intact.
        AuditChain::Filter filter;
        filter.action = QStringLiteral("import_version");
        auto audit = AuditChain::list(*db, filter);
        QVERIFY(audit);
        QCOMPARE(audit->size(), 3);
        QCOMPARE(audit->first().actor, QStringLiteral("bob"));
        QVERIFY(audit->first().targetId.startsWith(QStringLiteral("acme:2025")));
        QVERIFY(AuditChain::verify(*db)->intact);

        // Importing again is a no-op: nothing new, no new audit entries.
        auto again = RegistryImport::importDirectory(*db, root, options);
        QVERIFY(again);
        QCOMPARE(again->count(ImportItem::Status::Unchanged), 3);
        QCOMPARE(again->count(ImportItem::Status::Imported), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM model_metadata")), before + 3);
        QCOMPARE(AuditChain::list(*db, filter)->size(), 3);
    }

    void registeredVersionsAreNeverOverwritten()
    {
        QTemporaryDir dir;
        auto db = openSqlite(demoCopy(dir), QStringLiteral("bob"));
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        const ModelVersion existing = registry.versions(QStringLiteral("hanoi_fresh"))->at(2);
        const QString root = dir.filePath(QStringLiteral("registry"));
        writeMetadataFile(root, existing.version, metadataDocument(existing.version, 99));
        ImportOptions options;
        options.clientId = QStringLiteral("hanoi_fresh");
        auto report = RegistryImport::importDirectory(*db, root, options);
        QVERIFY(report);
        QCOMPARE(report->items.first().status, ImportItem::Status::Failed);
        QVERIFY(report->items.first().message.contains(QStringLiteral("not overwritten")));
        QCOMPARE(registry.version(QStringLiteral("hanoi_fresh"), existing.version)->metrics, existing.metrics);
    }

    void clientsComeFromOptionDocumentOrFolder()
    {
        QTemporaryDir dir;
        auto db = openSqlite(demoCopy(dir), QStringLiteral("bob"));
        const QString root = dir.filePath(QStringLiteral("registry"));
        writeMetadataFile(root, QStringLiteral("acme/20250101_000000"),
                          metadataDocument(QStringLiteral("20250101_000000"), 10));
        writeMetadataFile(root, QStringLiteral("20250202_000000"),
                          metadataDocument(QStringLiteral("20250202_000000"), 10, QStringLiteral("globex")));
        writeMetadataFile(root, QStringLiteral("20250303_000000"),
                          metadataDocument(QStringLiteral("20250303_000000"), 10));
        auto report = RegistryImport::importDirectory(*db, root);
        QVERIFY(report);
        QCOMPARE(itemFor(*report, QStringLiteral("20250101_000000"))->clientId, QStringLiteral("acme"));
        QCOMPARE(itemFor(*report, QStringLiteral("20250202_000000"))->clientId, QStringLiteral("globex"));
        QCOMPARE(itemFor(*report, QStringLiteral("20250303_000000"))->status, ImportItem::Status::Failed);
        QVERIFY(itemFor(*report, QStringLiteral("20250303_000000"))->message.contains(QStringLiteral("no client")));
        // A client chosen for the import must agree with the document.
        ImportOptions options;
        options.clientId = QStringLiteral("initech");
        auto strict = RegistryImport::importDirectory(*db, root, options);
        QVERIFY(strict);
        QVERIFY(itemFor(*strict, QStringLiteral("20250202_000000"))
                    ->message.contains(QStringLiteral("belongs to client globex")));
        QCOMPARE(itemFor(*strict, QStringLiteral("20250303_000000"))->status, ImportItem::Status::Imported);
        // The GUI's default client applies only where nothing else names one.
        ImportOptions fallback;
        fallback.defaultClientId = QStringLiteral("hooli");
        auto defaulted = RegistryImport::importDirectory(*db, root, fallback);
        QVERIFY(defaulted);
        QCOMPARE(itemFor(*defaulted, QStringLiteral("20250202_000000"))->status, ImportItem::Status::Unchanged);
        QCOMPARE(itemFor(*defaulted, QStringLiteral("20250303_000000"))->clientId, QStringLiteral("hooli"));
    }

    void needsAManagerAndAWritableDatabase()
    {
        QTemporaryDir dir;
        const QString path = demoCopy(dir);
        const QString root = dir.filePath(QStringLiteral("registry"));
        writeMixedRegistry(root);
        ImportOptions options;
        options.clientId = QStringLiteral("acme");
        {
            auto alice = openSqlite(path, QStringLiteral("alice"));
            const auto refused = RegistryImport::importDirectory(*alice, root, options);
            QCOMPARE(refused.failure().code(), OutcomeCode::Forbidden);
            QVERIFY(refused.failure().message().contains(QStringLiteral("analyst")));
        }
        const QByteArray digest = fileDigest(path);
        {
            auto readOnly = openSqlite(path, QStringLiteral("bob"), true);
            QCOMPARE(RegistryImport::importDirectory(*readOnly, root, options).failure().code(), OutcomeCode::ReadOnly);
        }
        QCOMPARE(fileDigest(path), digest);
        // Cancelling leaves nothing behind.
        auto bob = openSqlite(path, QStringLiteral("bob"));
        options.progress = [](int done, int) { return done < 1; };
        QCOMPARE(RegistryImport::importDirectory(*bob, root, options).failure().code(), OutcomeCode::Failed);
        QCOMPARE(count(*bob, QStringLiteral("SELECT count(*) FROM model_metadata WHERE client_id = 'acme'")), 0);
    }
};

QTEST_MAIN(RegistryImportTest)
#include "tst_registry_import.moc"
