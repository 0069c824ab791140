// Comparing two snapshots: the suggestions and violations that changed state, the model
// versions that appeared, and what the audit trail gained, on two known exports.
#include "SnapshotTestSupport.h"
#include "models/snapshot/SnapshotDiff.h"
#include "models/snapshot/SnapshotDiffModel.h"
#include "models/snapshot/SnapshotExport.h"
#include "models/workflow/SuggestionDecisions.h"
#include "models/workflow/TransitionEngine.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>

using namespace steward;
using namespace steward::test;

class SnapshotDiffTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_live;
    QString m_older;
    QString m_newer;
    QStringList m_approved, m_rejected;
    QString m_added, m_removed, m_violation;
    qint64 m_auditBefore = 0, m_auditAfter = 0;

    QString exportTo(const QString& name)
    {
        const QString out = m_dir.filePath(name);
        exportSnapshot(m_live, out, QStringLiteral("bob"));
        return out;
    }

    static qint64 auditCount(Database& db)
    {
        QSqlQuery q = db.query();
        q.exec(QStringLiteral("SELECT count(*) FROM steward_audit_log"));
        q.next();
        return q.value(0).toLongLong();
    }

    static SnapshotDiffReport compare(const QString& older, const QString& newer, bool oldestFirst = false)
    {
        ConnectionTarget a, b;
        a.sqlitePath = older;
        b.sqlitePath = newer;
        auto report = SnapshotDiff::compareTargets(a, b, oldestFirst);
        if (!report)
            return STEWARD_HELPER_FAILED("%s", qPrintable(report.failure().message()));
        return *report;
    }

