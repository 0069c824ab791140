// The Governance header's numbers (open criticals, overdue, unassigned) counted in SQL, each
// equal to the rows its filter shows, on the demo and through UrutiIQ's tables; and the queue's
// default order, which puts overdue criticals before lesser overdue items.
#include "TestSupport.h"
#include "models/governance/Deadlines.h"
#include "models/governance/ViolationHeadline.h"
#include "models/governance/ViolationQuery.h"
#include "models/governance/ViolationTerms.h"
#include "models/profiles/ProfileDetection.h"

#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;

class ViolationHeadlineTest : public QObject
{
    Q_OBJECT

    TestClock m_clock;
    QTemporaryDir m_dir;
    QString m_demo;

    static ViolationQueryContext contextOf(Database& db, const QDateTime& now)
    {
        ViolationQueryContext context;
        context.now = now;
        context.hasAppTables = true;
        if (auto deadlines = Deadlines::load(db); deadlines)
            context.deadlines = *deadlines;
        return context;
    }

private slots:
    void initTestCase() { m_demo = makeDemo(m_dir); }

    void eachNumberIsTheRowsItsFilterShows()
    {
        auto db = openSqlite(m_demo);
        QVERIFY(db);
        const ViolationQueryContext context = contextOf(*db, db->asOf());
        auto counts = ViolationHeadline::count(*db, context);
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.failure().message()));

        // Counted again by hand from every row, as a person reading the whole queue would.
        auto all = ViolationQuery::fetch(*db, ViolationQuery::queue(db->dialect(), {}, context));
        QVERIFY(all);
        qint64 criticals = 0, overdue = 0, unassigned = 0;
        for (const ViolationRow& row : *all) {
            const bool closed = ViolationTerms::isClosed(row.status);
            criticals += !closed && row.severity == QLatin1String("critical");
            overdue += context.deadlines.isOverdue(row.severity, row.status, row.detectedAt, context.now);
            unassigned += !closed && row.assignee.isEmpty();
        }
        QCOMPARE(counts->openCriticals, criticals);
        QCOMPARE(counts->overdue, overdue);
        QCOMPARE(counts->unassigned, unassigned);
        QVERIFY(criticals > 0 && overdue > criticals && unassigned > 0); // the demo has some of each

        for (ViolationHeadline::Kind kind : ViolationHeadline::kAllKinds) {
            const ViolationFilter filter = ViolationHeadline::filterFor(kind);
            QCOMPARE(*ViolationQuery::count(*db, ViolationQuery::queue(db->dialect(), filter, context)),
                     counts->of(kind));
            QCOMPARE(ViolationHeadline::kindOf(filter), std::optional<ViolationHeadline::Kind>(kind));
        }
        ViolationFilter more = ViolationHeadline::filterFor(ViolationHeadline::Kind::Overdue);
        more.clients = {QStringLiteral("hanoi_fresh")};
        QVERIFY(!ViolationHeadline::kindOf(more)); // a narrower filter is not the headline's
        QVERIFY(!ViolationHeadline::kindOf({}));
    }

    void overdueCriticalsComeFirstThenLesserOverdueByDeadline()
    {
        auto db = openSqlite(m_demo);
        QVERIFY(db);
        const ViolationQueryContext context = contextOf(*db, db->asOf());
        auto rows = ViolationQuery::fetch(*db, ViolationQuery::queue(db->dialect(), {}, context));
        QVERIFY(rows);
        const auto isOverdue = [&](const ViolationRow& row) {
            return context.deadlines.isOverdue(row.severity, row.status, row.detectedAt, context.now);
        };
        const qint64 overdue = std::count_if(rows->cbegin(), rows->cend(), isOverdue);
        int lastRank = 99;
        for (int i = 0; i < rows->size(); ++i) {
            const ViolationRow& row = rows->at(i);
            QVERIFY2(isOverdue(row) == (i < overdue), qPrintable(QStringLiteral("row %1 out of place").arg(i)));
            if (i >= overdue)
                continue;
            // Within the overdue rows: most severe first; within a severity, the oldest deadline first.
            const int rank = ViolationTerms::severityRank(row.severity);
            QVERIFY2(rank <= lastRank,
                     qPrintable(QStringLiteral("row %1: %2 after a lower severity").arg(i).arg(row.severity)));
            if (rank == lastRank)
                QVERIFY(rows->at(i - 1).dueAt <= row.dueAt);
            lastRank = rank;
        }
        QCOMPARE(rows->first().severity, QStringLiteral("critical"));
        QVERIFY(rows->at(static_cast<int>(overdue) - 1).severity != QLatin1String("critical"));

        // Reversed, the order is the deadline's alone, as before: furthest deadline first.
        auto reversed =
            ViolationQuery::fetch(*db, ViolationQuery::queue(db->dialect(), {}, context, ViolationQuery::DueAt, true));
        QVERIFY(reversed);
        for (int i = 1; i < reversed->size(); ++i) {
            const ViolationRow& a = reversed->at(i - 1);
            const ViolationRow& b = reversed->at(i);
            if (!ViolationTerms::isClosed(a.status) && !ViolationTerms::isClosed(b.status) && a.dueAt.isValid() &&
                b.dueAt.isValid())
                QVERIFY(a.dueAt >= b.dueAt);
        }
    }

    void countsThroughUrutiIQsTables()
    {
        const QString path = m_dir.filePath(QStringLiteral("urutiiq.sqlite"));
        {
            auto db = makeFromContract(path, QStringLiteral("urutiiq_postgres.sql"));
            QVERIFY(db);
            for (
                const char* sql : {
                    R"(INSERT INTO "AIGovernance" ("id","tenantId","companyId","policyName","policyType","status","updatedAt")
                        VALUES ('clp1','t1','c1','Bias watch','bias_detection','active','2026-10-01 00:00'))",
                    R"(INSERT INTO "AIGovernanceViolation" ("id","tenantId","companyId","policyId","modelId","violationType","severity","description","status","createdAt","updatedAt")
                        VALUES ('clv1','t1','c1','clp1',NULL,'bias','critical','Approval gap 14%','open','2026-11-30 08:00','2026-11-30 08:00'),
                               ('clv2','t1','c1','clp1',NULL,'bias','critical','Approval gap 9%','resolved','2026-11-20 08:00','2026-11-21 08:00'),
                               ('clv3','t1','c2','clp1',NULL,'fairness','medium','Parity drift','open','2026-11-29 08:00','2026-11-29 08:00'),
                               ('clv4','t1','c2','clp1',NULL,'fairness','low','Parity drift','open','2026-11-10 08:00','2026-11-10 08:00'))"}) {
                const Outcome done = db->exec(QString::fromUtf8(sql));
                QVERIFY2(done, qPrintable(done.message()));
            }
        }
        auto db = openSqlite(path);
        QVERIFY(db);
        QCOMPARE(db->activeProfile().profile.name, QStringLiteral("urutiiq"));
        ViolationQueryContext context;
        context.now = QDateTime(QDate(2026, 12, 3), QTime(8, 0), QTimeZone::utc());
        // clv1 critical due 1 Dec: overdue; clv3 medium due 6 Dec: not yet; clv4 low due 10 Dec.
        auto counts = ViolationHeadline::count(*db, context);
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.failure().message()));
        QCOMPARE(counts->openCriticals, 1);
        QCOMPARE(counts->overdue, 1);
        QCOMPARE(counts->unassigned, 3); // without Steward's tables nobody is assigned anything
    }
};

QTEST_GUILESS_MAIN(ViolationHeadlineTest)
#include "tst_violation_headline.moc"
