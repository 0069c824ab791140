// The review queue and its decisions against a real PostgreSQL server, where the acting user
// is the database login: roles per login, the conflict rule across connections and across
// eight processes at once, literal search with ILIKE, uuid ids, and the audit chain.
#include "TestSupport.h"
#include "models/core/Clock.h"
#include "models/db/AppSchema.h"
#include "models/db/SchemaCatalog.h"
#include "models/db/SearchIndex.h"
#include "models/demo/DemoGenerator.h"
#include "models/governance/ViolationQuery.h"
#include "models/review/SuggestionQuery.h"
#include "models/review/SuggestionQueueModel.h"
#include "models/review/SuggestionRepository.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/AuditReconciliation.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/SuggestionDecisions.h"
#include "models/workflow/TransitionEngine.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <latch>

using namespace steward;
using namespace steward::test;

class PgReviewTest : public QObject
{
    Q_OBJECT

    const QStringList m_people{QStringLiteral("rv_alice"), QStringLiteral("rv_bob"), QStringLiteral("rv_carol"),
                               QStringLiteral("rv_dave")};

    // A demo database whose people log in as themselves: rv_alice and rv_carol are analysts,
    // rv_bob a manager, rv_dave a viewer; the superuser who wrote it is admin.
    bool prepare(TemporaryPostgresDatabase& pg)
    {
        if (!pg.isValid())
            return false;
        auto admin = Database::open(pg.target());
        if (!admin)
            return false;
        DemoOptions options;
        options.seed = 7;
        options.anchor = QDate(2026, 11, 20);
        if (!DemoGenerator::writeInto(**admin, options))
            return false;
        const QList<Role> roles{Role::Analyst, Role::Manager, Role::Analyst, Role::Viewer};
        for (int i = 0; i < m_people.size(); ++i) {
            if (!pg.createLogin(m_people.at(i)))
                return false;
            // The grant is membership of Steward's group role, with the privileges that come with it.
            if (!RoleRepository(**admin).grant(m_people.at(i), roles.at(i)))
                return false;
        }
        return true;
    }

    static QString pendingSuggestion(Database& db, int skip = 0)
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral(
            "SELECT suggestion_id::text FROM llm_suggestions WHERE status = 'pending' ORDER BY id LIMIT 1 OFFSET ?"));
        q.addBindValue(skip);
        if (!q.exec() || !q.next())
            return STEWARD_HELPER_FAILED("no pending suggestion");
        return q.value(0).toString();
    }

    // Pending suggestions of test_client with these summaries, written as the pipeline would.
    static bool addSummaries(Database& db, const QStringList& summaries)
    {
        for (const QString& summary : summaries) {
            QSqlQuery q = db.query();
            q.prepare(
                QStringLiteral("INSERT INTO llm_suggestions (suggestion_id, client_id, category, summary, status) "
                               "VALUES (gen_random_uuid(), 'test_client', 'other', ?, 'pending')"));
            q.addBindValue(summary);
            if (!q.exec())
                return false;
        }
        return true;
    }

    static qint64 auditRecordsFor(Database& db, const QString& id)
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT count(*) FROM steward.audit_log WHERE target_id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    static void expectExit(const CliRun& run, int code, const QString& fragment = {})
    {
        QVERIFY2(run.exitCode == code,
                 qPrintable(QStringLiteral("exit %1 (wanted %2): %3").arg(run.exitCode).arg(code).arg(run.err)));
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
    }