private slots:
    void initTestCase()
    {
        m_live = makeDemo(m_dir);
        m_older = exportTo(QStringLiteral("monday.sqlite"));

        // A week of work: alice decides through the one transition mechanism...
        auto alice = openSqlite(m_live, QStringLiteral("alice"));
        m_auditBefore = auditCount(*alice);
        QSqlQuery pending = alice->query();
        QVERIFY(pending.exec(
            QStringLiteral("SELECT suggestion_id FROM llm_suggestions WHERE status = 'pending' ORDER BY id LIMIT 4")));
        QStringList ids;
        while (pending.next())
            ids << pending.value(0).toString();
        pending.finish();
        QCOMPARE(ids.size(), 4);
        m_approved = ids.mid(0, 2);
        m_rejected = ids.mid(2, 1);
        m_removed = ids.at(3);
        TransitionEngine engine(*alice);
        for (const QString& id : m_approved)
            STEWARD_VERIFY_OK(engine.apply(SuggestionDecisions::approve(id, QStringLiteral("holds up"))).outcome);
        STEWARD_VERIFY_OK(
            engine.apply(SuggestionDecisions::reject(m_rejected.first(), QStringLiteral("one week only"))).outcome);
        m_auditAfter = auditCount(*alice);
        // ...and the pipeline writes as it always does.
        m_added = QStringLiteral("11111111-2222-4333-8444-555555555555");
        STEWARD_VERIFY_OK(alice->exec(
            QStringLiteral("INSERT INTO llm_suggestions (suggestion_id, client_id, category, summary, status) "
                           "VALUES ('%1', 'saigon_mart', 'feature', 'Add a rain feature', 'pending')")
                .arg(m_added)));
        STEWARD_VERIFY_OK(
            alice->exec(QStringLiteral("DELETE FROM llm_suggestions WHERE suggestion_id = '%1'").arg(m_removed)));
        QSqlQuery open = alice->query();
        QVERIFY(open.exec(QStringLiteral(
                    "SELECT violation_id FROM governance_violations WHERE status = 'open' ORDER BY id LIMIT 1")) &&
                open.next());
        m_violation = open.value(0).toString();
        open.finish();
        STEWARD_VERIFY_OK(alice->exec(
            QStringLiteral("UPDATE governance_violations SET status = 'investigating' WHERE violation_id = '%1'")
                .arg(m_violation)));
        STEWARD_VERIFY_OK(alice->exec(QStringLiteral(
            "INSERT INTO model_metadata (client_id, model_version, metrics, feature_count, training_samples, "
            "created_at) "
            "VALUES ('saigon_mart', '20261127_080000', '{\"wmape\": 0.0812}', 40, 90000, '2026-11-27T08:00:00Z')")));
        alice.reset();
        m_newer = exportTo(QStringLiteral("next-monday.sqlite"));
        QVERIFY(m_auditAfter > m_auditBefore);
    }

    void changesBetweenTwoExports()
    {
        const QByteArray olderDigest = fileDigest(m_older);
        const QByteArray newerDigest = fileDigest(m_newer);
        const SnapshotDiffReport report = compare(m_older, m_newer);
        QVERIFY2(report.notes.isEmpty(), qPrintable(report.notes.join(QLatin1Char('\n'))));
        QVERIFY(report.auditContinues);
        QVERIFY(report.olderManifest && report.newerManifest);
        QVERIFY(report.olderName.contains(QStringLiteral("monday.sqlite")));

        QHash<QString, QPair<QString, QString>> suggestions;
        for (const StateChange& change : report.suggestions)
            suggestions.insert(change.id, qMakePair(change.before, change.after));
        QCOMPARE(suggestions.size(), 5);
        for (const QString& id : m_approved)
            QCOMPARE(suggestions.value(id), qMakePair(QStringLiteral("pending"), QStringLiteral("applied")));
        QCOMPARE(suggestions.value(m_rejected.first()),
                 qMakePair(QStringLiteral("pending"), QStringLiteral("rejected")));
        QCOMPARE(suggestions.value(m_added), qMakePair(QString(), QStringLiteral("pending")));
        QCOMPARE(suggestions.value(m_removed), qMakePair(QStringLiteral("pending"), QString()));

        QCOMPARE(report.violations.size(), 1);
        QCOMPARE(report.violations.first().id, m_violation);
        QCOMPARE(report.violations.first().before, QStringLiteral("open"));
        QCOMPARE(report.violations.first().after, QStringLiteral("investigating"));

        QCOMPARE(report.modelVersions.size(), 1);
        QCOMPARE(report.modelVersions.first().version, QStringLiteral("20261127_080000"));
        QVERIFY(report.modelVersions.first().appeared);
        QCOMPARE(report.modelVersions.first().wmape.toDouble(), 0.0812);

        QCOMPARE(report.auditGained.size(), m_auditAfter - m_auditBefore);
        QCOMPARE(report.auditGained.first().seq, m_auditBefore + 1);
        QStringList targets;
        for (const AuditGain& entry : report.auditGained) {
            QCOMPARE(entry.actor, QStringLiteral("alice"));
            targets << entry.targetId;
        }
        QVERIFY(targets.contains(m_approved.first()) && targets.contains(m_rejected.first()));

        // What changed outside Steward comes first: the raw update of the violation and the
        // removed suggestion; not alice's decisions, nor the row the pipeline added.
        QCOMPARE(SnapshotDiffReport::sections().first(), SnapshotDiffReport::Section::Unaudited);
        QStringList unaudited;
        for (const StateChange& change : report.unaudited)
            unaudited << change.item + QLatin1Char(':') + change.id;
        unaudited.sort();
        QStringList expected{QStringLiteral("suggestion:") + m_removed, QStringLiteral("violation:") + m_violation};
        expected.sort();
        QCOMPARE(unaudited, expected);
        QCOMPARE(report.rows(SnapshotDiffReport::Section::Unaudited).size(), 2);

        QCOMPARE(fileDigest(m_older), olderDigest);
        QCOMPARE(fileDigest(m_newer), newerDigest);
        QCOMPARE(sideFiles(m_older), QStringList());
        QCOMPARE(sideFiles(m_newer), QStringList());
    }

    void aSnapshotAgainstTheLiveDatabase()
    {
        const QByteArray liveDigest = fileDigest(m_live);
        const SnapshotDiffReport live = compare(m_older, m_live);
        const SnapshotDiffReport exported = compare(m_older, m_newer);
        QCOMPARE(live.suggestions.size(), exported.suggestions.size());
        QCOMPARE(live.violations.size(), exported.violations.size());
        QCOMPARE(live.auditGained.size(), exported.auditGained.size());
        QVERIFY(!live.newerManifest);
        QCOMPARE(fileDigest(m_live), liveDigest);
    }

    void nothingChangedIsEmpty()
    {
        const SnapshotDiffReport report = compare(m_newer, m_newer);
        QVERIFY(report.isEmpty());
        QVERIFY(report.notes.isEmpty());
    }

    void backwardsIsNotedOrSwapped()
    {
        const SnapshotDiffReport backwards = compare(m_newer, m_older);
        QVERIFY(backwards.notes.join(QLatin1Char(' ')).contains(QStringLiteral("exported after")));
        QCOMPARE(backwards.auditGained.size(), 0);
        QVERIFY(!backwards.auditContinues);
        const SnapshotDiffReport swapped = compare(m_newer, m_older, true);
        QVERIFY(swapped.notes.isEmpty());
        QCOMPARE(swapped.suggestions.size(), 5);
        QCOMPARE(swapped.auditGained.size(), m_auditAfter - m_auditBefore);
    }

    void anAlteredAuditTrailIsNoticed()
    {
        const QString altered = m_dir.filePath(QStringLiteral("altered.sqlite"));
        QVERIFY(QFile::copy(m_newer, altered));
        {
            auto db = openSnapshotForWriting(altered);
            STEWARD_VERIFY_OK(db->exec(QStringLiteral("UPDATE steward_audit_log SET comment = 'edited', hash = 'x' "
                                                      "WHERE seq = %1")
                                           .arg(m_auditBefore)));
        }
        const SnapshotDiffReport report = compare(m_older, altered);
        QVERIFY(!report.auditContinues);
        QVERIFY(report.notes.join(QLatin1Char(' ')).contains(QStringLiteral("does not continue")));
    }

    void sectionModels()
    {
        const SnapshotDiffReport report = compare(m_older, m_newer);
        for (SnapshotDiffReport::Section section : SnapshotDiffReport::sections()) {
            SnapshotDiffModel model(section);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setReport(report);
            QCOMPARE(model.rowCount(), report.count(section));
            QCOMPARE(model.columnCount(), report.columns(section).size());
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column)
                    model.index(row, column).data();
            }
            model.clear();
            QCOMPARE(model.rowCount(), 0);
        }
        SnapshotDiffModel suggestions(SnapshotDiffReport::Section::Suggestions);
        suggestions.setReport(report);
        QStringList changes;
        for (int row = 0; row < suggestions.rowCount(); ++row) {
            changes << suggestions.index(row, 0).data(SnapshotDiffModel::ChangeRole).toString();
            if (suggestions.index(row, 0).data().toString() == m_added)
                QCOMPARE(suggestions.index(row, 2).data().toString(), QStringLiteral("(new)"));
        }
        changes.sort();
        QCOMPARE(changes, (QStringList{QStringLiteral("appeared"), QStringLiteral("changed"), QStringLiteral("changed"),
                                       QStringLiteral("changed"), QStringLiteral("removed")}));
        QCOMPARE(suggestions.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Before"));
    }
};

QTEST_GUILESS_MAIN(SnapshotDiffTest)
#include "tst_snapshot_diff.moc"
