// Schema profiles: the built-in ones, the file format's checks, and detection by tables and
// columns on databases built from each seed system's contract file.
#include "TestSupport.h"
#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/profiles/BuiltInProfiles.h"
#include "models/profiles/ProfileDetection.h"
#include "models/profiles/ProfileFormat.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestProfiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ActiveProfile detected(Database& db)
    {
        auto catalog = SchemaCatalog::load(db);
        if (!catalog)
            return STEWARD_HELPER_FAILED("catalog: %s", qPrintable(catalog.failure().message()));
        return ProfileDetection::detect(*catalog, BuiltInProfiles::all());
    }

    void exec(Database& db, const QString& sql)
    {
        QSqlQuery query = db.query();
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }

    QString writeFile(const QString& name, const QByteArray& text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return STEWARD_HELPER_FAILED("cannot write %s", qPrintable(name));
        return file.fileName();
    }

private slots:
    void builtInProfilesLoad()
    {
        QCOMPARE(BuiltInProfiles::names(), (QStringList{"pipeline", "urutiiq", "within", "krongthai"}));
        const Profile* urutiiq = BuiltInProfiles::find(QStringLiteral("urutiiq"));
        QVERIFY(urutiiq);
        QCOMPARE(urutiiq->scope, QStringLiteral("company"));
        const EntityMap* violation = urutiiq->entity(QStringLiteral("violation"));
        QVERIFY(violation);
        QCOMPARE(violation->table, QStringLiteral("AIGovernanceViolation"));
        QCOMPARE(violation->column(QStringLiteral("resolved_by")), QStringLiteral("resolvedBy"));
        QVERIFY(!BuiltInProfiles::find(QStringLiteral("within"))->hasEntity(QStringLiteral("violation")));
        QVERIFY(BuiltInProfiles::pipeline().hasEntity(QStringLiteral("suggestion")));
    }

    void formatMistakesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "must be a JSON object";
        QTest::newRow("format") << QByteArray(R"({"format": "v0", "name": "x", "entities": {}})") << "\"format\"";
        QTest::newRow("name") << QByteArray(R"({"format": "steward-profile-1", "name": "Bad Name"})") << "\"name\"";
        QTest::newRow("no entities") << QByteArray(R"({"format": "steward-profile-1", "name": "x", "entities": {}})")
                                     << "\"entities\"";
        QTest::newRow("unknown entity")
            << QByteArray(R"({"format": "steward-profile-1", "name": "x", "entities": {"modle": {"table": "t"}}})")
            << "entities.modle: unknown entity";
        QTest::newRow("no table")
            << QByteArray(
                   R"({"format": "steward-profile-1", "name": "x", "entities": {"violation": {"fields": {"id": "id"}}}})")
            << "entities.violation.table";
        QTest::newRow("no id")
            << QByteArray(
                   R"({"format": "steward-profile-1", "name": "x", "entities": {"violation": {"table": "v", "fields": {"state": "s"}}}})")
            << "must name the id column";
        QTest::newRow("required unmapped")
            << QByteArray(
                   R"({"format": "steward-profile-1", "name": "x", "entities": {"violation": {"table": "v", "fields": {"id": "id"}, "required": ["state"]}}})")
            << "required names state";
        QTest::newRow("column not a string")
            << QByteArray(
                   R"({"format": "steward-profile-1", "name": "x", "entities": {"violation": {"table": "v", "fields": {"id": 3}}}})")
            << "fields.id must be a non-empty string";
    }

    void formatMistakesAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        auto parsed = ProfileFormat::parse(json, QStringLiteral("mine.json"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.failure().code(), OutcomeCode::Usage);
        QVERIFY2(parsed.failure().message().startsWith(QStringLiteral("profile mine.json: ")),
                 qPrintable(parsed.failure().message()));
        QVERIFY2(parsed.failure().message().contains(named), qPrintable(parsed.failure().message()));
    }

    void emptyDatabaseFallsBackToThePipeline()
    {
        ConnectionTarget target;
        target.sqlitePath = m_dir.filePath(QStringLiteral("empty.sqlite"));
        OpenOptions options;
        options.createIfMissing = true;
        auto db = Database::open(target, options);
        QVERIFY(db);
        const ActiveProfile active = detected(**db);
        QCOMPARE(active.profile.name, QStringLiteral("pipeline"));
        QCOMPARE(active.how, QStringLiteral("default"));
        QVERIFY(active.profile.entities.isEmpty());
    }

    void pipelineIsDetected()
    {
        auto db = test::makePipelineOnly(m_dir.filePath(QStringLiteral("pipeline.sqlite")));
        QVERIFY(db);
        const ActiveProfile active = detected(*db);
        QCOMPARE(active.profile.name, QStringLiteral("pipeline"));
        QCOMPARE(active.how, QStringLiteral("detected"));
        QVERIFY(active.fit.present.contains(QStringLiteral("suggestion")));
        QVERIFY(active.fit.present.contains(QStringLiteral("model_version")));
    }

    // A connection that repeats another (a job's) takes the profile that one settled instead of
    // reading the catalog again.
    void aRepeatedConnectionTakesTheSettledProfile()
    {
        auto db = test::makePipelineOnly(m_dir.filePath(QStringLiteral("settled.sqlite")));
        QVERIFY(db);
        QVERIFY(db->options().settledProfile);
        QCOMPARE(db->options().settledProfile->profile.name, QStringLiteral("pipeline"));
        auto again = Database::open(db->target(), db->options());
        QVERIFY(again);
        QCOMPARE((*again)->profile().name, QStringLiteral("pipeline"));
        QCOMPARE((*again)->activeProfile().how, db->activeProfile().how);
        QVERIFY(!(*again)->takeProfileCatalog()); // nothing was read to settle it
        auto fresh = Database::open(db->target());
        QVERIFY(fresh);
        QVERIFY((*fresh)->takeProfileCatalog()); // a first opening reads the catalog
    }

    void withinIsNotTakenForThePipeline()
    {
        // Both write model_metadata and training_jobs; the columns tell them apart.
        auto db = test::makeFromContract(m_dir.filePath(QStringLiteral("within.sqlite")),
                                         QStringLiteral("within_sqlite.sql"));
        QVERIFY(db);
        const ActiveProfile active = detected(*db);
        QCOMPARE(active.profile.name, QStringLiteral("within"));
        QCOMPARE(active.fit.present.size(), 5);
        const ProfileFit pipeline = ProfileDetection::fit(BuiltInProfiles::pipeline(), *SchemaCatalog::load(*db));
        QVERIFY(pipeline.present.isEmpty());
        QCOMPARE(pipeline.incomplete, (QStringList{"model_version", "training_run"}));
    }

    void urutiiqWithExtrasIsDetected()
    {
        auto db = test::makeFromContract(m_dir.filePath(QStringLiteral("urutiiq.sqlite")),
                                         QStringLiteral("urutiiq_postgres.sql"));
        QVERIFY(db);
        exec(*db, QStringLiteral("CREATE TABLE \"Invoice\" (id TEXT PRIMARY KEY, total REAL)"));
        exec(*db, QStringLiteral("ALTER TABLE \"AIModel\" ADD COLUMN \"owner\" TEXT"));
        const ActiveProfile active = detected(*db);
        QCOMPARE(active.profile.name, QStringLiteral("urutiiq"));
        QCOMPARE(active.profile.entities.size(), 11);
        QVERIFY(!active.profile.entity(QStringLiteral("model_version"))->has(QStringLiteral("owner")));
    }

    void missingOptionalColumnDisablesOnlyItsField()
    {
        auto db = test::makeFromContract(m_dir.filePath(QStringLiteral("krongthai.sqlite")),
                                         QStringLiteral("krongthai_postgres.sql"));
        QVERIFY(db);
        exec(*db, QStringLiteral("ALTER TABLE sop_ml_predictions DROP COLUMN feedback_notes"));
        exec(*db, QStringLiteral("DROP TABLE sop_ab_results"));
        const ActiveProfile active = detected(*db);
        QCOMPARE(active.profile.name, QStringLiteral("krongthai"));
        const EntityMap* predictions = active.profile.entity(QStringLiteral("prediction"));
        QVERIFY(predictions);
        QVERIFY(predictions->has(QStringLiteral("feedback_score")));
        QVERIFY(!predictions->has(QStringLiteral("feedback_notes")));
        QVERIFY(!active.profile.hasEntity(QStringLiteral("experiment_result")));
        QVERIFY(active.profile.hasEntity(QStringLiteral("experiment")));
    }

    void aFifthSystemNeedsOnlyAProfileFile()
    {
        auto db = test::makePipelineOnly(m_dir.filePath(QStringLiteral("fifth.sqlite")));
        QVERIFY(db);
        exec(*db, QStringLiteral("CREATE TABLE mdl_registry (mdl_key TEXT PRIMARY KEY, label TEXT, rev TEXT, "
                                 "lifecycle TEXT)"));
        exec(*db, QStringLiteral("CREATE TABLE mdl_alerts (alert_key TEXT PRIMARY KEY, rule TEXT, level TEXT, "
                                 "phase TEXT, note TEXT)"));
        const QString path = writeFile(QStringLiteral("fifth.json"), R"({
            "format": "steward-profile-1", "name": "fifth", "title": "Fifth pipeline", "scope": "",
            "entities": {
              "model_version": {"table": "mdl_registry", "required": ["name", "version"],
                                "fields": {"id": "mdl_key", "name": "label", "version": "rev", "state": "lifecycle"},
                                "states": {"live": "active", "gone": "deprecated"}},
              "violation": {"table": "mdl_alerts", "required": ["policy", "severity", "state"],
                            "fields": {"id": "alert_key", "policy": "rule", "severity": "level", "state": "phase",
                                       "description": "note", "missing": "no_such_column"},
                            "states": {"new": "open", "closed": "resolved"}}}})");
        auto chosen = ProfileDetection::resolve(*SchemaCatalog::load(*db), path);
        QVERIFY2(chosen, qPrintable(chosen ? QString() : chosen.failure().message()));
        QCOMPARE(chosen->how, QStringLiteral("chosen"));
        QCOMPARE(chosen->profile.name, QStringLiteral("fifth"));
        const EntityMap* violation = chosen->profile.entity(QStringLiteral("violation"));
        QVERIFY(violation);
        QVERIFY(!violation->has(QStringLiteral("missing")));
        QCOMPARE(violation->stewardState(QStringLiteral("closed")), QStringLiteral("resolved"));
        QCOMPARE(violation->systemState(QStringLiteral("open")), QStringLiteral("new"));
        QCOMPARE(violation->stewardState(QStringLiteral("escalated")), QStringLiteral("escalated"));

        // Detection among the built-ins still takes this file for the pipeline's...
        QCOMPARE(detected(*db).profile.name, QStringLiteral("pipeline"));
        // ...and an unknown name is refused with the built-in names.
        auto unknown = ProfileDetection::resolve(*SchemaCatalog::load(*db), QStringLiteral("nonesuch"));
        QVERIFY(!unknown);
        QVERIFY(unknown.failure().message().contains(QStringLiteral("pipeline, urutiiq, within, krongthai")));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
