// steward-cli's review commands through the real binary: suggestions, rollbacks, audit and
// roles, their JSON keys, every exit code they produce, and eight processes approving the
// same suggestion at the same instant.
#include "TestSupport.h"
#include "models/review/SuggestionQuery.h"
#include "models/workflow/RollbackRequests.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <optional>

using namespace steward;
using namespace steward::test;

class CliReviewTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;

    QString freshDemo(const QTemporaryDir& dir) { return copyDatabase(m_template, dir); }

    // steward-cli --db PATH --as USER --format json ARGS...
    static CliRun as(const QString& path, const QString& user, const QStringList& arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--as"), user,
                                  QStringLiteral("--format"), QStringLiteral("json")} +
                      arguments);
    }

    static void expectExit(const CliRun& run, int code, const QString& fragment = {})
    {
        QVERIFY2(
            run.exitCode == code,
            qPrintable(QStringLiteral("exit %1 (wanted %2), stderr: %3").arg(run.exitCode).arg(code).arg(run.err)));
        if (code != 0)
            QVERIFY2(run.err.startsWith(QStringLiteral("steward-cli: error: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
    }

    static QJsonArray array(const CliRun& run) { return QJsonDocument::fromJson(run.out.toUtf8()).array(); }
    static QJsonObject object(const CliRun& run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }

    static QString firstWithStatus(const QString& path, const QString& status)
    {
        const CliRun run = as(path, QStringLiteral("dave"),
                              {QStringLiteral("suggestions"), QStringLiteral("list"), QStringLiteral("--status"),
                               status, QStringLiteral("--limit"), QStringLiteral("1")});
        return array(run).first().toObject().value(QStringLiteral("suggestion_id")).toString();
    }

private slots:
    void initTestCase() { m_template = makeDemo(m_dir, QStringLiteral("template.sqlite")); }

    void listingLooksAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        const QByteArray digest = fileDigest(path);
        const QStringList list{QStringLiteral("--read-only"), QStringLiteral("suggestions"), QStringLiteral("list")};

        const CliRun all =
            as(path, QStringLiteral("dave"), list + QStringList{QStringLiteral("--limit"), QStringLiteral("300")});
        expectExit(all, 0);
        const QJsonArray rows = array(all);
        QCOMPARE(rows.size(), 250);
        QStringList keys = rows.first().toObject().keys();
        QStringList expected = SuggestionQuery::columnNames();
        std::sort(keys.begin(), keys.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(keys, expected); // source column names, and the computed ones
        bool pendingDone = false;
        for (const QJsonValue& row : rows) {
            const bool pending = row.toObject().value(QStringLiteral("status")).toString() == QLatin1String("pending");
            QVERIFY2(!(pending && pendingDone), "a pending suggestion after the others");
            pendingDone = pendingDone || !pending;
        }

        const CliRun page = as(path, QStringLiteral("dave"),
                               list + QStringList{QStringLiteral("--limit"), QStringLiteral("5"),
                                                  QStringLiteral("--offset"), QStringLiteral("10")});
        QCOMPARE(array(page).size(), 5);
        QCOMPARE(array(page).first().toObject().value(QStringLiteral("suggestion_id")),
                 rows.at(10).toObject().value(QStringLiteral("suggestion_id")));

        const CliRun filtered = as(path, QStringLiteral("dave"),
                                   list + QStringList{QStringLiteral("--status"), QStringLiteral("superseded"),
                                                      QStringLiteral("--client"), QStringLiteral("hanoi_fresh")});
        expectExit(filtered, 0);
        QVERIFY(!array(filtered).isEmpty());
        for (const QJsonValue& row : array(filtered)) {
            QCOMPARE(row.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("superseded"));
            QCOMPARE(row.toObject().value(QStringLiteral("client_id")).toString(), QStringLiteral("hanoi_fresh"));
        }
        const CliRun category =
            as(path, QStringLiteral("dave"),
               list + QStringList{QStringLiteral("--category"), QStringLiteral("ensemble_weighting")});
        QVERIFY(!array(category).isEmpty());
        const CliRun percent = as(path, QStringLiteral("dave"),
                                  list + QStringList{QStringLiteral("--search"), QStringLiteral("%"),
                                                     QStringLiteral("--limit"), QStringLiteral("300")});
        expectExit(percent, 0);
        {
            // "%" matches only the texts with a percent sign in them.
            auto db = openSqlite(path, QStringLiteral("dave"), true);
            QSqlQuery q = db->query();
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT count(*) FROM llm_suggestions WHERE instr(summary, '%') OR instr(reasoning, '%')")) &&
                    q.next());
            QCOMPARE(array(percent).size(), q.value(0).toInt());
            QVERIFY(q.value(0).toInt() < 250);
        }
        {
            // The whole order: every suggestion once, the change in WMAPE never decreasing down
            // the list (as printed, rounded), missing changes last; and a limit is its beginning.
            const auto idOf = [](const QJsonValue& row) {
                return row.toObject().value(QStringLiteral("suggestion_id")).toVariant().toString();
            };
            const auto deltaOf = [](const QJsonValue& row) {
                const QJsonValue delta = row.toObject().value(QStringLiteral("wmape_delta"));
                return delta.isDouble() ? std::optional<double>(delta.toDouble()) : std::nullopt;
            };
            const CliRun sortedAll = as(path, QStringLiteral("dave"),
                                        list + QStringList{QStringLiteral("--sort"), QStringLiteral("wmape_delta"),
                                                           QStringLiteral("--limit"), QStringLiteral("300")});
            expectExit(sortedAll, 0);
            const QJsonArray sortedRows = array(sortedAll);
            QStringList listedIds;
            for (const QJsonValue& row : rows)
                listedIds << idOf(row);
            QStringList sortedIds;
            for (const QJsonValue& row : sortedRows)
                sortedIds << idOf(row);
            QVERIFY2(sortedIds != listedIds, "the sort did not change the queue order");
            QStringList sameIds = sortedIds;
            std::sort(listedIds.begin(), listedIds.end());
            std::sort(sameIds.begin(), sameIds.end());
            QCOMPARE(sameIds, listedIds);
            QVERIFY(deltaOf(sortedRows.first()));
            for (qsizetype i = 1; i < sortedRows.size(); ++i) {
                const std::optional<double> before = deltaOf(sortedRows.at(i - 1));
                const std::optional<double> after = deltaOf(sortedRows.at(i));
                QVERIFY2(!before ? !after : !after || *before <= *after,
                         qPrintable(QStringLiteral("row %1 (%2) comes before row %3 (%4)")
                                        .arg(i - 1)
                                        .arg(before ? QString::number(*before) : QStringLiteral("none"))
                                        .arg(i)
                                        .arg(after ? QString::number(*after) : QStringLiteral("none"))));
            }

            const CliRun sorted = as(path, QStringLiteral("dave"),
                                     list + QStringList{QStringLiteral("--sort"), QStringLiteral("wmape_delta"),
                                                        QStringLiteral("--limit"), QStringLiteral("3")});
            expectExit(sorted, 0);
            QStringList firstIds;
            for (const QJsonValue& row : array(sorted))
                firstIds << idOf(row);
            QCOMPARE(firstIds, sortedIds.mid(0, 3));
        }
        expectExit(
            as(path, QStringLiteral("dave"), list + QStringList{QStringLiteral("--sort"), QStringLiteral("reasoning")}),
            2, QStringLiteral("cannot be sorted by reasoning"));
        expectExit(as(path, QStringLiteral("dave"), list + QStringList{QStringLiteral("--limit"), QStringLiteral("0")}),
                   2);
        expectExit(as(path, QStringLiteral("dave"), {QStringLiteral("suggestions"), QStringLiteral("frob")}), 2,
                   QStringLiteral("unknown suggestions command frob"));

        const CliRun table =
            runCli({QStringLiteral("--db"), path, QStringLiteral("--read-only"), QStringLiteral("suggestions"),
                    QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2")});
        expectExit(table, 0);
        QVERIFY(table.out.startsWith(QStringLiteral("suggestion_id")));
        QVERIFY(table.out.contains(QStringLiteral("1–2 of 250 suggestions")));
        QCOMPARE(fileDigest(path), digest);
        QCOMPARE(sideFiles(path), QStringList());
    }

    // first_seen_at is when Steward first saw each suggestion: the demo's are recorded, a
    // suggestion the pipeline adds has none until a read-write opening records it, and a
    // read-only one records nothing.
    void listSaysWhenStewardFirstSawEach()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        const QStringList list{QStringLiteral("suggestions"), QStringLiteral("list"),
                               QStringLiteral("--limit"),     QStringLiteral("300"),
                               QStringLiteral("--sort"),      QStringLiteral("first_seen_at")};
        const CliRun sorted = as(path, QStringLiteral("dave"), QStringList{QStringLiteral("--read-only")} + list);
        expectExit(sorted, 0);
        QString previous;
        for (const QJsonValue& row : array(sorted)) {
            const QString seen = row.toObject().value(QStringLiteral("first_seen_at")).toString();
            QVERIFY2(seen.endsWith(QLatin1Char('Z')), qPrintable(seen));
            QVERIFY2(previous <= seen, qPrintable(previous + QStringLiteral(" > ") + seen));
            previous = seen;
        }
        const CliRun csv = runCli({QStringLiteral("--db"), path, QStringLiteral("--read-only"),
                                   QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("suggestions"),
                                   QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")});
        expectExit(csv, 0);
        QVERIFY2(
            csv.out.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(',')).contains(QStringLiteral("first_seen_at")),
            qPrintable(csv.out));

        {
            auto db = openSqlite(path);
            QSqlQuery q = db->query();
            QVERIFY(q.exec(QStringLiteral("INSERT INTO llm_suggestions (suggestion_id, client_id, category, summary, "
                                          "status) VALUES ('00000000-0000-4000-8000-0000000000aa', 'saigon_mart', "
                                          "'other', 'added by the pipeline', 'pending')")));
        }
        const QString id = QStringLiteral("00000000-0000-4000-8000-0000000000aa");
        const QStringList show{QStringLiteral("suggestions"), QStringLiteral("show"), id};
        const QByteArray digest = fileDigest(path);
        const CliRun unseen = as(path, QStringLiteral("dave"), QStringList{QStringLiteral("--read-only")} + show);
        expectExit(unseen, 0);
        QVERIFY(object(unseen).contains(QStringLiteral("first_seen_at")));
        QVERIFY(object(unseen).value(QStringLiteral("first_seen_at")).isNull());
        QCOMPARE(fileDigest(path), digest);
        const CliRun seen = as(path, QStringLiteral("dave"), show);
        expectExit(seen, 0);
        const QString first = object(seen).value(QStringLiteral("first_seen_at")).toString();
        QVERIFY2(first.endsWith(QLatin1Char('Z')), qPrintable(first));
        // Recorded once: a later opening finds the same time.
        QCOMPARE(object(as(path, QStringLiteral("dave"), show)).value(QStringLiteral("first_seen_at")).toString(),
                 first);
    }

    void showTellsEverything()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        const QByteArray digest = fileDigest(path);
        const QString id = firstWithStatus(path, QStringLiteral("pending"));
        const CliRun shown =
            as(path, QStringLiteral("dave"),
               {QStringLiteral("--read-only"), QStringLiteral("suggestions"), QStringLiteral("show"), id});
        expectExit(shown, 0);
        const QJsonObject s = object(shown);
        for (const char* key :
             {"suggestion_id", "cycle_id", "client_id", "category", "summary", "reasoning", "parameter_diff",
              "before_metrics", "after_metrics", "status", "metric_changes", "parameter_changes", "decisions"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QCOMPARE(s.value(QStringLiteral("suggestion_id")).toString(), id);
        QVERIFY(s.value(QStringLiteral("before_metrics")).isObject()); // JSON stays JSON
        QCOMPARE(s.value(QStringLiteral("metric_changes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("metric"))
                     .toString(),
                 QStringLiteral("wmape"));

        QString broken;
        {
            auto db = openSqlite(path, QStringLiteral("dave"), true);
            QSqlQuery q = db->query();
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT suggestion_id FROM llm_suggestions WHERE NOT json_valid(parameter_diff) LIMIT 1")) &&
                    q.next());
            broken = q.value(0).toString();
        }
        const CliRun invalid =
            as(path, QStringLiteral("dave"),
               {QStringLiteral("--read-only"), QStringLiteral("suggestions"), QStringLiteral("show"), broken});
        expectExit(invalid, 0, QStringLiteral("warning: parameter_diff is not valid JSON"));
        QVERIFY(object(invalid).value(QStringLiteral("parameter_diff")).isString()); // as stored
        QCOMPARE(object(invalid).value(QStringLiteral("invalid_json")).toArray(),
                 QJsonArray{QStringLiteral("parameter_diff")});

        expectExit(as(path, QStringLiteral("dave"),
                      {QStringLiteral("suggestions"), QStringLiteral("show"), QStringLiteral("nope")}),
                   3, QStringLiteral("no suggestion with id nope"));
        expectExit(as(path, QStringLiteral("dave"), {QStringLiteral("suggestions"), QStringLiteral("show")}), 2);
        QCOMPARE(fileDigest(path), digest);
    }

    void decisionsAndTheirExitCodes()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        const QString pending = firstWithStatus(path, QStringLiteral("pending"));
        const QStringList approve{QStringLiteral("suggestions"), QStringLiteral("approve"), pending};

        expectExit(as(path, QStringLiteral("dave"), approve), 5, QStringLiteral("dave is viewer"));
        expectExit(as(path, QStringLiteral("alice"), QStringList{QStringLiteral("--read-only")} + approve), 7,
                   QStringLiteral("read-only"));
        expectExit(as(path, QStringLiteral("alice"),
                      {QStringLiteral("suggestions"), QStringLiteral("approve"), QStringLiteral("nope")}),
                   3);
        expectExit(
            as(path, QStringLiteral("alice"), {QStringLiteral("suggestions"), QStringLiteral("reject"), pending}), 2,
            QStringLiteral("comment"));

        const CliRun approved = as(path, QStringLiteral("alice"),
                                   approve + QStringList{QStringLiteral("--comment"), QStringLiteral("gain holds")});
        expectExit(approved, 0);
        QCOMPARE(object(approved).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QVERIFY(object(approved).value(QStringLiteral("audit_seq")).toInt() > 9);
        // The second reviewer is told who decided first.
        expectExit(as(path, QStringLiteral("carol"), approve), 4, QStringLiteral("approve by alice"));
        expectExit(as(path, QStringLiteral("carol"),
                      {QStringLiteral("suggestions"), QStringLiteral("reject"), pending, QStringLiteral("--comment"),
                       QStringLiteral("no")}),
                   4, QStringLiteral("applied now, not pending"));

        const CliRun requested = as(path, QStringLiteral("carol"),
                                    {QStringLiteral("suggestions"), QStringLiteral("request-rollback"), pending,
                                     QStringLiteral("--comment"), QStringLiteral("bias went positive")});
        expectExit(requested, 0);
        const QString request = object(requested).value(QStringLiteral("request_id")).toString();
        QVERIFY(!request.isEmpty());
        expectExit(as(path, QStringLiteral("carol"),
                      {QStringLiteral("suggestions"), QStringLiteral("request-rollback"), pending}),
                   2);

        const CliRun open = as(path, QStringLiteral("dave"),
                               {QStringLiteral("rollbacks"), QStringLiteral("list"), QStringLiteral("--status"),
                                QStringLiteral("requested")});
        expectExit(open, 0);
        QCOMPARE(array(open).size(), 2); // the demo's and this one
        QStringList keys = array(open).first().toObject().keys();
        QVERIFY(keys.contains(QStringLiteral("request_id")) && keys.contains(QStringLiteral("requested_by")) &&
                keys.contains(QStringLiteral("target_kind")));
        expectExit(as(path, QStringLiteral("dave"),
                      {QStringLiteral("rollbacks"), QStringLiteral("list"), QStringLiteral("--status"),
                       QStringLiteral("maybe")}),
                   2, QStringLiteral("requested, approved or denied"));

        const QStringList approveRollback{QStringLiteral("rollbacks"), QStringLiteral("approve"), request};
        expectExit(as(path, QStringLiteral("alice"), approveRollback), 5, QStringLiteral("manager"));
        expectExit(as(path, QStringLiteral("bob"), {QStringLiteral("rollbacks"), QStringLiteral("deny"), request}), 2);
        expectExit(as(path, QStringLiteral("bob"),
                      {QStringLiteral("rollbacks"), QStringLiteral("approve"), QStringLiteral("nope")}),
                   3);
        const CliRun rolledBack =
            as(path, QStringLiteral("bob"),
               approveRollback + QStringList{QStringLiteral("--comment"), QStringLiteral("agreed")});
        expectExit(rolledBack, 0);
        QCOMPARE(object(rolledBack).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(object(rolledBack).value(QStringLiteral("target_id")).toString(), pending);
        const CliRun after =
            as(path, QStringLiteral("dave"), {QStringLiteral("suggestions"), QStringLiteral("show"), pending});
        QCOMPARE(object(after).value(QStringLiteral("status")).toString(), QStringLiteral("rollback"));
        expectExit(as(path, QStringLiteral("admin"),
                      {QStringLiteral("rollbacks"), QStringLiteral("deny"), request, QStringLiteral("--comment"),
                       QStringLiteral("late")}),
                   4, QStringLiteral("bob"));
        // The requester can never decide their own request: alice asks, bob is a manager, alice is not.
        const QString applied = firstWithStatus(path, QStringLiteral("applied"));
        const CliRun byBob = as(path, QStringLiteral("bob"),
                                {QStringLiteral("suggestions"), QStringLiteral("request-rollback"), applied,
                                 QStringLiteral("--comment"), QStringLiteral("mine")});
        expectExit(byBob, 0);
        expectExit(as(path, QStringLiteral("bob"),
                      {QStringLiteral("rollbacks"), QStringLiteral("approve"),
                       object(byBob).value(QStringLiteral("request_id")).toString()}),
                   5, QStringLiteral("bob requested this rollback"));
        expectExit(as(path, QStringLiteral("dave"), {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
    }

    void rollbacksAreGenericOverTargets()
    {
        // The model registry files requests to return to an older model version; the same
        // `rollbacks` commands decide them.
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        QString version, request;
        {
            auto db = openSqlite(path, QStringLiteral("alice"));
            QSqlQuery q = db->query();
            QVERIFY(q.exec(QStringLiteral("SELECT model_version FROM model_metadata WHERE client_id = 'hanoi_fresh' "
                                          "ORDER BY model_version LIMIT 1")));
            QVERIFY(q.next());
            version = q.value(0).toString();
            q.finish();
            STEWARD_VERIFY_OK(RollbackRequests::requestModelRollback(*db, QStringLiteral("hanoi_fresh"), version,
                                                                     QStringLiteral("the new version overforecasts"),
                                                                     &request));
        }
        const CliRun listed = as(path, QStringLiteral("dave"), {QStringLiteral("rollbacks"), QStringLiteral("list")});
        QCOMPARE(array(listed).size(), 2);
        QCOMPARE(array(listed).first().toObject().value(QStringLiteral("target_kind")).toString(),
                 QStringLiteral("model_version"));
        expectExit(as(path, QStringLiteral("alice"), {QStringLiteral("rollbacks"), QStringLiteral("approve"), request}),
                   5);
        const CliRun approved =
            as(path, QStringLiteral("bob"), {QStringLiteral("rollbacks"), QStringLiteral("approve"), request});
        expectExit(approved, 0);
        QCOMPARE(object(approved).value(QStringLiteral("target_kind")).toString(), QStringLiteral("model_version"));
        QCOMPARE(object(approved).value(QStringLiteral("target_id")).toString(), version);
        auto db = openSqlite(path, QStringLiteral("dave"), true);
        QSqlQuery active = db->query();
        QVERIFY(active.exec(QStringLiteral(
            "SELECT model_version, set_by FROM steward_active_versions WHERE client_id = 'hanoi_fresh'")));
        QVERIFY(active.next());
        QCOMPARE(active.value(0).toString(), version);
        QCOMPARE(active.value(1).toString(), QStringLiteral("bob"));
    }

    void auditListAndVerify()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        const CliRun listed = as(path, QStringLiteral("dave"),
                                 {QStringLiteral("--read-only"), QStringLiteral("audit"), QStringLiteral("list"),
                                  QStringLiteral("--limit"), QStringLiteral("3")});
        expectExit(listed, 0);
        QCOMPARE(array(listed).size(), 3);
        QCOMPARE(array(listed).first().toObject().value(QStringLiteral("seq")).toInt(), 9);
        for (const char* key : {"seq", "recorded_at", "actor", "action", "target_kind", "target_id", "state_before",
                                "state_after", "comment", "prev_hash", "hash"})
            QVERIFY2(array(listed).first().toObject().contains(QLatin1String(key)), key);
        QCOMPARE(array(listed).first().toObject().value(QStringLiteral("hash")).toString().size(), 64);
        const CliRun byAlice =
            as(path, QStringLiteral("dave"),
               {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--actor"), QStringLiteral("alice")});
        QCOMPARE(array(byAlice).size(), 4);

        const CliRun intact = runCli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
        expectExit(intact, 0);
        QVERIFY(intact.out.contains(QStringLiteral("9 records checked")));
        {
            auto db = openSqlite(path);
            QVERIFY(db->exec(QStringLiteral("DROP TRIGGER steward_audit_log_no_update")));
            QVERIFY(db->exec(QStringLiteral("UPDATE steward_audit_log SET comment = 'Looks fine' WHERE seq = 7")));
        }
        const CliRun broken = as(path, QStringLiteral("dave"), {QStringLiteral("audit"), QStringLiteral("verify")});
        expectExit(broken, 1, QStringLiteral("broken at record 7"));
        QCOMPARE(object(broken).value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(object(broken).value(QStringLiteral("first_bad_seq")).toInt(), 7);
    }

    // The file: a trigger stored in it turns one approval into many and makes a viewer
    // admin. `info` names the trigger, and `audit verify` names what it changed.
    void verifyFindsWhatATriggerChanged()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        int pending = 0;
        {
            auto db = openSqlite(path);
            QSqlQuery q = db->query();
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM llm_suggestions WHERE status = 'pending'")) &&
                    q.next());
            pending = q.value(0).toInt();
            q.finish();
            QVERIFY(db->exec(QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON llm_suggestions BEGIN "
                                            "UPDATE llm_suggestions SET status = 'applied' WHERE status = 'pending'; "
                                            "INSERT OR REPLACE INTO steward_roles VALUES ('dave', 'admin', 'admin', "
                                            "'2026-01-01T00:00:00Z'); END")));
        }
        const CliRun info = as(path, QStringLiteral("dave"), {QStringLiteral("--read-only"), QStringLiteral("info")});
        expectExit(info, 0);
        const QJsonArray triggers = object(info).value(QStringLiteral("foreign_triggers")).toArray();
        QCOMPARE(triggers.size(), 1);
        QCOMPARE(triggers.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("t"));
        QCOMPARE(triggers.first().toObject().value(QStringLiteral("table")).toString(),
                 QStringLiteral("llm_suggestions"));

        expectExit(as(path, QStringLiteral("dave"), {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
        expectExit(as(path, QStringLiteral("alice"),
                      {QStringLiteral("suggestions"), QStringLiteral("approve"),
                       firstWithStatus(path, QStringLiteral("pending"))}),
                   0);
        const CliRun verified = as(path, QStringLiteral("dave"), {QStringLiteral("audit"), QStringLiteral("verify")});
        expectExit(verified, 1, QStringLiteral("but the audit trail has no record of it"));
        const QJsonObject result = object(verified);
        QCOMPARE(result.value(QStringLiteral("intact")).toBool(), false);
        QVERIFY(result.value(QStringLiteral("first_bad_seq")).isNull()); // the chain itself is whole
        QCOMPARE(result.value(QStringLiteral("head_hash")).toString().size(), 64);
        const QJsonObject reconciliation = result.value(QStringLiteral("reconciliation")).toObject();
        QCOMPARE(reconciliation.value(QStringLiteral("reconciled")).toBool(), false);
        const QJsonObject counts = reconciliation.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("suggestion")).toInt(), pending - 1);
        QCOMPARE(counts.value(QStringLiteral("role")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("violation")).toInt(), 0);
        QCOMPARE(reconciliation.value(QStringLiteral("finding_count")).toInt(), pending);
        int listedSuggestions = 0;
        bool daveNamed = false;
        for (const QJsonValue& value : reconciliation.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            if (finding.value(QStringLiteral("kind")) == QStringLiteral("suggestion")) {
                ++listedSuggestions;
                QCOMPARE(finding.value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
            }
            if (finding.value(QStringLiteral("id")) == QStringLiteral("dave")) {
                daveNamed = true;
                QCOMPARE(finding.value(QStringLiteral("recorded_state")).toString(), QStringLiteral("viewer"));
                QVERIFY(finding.value(QStringLiteral("problem"))
                            .toString()
                            .startsWith(QStringLiteral("role dave is admin, but the audit trail last left it viewer")));
            }
        }
        QCOMPARE(listedSuggestions, 50);
        QVERIFY(daveNamed);
        const CliRun forPeople =
            runCli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
        expectExit(forPeople, 1);
        QVERIFY2(forPeople.out.contains(QStringLiteral("role dave is admin, but the audit trail last left it viewer")),
                 qPrintable(forPeople.out));
    }

    void rolesCommands()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        const CliRun listed = as(path, QStringLiteral("dave"), {QStringLiteral("roles"), QStringLiteral("list")});
        expectExit(listed, 0);
        QCOMPARE(array(listed).size(), 5);
        QCOMPARE(array(listed).first().toObject().keys(),
                 (QStringList{QStringLiteral("clients"), QStringLiteral("granted_at"), QStringLiteral("granted_by"),
                              QStringLiteral("role"), QStringLiteral("user_name")}));
        // Client scopes are the server's: on SQLite every grant covers every client, and none may name one.
        QVERIFY(array(listed).first().toObject().value(QStringLiteral("clients")).isNull());
        expectExit(as(path, QStringLiteral("admin"),
                      {QStringLiteral("roles"), QStringLiteral("grant"), QStringLiteral("eve"),
                       QStringLiteral("analyst"), QStringLiteral("--client"), QStringLiteral("saigon_mart")}),
                   2);
        expectExit(
            as(path, QStringLiteral("bob"),
               {QStringLiteral("roles"), QStringLiteral("grant"), QStringLiteral("eve"), QStringLiteral("analyst")}),
            5, QStringLiteral("admin"));
        expectExit(
            as(path, QStringLiteral("admin"),
               {QStringLiteral("roles"), QStringLiteral("grant"), QStringLiteral("eve"), QStringLiteral("boss")}),
            2, QStringLiteral("not a role"));
        expectExit(as(path, QStringLiteral("admin"),
                      {QStringLiteral("roles"), QStringLiteral("grant"), QStringLiteral("eve")}),
                   2);
        expectExit(
            as(path, QStringLiteral("admin"),
               {QStringLiteral("roles"), QStringLiteral("grant"), QStringLiteral("eve"), QStringLiteral("manager")}),
            0);
        expectExit(as(path, QStringLiteral("eve"),
                      {QStringLiteral("suggestions"), QStringLiteral("approve"),
                       firstWithStatus(path, QStringLiteral("pending"))}),
                   0);
        expectExit(
            as(path, QStringLiteral("admin"),
               {QStringLiteral("roles"), QStringLiteral("revoke"), QStringLiteral("eve"), QStringLiteral("analyst")}),
            4, QStringLiteral("eve is manager, not analyst"));
        expectExit(
            as(path, QStringLiteral("admin"),
               {QStringLiteral("roles"), QStringLiteral("revoke"), QStringLiteral("eve"), QStringLiteral("manager")}),
            0);
        expectExit(as(path, QStringLiteral("eve"),
                      {QStringLiteral("suggestions"), QStringLiteral("approve"),
                       firstWithStatus(path, QStringLiteral("pending"))}),
                   5, QStringLiteral("eve is viewer"));
        expectExit(as(path, QStringLiteral("admin"),
                      {QStringLiteral("--read-only"), QStringLiteral("roles"), QStringLiteral("grant"),
                       QStringLiteral("eve"), QStringLiteral("admin")}),
                   7);
    }

    void eightProcessesAtTheSameInstant()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        const QString id = firstWithStatus(path, QStringLiteral("pending"));
        const QStringList users{QStringLiteral("alice"), QStringLiteral("carol"), QStringLiteral("bob"),
                                QStringLiteral("admin")};
        QList<QStringList> commands;
        for (int i = 0; i < 8; ++i) {
            commands << QStringList{QStringLiteral("--db"),
                                    path,
                                    QStringLiteral("--as"),
                                    users.at(i % users.size()),
                                    QStringLiteral("suggestions"),
                                    QStringLiteral("approve"),
                                    id};
        }
        const QList<CliRun> runs = runCliAtOnce(commands);
        QList<int> codes;
        QStringList errors;
        for (const CliRun& run : runs) {
            codes << run.exitCode;
            errors << run.err;
        }
        QVERIFY2(codes.count(0) == 1, qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(codes.count(4) == 7, qPrintable(errors.join(QLatin1Char('\n'))));
        for (const QString& error : errors)
            QVERIFY(error.isEmpty() || error.contains(QStringLiteral("applied now, not pending")));
        auto db = openSqlite(path, QStringLiteral("dave"), true);
        QSqlQuery q = db->query();
        q.prepare(QStringLiteral("SELECT count(*) FROM steward_audit_log WHERE target_id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(CliReviewTest)
#include "tst_cli_review.moc"