private slots:
    // A superuser's raw UPDATE leaves the chain whole, but not the items it last spoke for.
    void verifyFindsARawUpdate()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(prepare(pg), qPrintable(pg.error()));
        auto admin = Database::open(pg.target());
        QVERIFY(admin);
        const QString decided = pendingSuggestion(**admin);
        const QString untouched = pendingSuggestion(**admin, 1);
        {
            auto alice = Database::open(pg.target(QStringLiteral("rv_alice")));
            QVERIFY(alice);
            TransitionEngine engine(**alice);
            STEWARD_VERIFY_OK(engine.apply(SuggestionDecisions::approve(decided)).outcome);
        }
        // The demo's history was adopted when Steward's tables were created; its uuids are text in the trail.
        auto clean = AuditReconciliation::run(**admin);
        QVERIFY2(clean, qPrintable(clean ? QString() : clean.failure().message()));
        QVERIFY2(clean->reconciled(), qPrintable(clean->problems(5).join(QLatin1Char('\n'))));

        for (const QString& sql :
             {QStringLiteral("UPDATE llm_suggestions SET status = 'rejected' WHERE suggestion_id = '%1'").arg(decided),
              QStringLiteral("UPDATE llm_suggestions SET status = 'applied' WHERE suggestion_id = '%1'").arg(untouched),
              QStringLiteral("UPDATE steward.roles SET role = 'admin' WHERE user_name = 'rv_dave'")})
            STEWARD_VERIFY_OK((*admin)->exec(sql));
        QVERIFY(AuditChain::verify(**admin)->intact);
        auto result = AuditReconciliation::run(**admin);
        QVERIFY(result);
        QCOMPARE(result->totalCount(), 3);
        const QStringList problems = result->problems(10);
        const QString all = problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("suggestion %1… is rejected, but the audit trail last left it applied "
                                             "(record ")
                                  .arg(decided.left(8))),
                 qPrintable(all));
        QVERIFY2(problems.contains(QStringLiteral("suggestion %1… is applied, but the audit trail has no record of it")
                                       .arg(untouched.left(8))),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(problems.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("role rv_dave is admin, but the audit trail "
                                              "last left it viewer")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void decisionsAsDatabaseLogins()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(prepare(pg), qPrintable(pg.error()));
        auto admin = Database::open(pg.target());
        QVERIFY(admin);
        const QString id = pendingSuggestion(**admin);
        const auto cli = [&](const QString& user, const QStringList& arguments) {
            return runCli(
                QStringList{QStringLiteral("--db"), pg.uri(user), QStringLiteral("--format"), QStringLiteral("json")} +
                arguments);
        };
        expectExit(cli(QStringLiteral("rv_dave"), {QStringLiteral("suggestions"), QStringLiteral("approve"), id}), 5,
                   QStringLiteral("rv_dave is viewer"));
        expectExit(cli(QStringLiteral("rv_alice"), {QStringLiteral("--as"), QStringLiteral("rv_bob"),
                                                    QStringLiteral("suggestions"), QStringLiteral("approve"), id}),
                   2, QStringLiteral("database login"));
        expectExit(cli(QStringLiteral("rv_alice"),
                       {QStringLiteral("suggestions"), QStringLiteral("approve"), QStringLiteral("not-a-uuid")}),
                   3);
        expectExit(cli(QStringLiteral("rv_alice"),
                       {QStringLiteral("suggestions"), QStringLiteral("show"), QStringLiteral("not-a-uuid")}),
                   3);
        expectExit(cli(QStringLiteral("rv_alice"), {QStringLiteral("suggestions"), QStringLiteral("list"),
                                                    QStringLiteral("--cycle"), QStringLiteral("not-a-uuid")}),
                   2, QStringLiteral("not a cycle id"));
        expectExit(cli(QStringLiteral("rv_alice"), {QStringLiteral("suggestions"), QStringLiteral("approve"), id}), 0);
        expectExit(cli(QStringLiteral("rv_carol"), {QStringLiteral("suggestions"), QStringLiteral("approve"), id}), 4,
                   QStringLiteral("approve by rv_alice"));
        expectExit(cli(QStringLiteral("rv_alice"), {QStringLiteral("--read-only"), QStringLiteral("suggestions"),
                                                    QStringLiteral("approve"), pendingSuggestion(**admin)}),
                   7);

        const CliRun requested =
            cli(QStringLiteral("rv_carol"), {QStringLiteral("suggestions"), QStringLiteral("request-rollback"), id,
                                             QStringLiteral("--comment"), QStringLiteral("bias drifted")});
        expectExit(requested, 0);
        const QString request =
            QJsonDocument::fromJson(requested.out.toUtf8()).object().value(QStringLiteral("request_id")).toString();
        expectExit(cli(QStringLiteral("rv_alice"), {QStringLiteral("rollbacks"), QStringLiteral("approve"), request}),
                   5, QStringLiteral("manager"));
        expectExit(cli(QStringLiteral("rv_bob"), {QStringLiteral("rollbacks"), QStringLiteral("approve"), request}), 0);
        const CliRun shown =
            cli(QStringLiteral("rv_dave"), {QStringLiteral("suggestions"), QStringLiteral("show"), id});
        QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("rollback"));
        QCOMPARE(auditRecordsFor(**admin, id),
                 3); // approve, request, rollback; the decision on the request is under its own id
        QCOMPARE(auditRecordsFor(**admin, request), 1);
        expectExit(cli(QStringLiteral("rv_dave"), {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
    }

    void severalConnectionsAtOnce()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(prepare(pg), qPrintable(pg.error()));
        auto admin = Database::open(pg.target());
        const QString id = pendingSuggestion(**admin, 1);
        constexpr int kPeople = 6;
        std::latch ready(kPeople);
        QList<OutcomeCode> codes(kPeople, OutcomeCode::Failed);
        QList<QThread*> threads;
        for (int i = 0; i < kPeople; ++i) {
            const ConnectionTarget target = pg.target(i % 2 ? QStringLiteral("rv_carol") : QStringLiteral("rv_alice"));
            threads << QThread::create([&, i, target] {
                auto db = Database::open(target);
                ready.arrive_and_wait();
                if (db)
                    codes[i] = TransitionEngine(**db)
                                   .apply(SuggestionDecisions::reject(id, QStringLiteral("no")))
                                   .outcome.code();
            });
            threads.last()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(codes.count(OutcomeCode::Ok), 1);
        QCOMPARE(codes.count(OutcomeCode::Conflict), kPeople - 1);
        QCOMPARE(auditRecordsFor(**admin, id), 1);
        QVERIFY(AuditChain::verify(**admin)->intact);
    }

    void eightProcessesAtTheSameInstant()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(prepare(pg), qPrintable(pg.error()));
        auto admin = Database::open(pg.target());
        const QString id = pendingSuggestion(**admin, 2);
        QList<QStringList> commands;
        for (int i = 0; i < 8; ++i) {
            const QString user =
                QStringList{QStringLiteral("rv_alice"), QStringLiteral("rv_carol"), QStringLiteral("rv_bob")}.at(i % 3);
            commands << QStringList{QStringLiteral("--db"), pg.uri(user), QStringLiteral("suggestions"),
                                    QStringLiteral("approve"), id};
        }
        const QList<CliRun> runs = runCliAtOnce(commands);
        QList<int> codes;
        QStringList errors;
        for (const CliRun& run : runs) {
            codes << run.exitCode;
            errors << run.err;
        }
        QVERIFY2(codes.count(0) == 1 && codes.count(4) == 7, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(auditRecordsFor(**admin, id), 1);
    }

    void queueOnPostgres()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(prepare(pg), qPrintable(pg.error()));
        auto db = Database::open(pg.target(QStringLiteral("rv_dave")));
        QVERIFY(db);
        auto catalog = SchemaCatalog::load(**db);
        {
            auto admin = Database::open(pg.target());
            QVERIFY(
                addSummaries(**admin, {QStringLiteral("Discount 50% off"), QStringLiteral("Discount 500 off"),
                                       QStringLiteral("use lag_7"), QStringLiteral("use lagX7"),
                                       QStringLiteral("it's \"quoted\" \\ and '; DROP TABLE llm_suggestions; --")}));
        }
        SuggestionQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(30);
        model.setSource(db->get(), &*catalog);
        STEWARD_VERIFY_OK(model.setFilter({}));
        QCOMPARE(model.rowCount(), 255);
        for (int row = 0; row < model.rowsInSegment(0); ++row)
            QCOMPARE(model.status(row), QStringLiteral("pending"));
        const QList<QPair<QString, int>> searches{{QStringLiteral("50%"), 1},        {QStringLiteral("lag_7"), 1},
                                                  {QStringLiteral("'; DROP"), 1},    {QStringLiteral("\\"), 1},
                                                  {QStringLiteral("\"QUOTED\""), 1}, {QStringLiteral("%_%"), 0}};
        for (const auto& [needle, expected] : searches) {
            STEWARD_VERIFY_OK(model.setFilter({{}, QStringLiteral("test_client"), {}, {}, needle}));
            QVERIFY2(model.rowCount() == expected, qPrintable(needle));
        }
        STEWARD_VERIFY_OK(model.setFilter({}));
        model.sort(model.query().columnIndex(QStringLiteral("wmape_delta")), Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 255);
        QVERIFY(model.cell(0, model.query().columnIndex(QStringLiteral("wmape_delta"))).value.toDouble() >=
                model.cell(1, model.query().columnIndex(QStringLiteral("wmape_delta"))).value.toDouble());
        QVERIFY(model.cell(254, model.query().columnIndex(QStringLiteral("wmape_delta"))).isNull()); // no metrics: last
        auto detail = SuggestionRepository::find(**db, *catalog, model.suggestionId(0), true);
        QVERIFY2(detail, qPrintable(detail.failure().message()));
        QVERIFY(detail->cycle && detail->beforeMetrics.valid);
        QCOMPARE(SuggestionRepository::find(**db, *catalog, QStringLiteral("1; DROP TABLE x"), true).failure().code(),
                 OutcomeCode::NotFound);
        // A cycle id the server could not read as a uuid is refused before any SQL runs.
        QCOMPARE(model.setFilter({{}, {}, {}, QStringLiteral("x' OR '1'='1"), {}}).code(), OutcomeCode::Usage);
    }

    // init --indexes on PostgreSQL: pg_trgm and its GIN indexes, and the same rows as before.
    void searchIndexOnPostgres()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(prepare(pg), qPrintable(pg.error()));
        auto admin = Database::open(pg.target());
        QVERIFY(admin);
        QVERIFY(addSummaries(**admin, {QStringLiteral("Discount 50% off"), QStringLiteral("Discount 500 off"),
                                       QStringLiteral("use lag_7"), QStringLiteral("it's \"quoted\" \\ x")}));
        const QStringList needles{QStringLiteral("50%"), QStringLiteral("lag_7"), QStringLiteral("\"QUOTED\""),
                                  QStringLiteral("%_%"), QStringLiteral("\\"),    QStringLiteral("holiday"),
                                  QStringLiteral("it's")};
        const auto rows = [&](Database& db) {
            auto catalog = SchemaCatalog::load(db);
            QList<QStringList> all;
            for (const QString& needle : needles) {
                SuggestionFilter filter;
                filter.search = needle;
                PagedTableModel model;
                model.setDatabase(&db);
                if (!model.setQuery(*SuggestionQuery::build(db, *catalog, filter)))
                    return QList<QStringList>();
                QStringList ids;
                for (int row = 0; row < model.rowCount(); ++row)
                    ids << model.cell(row, 0).text();
                all << ids;
            }
            return all;
        };
        const QList<QStringList> before = rows(**admin);
        QCOMPARE(before.size(), needles.size());
        QCOMPARE(before.at(0).size(), 1);
        QCOMPARE(before.at(3).size(), 0);
        QVERIFY(!*SearchIndex::isPresent(**admin, QStringLiteral("llm_suggestions")));
        auto created = SearchIndex::create(**admin);
        QVERIFY2(created, qPrintable(created.failure().message()));
        QVERIFY(created->contains(QStringLiteral("steward_search_llm_suggestions_summary")));
        QVERIFY(created->contains(QStringLiteral("steward_suggestions_category")));
        QVERIFY(*SearchIndex::isPresent(**admin, QStringLiteral("llm_suggestions")));
        QVERIFY(*SearchIndex::isPresent(**admin, QStringLiteral("governance_violations")));
        QVERIFY(*SearchIndex::hasMarkedIndex(**admin, QStringLiteral("llm_suggestions")));
        QCOMPARE(rows(**admin), before);

        // The descriptions of violations, searched with and without the marked index.
        const QStringList descriptions{QStringLiteral("Drift of 50% on lag_7"), QStringLiteral("Drift of 500 on lagX7"),
                                       QStringLiteral("it's \"quoted\"")};
        for (const QString& description : descriptions) {
            QSqlQuery q = (*admin)->query();
            q.prepare(QStringLiteral("UPDATE governance_violations SET description = ? WHERE id = (SELECT min(id) + ? "
                                     "FROM governance_violations)"));
            q.addBindValue(description);
            q.addBindValue(descriptions.indexOf(description));
            QVERIFY(q.exec());
        }
        const auto violations = [&](bool marks) {
            QList<QStringList> all;
            ViolationQueryContext context;
            context.now = Clock::nowUtc();
            context.searchMarks = marks;
            for (const QString& needle : needles) {
                ViolationFilter filter;
                filter.search = needle;
                auto found =
                    ViolationQuery::fetch(**admin, ViolationQuery::queue((*admin)->dialect(), filter, context));
                QStringList ids;
                for (const ViolationRow& row : found ? *found : QList<ViolationRow>())
                    ids << row.violationId;
                all << ids;
            }
            return all;
        };
        const QList<QStringList> unmarked = violations(false);
        QCOMPARE(unmarked.at(0).size(), 1); // 50%
        QCOMPARE(unmarked.at(1).size(), 1); // lag_7
        QCOMPARE(violations(true), unmarked);

        // Along the marked indexes: "50%" reads as "50q", which the plain trigram index cannot see.
        QCOMPARE(SearchIndex::markedPattern(QStringLiteral("50%")), QStringLiteral("%50q%"));
        STEWARD_VERIFY_OK((*admin)->exec(QStringLiteral("SET enable_seqscan = off")));
        SuggestionFilter fifty;
        fifty.search = QStringLiteral("50%");
        auto catalog = SchemaCatalog::load(**admin);
        auto query = SuggestionQuery::build(**admin, *catalog, fifty);
        QVERIFY(query);
        // EXPLAIN takes no parameters: the test's own binds, written in as literals.
        QString where = query->where;
        for (const QVariant& bind : query->binds)
            where.replace(where.indexOf(QLatin1Char('?')), 1,
                          QLatin1Char('\'') + bind.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
                              QLatin1Char('\''));
        QSqlQuery plan = (*admin)->query();
        QVERIFY2(plan.exec(QStringLiteral("EXPLAIN SELECT %1 FROM %2 WHERE %3").arg(query->key, query->from, where)),
                 qPrintable(plan.lastError().text() + QLatin1Char(' ') + where));
        QString text;
        while (plan.next())
            text += plan.value(0).toString() + QLatin1Char('\n');
        QVERIFY2(text.contains(QStringLiteral("steward_search_llm_suggestions_summary_marks")), qPrintable(text));
    }

    // init --indexes on PostgreSQL indexes each metric change both ways: a sort by one gives the
    // same order as without them, and its first keys are read along the index (no sort).
    void deltaSortsAlongTheirIndexes()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(prepare(pg), qPrintable(pg.error()));
        auto admin = Database::open(pg.target());
        QVERIFY(admin);
        auto catalog = SchemaCatalog::load(**admin);
        const QStringList columns{QStringLiteral("wmape_delta"), QStringLiteral("bias_delta"),
                                  QStringLiteral("client_id")};
        const auto orders = [&] {
            QList<QStringList> all;
            for (const QString& column : columns) {
                for (const bool descending : {false, true}) {
                    PagedTableModel model;
                    model.setDatabase(admin->get());
                    auto query = SuggestionQuery::build(**admin, *catalog, {}, {column, descending});
                    if (!query || !model.setQuery(*query))
                        return QList<QStringList>();
                    QStringList ids;
                    for (int row = 0; row < model.rowCount(); ++row)
                        ids << model.cell(row, 0).text();
                    all << ids;
                }
            }
            return all;
        };
        const QList<QStringList> before = orders();
        QCOMPARE(before.size(), 6);
        QVERIFY(before.first().size() > 100);
        auto created = SearchIndex::create(**admin);
        QVERIFY2(created, qPrintable(created.failure().message()));
        QVERIFY(created->contains(QStringLiteral("steward_suggestions_wmape_delta_desc")));
        QCOMPARE(orders(), before);
        // The plan of the first keys, with sequential scans and sorts made dear as on a large table.
        STEWARD_VERIFY_OK((*admin)->exec(QStringLiteral("SET enable_seqscan = off")));
        STEWARD_VERIFY_OK((*admin)->exec(QStringLiteral("SET enable_sort = off")));
        for (const bool descending : {false, true}) {
            auto query = SuggestionQuery::build(**admin, *catalog, {}, {QStringLiteral("wmape_delta"), descending});
            QVERIFY(query);
            auto plan = (*admin)->select(QStringLiteral("EXPLAIN SELECT %1 FROM %2 ORDER BY %3 LIMIT 10")
                                             .arg(query->key, query->from, query->orderBy),
                                         QStringLiteral("explaining"));
            QVERIFY(plan);
            QString text;
            while (plan->next())
                text += plan->value(0).toString() + QLatin1Char('\n');
            QVERIFY2(
                text.contains(QStringLiteral("steward_suggestions_wmape_delta_%1").arg(descending ? "desc" : "asc")),
                qPrintable(text));
        }
    }

    void auditChainFindsTampering_data()
    {
        QTest::addColumn<QStringList>("attack");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("edited") << QStringList{QStringLiteral(
                                       "UPDATE steward.audit_log SET actor = 'mallory' WHERE seq = 3")}
                                << qint64(3);
        QTest::newRow("deleted in the middle")
            << QStringList{QStringLiteral("DELETE FROM steward.audit_log WHERE seq = 3")} << qint64(3);
        QTest::newRow("deleted at the end")
            << QStringList{QStringLiteral("DELETE FROM steward.audit_log WHERE seq = 6")} << qint64(6);
        QTest::newRow("inserted")
            << QStringList{QStringLiteral("UPDATE steward.audit_log SET seq = seq + 100 WHERE seq >= 4"),
                           QStringLiteral("UPDATE steward.audit_log SET seq = seq - 99 WHERE seq > 100"),
                           QStringLiteral("INSERT INTO steward.audit_log SELECT 4, recorded_at, 'mallory', action, "
                                          "target_kind, target_id, client_id, state_before, state_after, comment, "
                                          "details, hash, md5(hash) || md5(hash) FROM steward.audit_log WHERE seq = 3")}
            << qint64(4);
        QTest::newRow("reordered") << QStringList{QStringLiteral("UPDATE steward.audit_log SET seq = -2 WHERE seq = 2"),
                                                  QStringLiteral("UPDATE steward.audit_log SET seq = 2 WHERE seq = 3"),
                                                  QStringLiteral("UPDATE steward.audit_log SET seq = 3 WHERE seq = -2")}
                                   << qint64(2);
    }

    void auditChainFindsTampering()
    {
        QFETCH(QStringList, attack);
        QFETCH(qint64, firstBad);
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        auto db = Database::open(pg.target());
        QVERIFY(db);
        QVERIFY(AppSchema::init(**db)); // record 1 of nothing yet: the creator becomes admin without a record
        for (const QString& user : {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"),
                                    QStringLiteral("a4"), QStringLiteral("a5"), QStringLiteral("a6")}) {
            QVERIFY2(pg.createLogin(user), qPrintable(pg.error()));
            STEWARD_VERIFY_OK(RoleRepository(**db).grant(user, Role::Analyst));
        }
        QVERIFY(AuditChain::verify(**db)->intact);
        QCOMPARE(AuditChain::verify(**db)->recordsChecked, 6);
        // The append-only trigger stands in the way until the attacker drops it.
        QCOMPARE((*db)->exec(attack.first()).isOk(), false);
        STEWARD_VERIFY_OK((*db)->exec(QStringLiteral("DROP TRIGGER audit_log_append_only ON steward.audit_log")));
        for (const QString& statement : attack)
            STEWARD_VERIFY_OK((*db)->exec(statement));
        auto result = AuditChain::verify(**db);
        QVERIFY(result);
        QVERIFY2(!result->intact, "tampering went unnoticed");
        QCOMPARE(result->firstBadSeq, firstBad);
    }

    void unreadableTableIsPermissionDenied()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(prepare(pg), qPrintable(pg.error()));
        const QString login = QStringLiteral("rv_noread");
        QVERIFY2(pg.createLogin(login), qPrintable(pg.error()));
        auto admin = Database::open(pg.target());
        QVERIFY(admin);
        for (const QString& grant : {QStringLiteral("GRANT USAGE ON SCHEMA steward TO %1"),
                                     QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA steward, public TO %1"),
                                     QStringLiteral("REVOKE SELECT ON llm_suggestions, model_metadata FROM %1")})
            STEWARD_VERIFY_OK((*admin)->exec(grant.arg(login)));
        // The catalog hides what a login may not read; the server's refusal is what counts.
        for (const QStringList& command : {QStringList{QStringLiteral("suggestions"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("models"), QStringLiteral("list")}}) {
            const CliRun run = runCli(QStringList{QStringLiteral("--db"), pg.uri(login)} + command);
            expectExit(run, 5, QStringLiteral("lacks the SELECT privilege"));
            QVERIFY2(!run.err.contains(QStringLiteral("has no")), qPrintable(run.err));
        }
        // A table that is not there is still reported as missing.
        STEWARD_VERIFY_OK((*admin)->exec(QStringLiteral("ALTER TABLE llm_suggestions RENAME TO llm_suggestions_old")));
        expectExit(runCli({QStringLiteral("--db"), pg.uri(), QStringLiteral("suggestions"), QStringLiteral("list")}), 1,
                   QStringLiteral("no llm_suggestions table"));
    }

    void serverLostMidDecisionExitsSix()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(prepare(pg), qPrintable(pg.error()));
        auto admin = Database::open(pg.target());
        QVERIFY(admin);
        const QString id = pendingSuggestion(**admin);
        const qint64 audited = auditRecordsFor(**admin, id);
        auto locker = Database::open(pg.target());
        QVERIFY(locker);
        // The decision waits for the row; its session is then terminated, as a restart would.
        STEWARD_VERIFY_OK((*locker)->exec(QStringLiteral("BEGIN")));
        STEWARD_VERIFY_OK((*locker)->exec(QStringLiteral("LOCK TABLE llm_suggestions IN ACCESS EXCLUSIVE MODE")));
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("secret"));
        cli.setProcessEnvironment(environment);
        QUrl uri(pg.uri(QStringLiteral("rv_alice")));
        uri.setPassword(QString());
        cli.start(qEnvironmentVariable("STEWARD_CLI"), {QStringLiteral("--db"), uri.toString(),
                                                        QStringLiteral("suggestions"), QStringLiteral("approve"), id});
        QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
        QDeadlineTimer deadline(60000);
        int terminated = 0;
        while (!cli.waitForFinished(100) && !deadline.hasExpired()) {
            QSqlQuery kill = (*admin)->query();
            kill.prepare(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                        "WHERE datname = ? AND usename = 'rv_alice' AND wait_event_type = 'Lock'"));
            kill.addBindValue(pg.name());
            QVERIFY(kill.exec() && kill.next());
            terminated += kill.value(0).toInt();
        }
        QVERIFY2(cli.state() == QProcess::NotRunning, "steward-cli did not finish");
        QVERIFY(terminated > 0);
        STEWARD_VERIFY_OK((*locker)->exec(QStringLiteral("ROLLBACK")));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 6, qPrintable(QStringLiteral("exit %1: %2").arg(cli.exitCode()).arg(err)));
        QVERIFY2(err.count(QLatin1Char('\n')) == 1, qPrintable(err));
        QVERIFY2(err.startsWith(QStringLiteral("steward-cli: error: ")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("lost the connection")), qPrintable(err));
        // Nothing of the decision is stored.
        QSqlQuery status = (*admin)->query();
        status.prepare(QStringLiteral("SELECT status FROM llm_suggestions WHERE suggestion_id::text = ?"));
        status.addBindValue(id);
        QVERIFY(status.exec() && status.next());
        QCOMPARE(status.value(0).toString(), QStringLiteral("pending"));
        QCOMPARE(auditRecordsFor(**admin, id), audited);
    }
};

QTEST_GUILESS_MAIN(PgReviewTest)
#include "tst_pg_review.moc"
