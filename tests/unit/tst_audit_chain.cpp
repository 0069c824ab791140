// The audit trail's hash chain against an attacker with write access to the file: the
// append-only triggers refuse changes, and once they are dropped every edited, deleted,
// inserted or reordered record is found, the first bad one named.
#include "TestSupport.h"
#include "models/workflow/AuditChain.h"

#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace steward::test;

class AuditChainTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;

    // The demo's trail has 9 records; the attacker removes the triggers first.
    std::unique_ptr<Database> tamperable(const QTemporaryDir& dir)
    {
        auto db = openSqlite(copyDatabase(m_template, dir));
        if (!db->exec(QStringLiteral("DROP TRIGGER steward_audit_log_no_update")) ||
            !db->exec(QStringLiteral("DROP TRIGGER steward_audit_log_no_delete")))
            return STEWARD_HELPER_FAILED("cannot drop the triggers");
        return db;
    }

    static AuditEntry record(Database& db, qint64 seq)
    {
        auto entries = AuditChain::list(db, {{}, {}, {}, {}, {}, {}, 100, 0});
        for (const AuditEntry& entry : *entries) {
            if (entry.seq == seq)
                return entry;
        }
        return STEWARD_HELPER_FAILED("no record %lld", seq);
    }

    // Writes a record as an attacker would, straight into the table.
    static void insertRecord(Database& db, const AuditEntry& e)
    {
        const auto text = [](const QString& value) {
            return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
        };
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral(
            "INSERT INTO steward_audit_log (seq, recorded_at, actor, action, target_kind, target_id, client_id, "
            "state_before, state_after, comment, details, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value :
             QVariantList{e.seq, AuditChain::timeText(e.recordedAt), e.actor, e.action, e.targetKind, e.targetId,
                          text(e.clientId), text(e.stateBefore), text(e.stateAfter), text(e.comment), text(e.details),
                          e.prevHash, e.hash})
            q.addBindValue(value);
        QVERIFY2(q.exec(), "cannot insert the forged record");
    }

    static void expectBroken(Database& db, qint64 firstBad, const QString& fragment)
    {
        auto result = AuditChain::verify(db);
        QVERIFY(result);
        QVERIFY2(!result->intact, "tampering went unnoticed");
        QCOMPARE(result->firstBadSeq, firstBad);
        QVERIFY2(result->problem.contains(fragment), qPrintable(result->problem));
    }

private slots:
    void initTestCase() { m_template = makeDemo(m_dir, QStringLiteral("template.sqlite")); }

    void intactAndAppendOnly()
    {
        QTemporaryDir dir;
        auto db = openSqlite(copyDatabase(m_template, dir));
        auto result = AuditChain::verify(*db);
        QVERIFY(result && result->intact);
        QCOMPARE(result->recordsChecked, 9);
        QCOMPARE(result->headHash, record(*db, 9).hash);
        QCOMPARE(db->exec(QStringLiteral("UPDATE steward_audit_log SET comment = 'x' WHERE seq = 3")).code(),
                 OutcomeCode::Failed);
        QCOMPARE(db->exec(QStringLiteral("DELETE FROM steward_audit_log WHERE seq = 9")).code(), OutcomeCode::Failed);
        QVERIFY(AuditChain::verify(*db)->intact);
    }

    void editedRecord()
    {
        QTemporaryDir dir;
        auto db = tamperable(dir);
        QVERIFY(db->exec(QStringLiteral("UPDATE steward_audit_log SET actor = 'carol' WHERE seq = 5")));
        expectBroken(*db, 5, QStringLiteral("altered"));
    }

    void editedRecordWithItsHashRecomputed()
    {
        // The attacker knows the scheme and fixes the edited record's own hash: the next
        // record no longer follows it.
        QTemporaryDir dir;
        auto db = tamperable(dir);
        AuditEntry entry = record(*db, 6);
        entry.comment = QStringLiteral("Approved after a phone call");
        const QString forged = AuditChain::computeHash(entry);
        QSqlQuery q = db->query();
        q.prepare(QStringLiteral("UPDATE steward_audit_log SET comment = ?, hash = ? WHERE seq = 6"));
        q.addBindValue(entry.comment);
        q.addBindValue(forged);
        QVERIFY(q.exec());
        expectBroken(*db, 7, QStringLiteral("does not follow"));
    }

    void deletedMiddleRecord()
    {
        QTemporaryDir dir;
        auto db = tamperable(dir);
        QVERIFY(db->exec(QStringLiteral("DELETE FROM steward_audit_log WHERE seq = 5")));
        expectBroken(*db, 5, QStringLiteral("record 5 is missing"));
    }

    void deletedTailRecord()
    {
        QTemporaryDir dir;
        auto db = tamperable(dir);
        QVERIFY(db->exec(QStringLiteral("DELETE FROM steward_audit_log WHERE seq >= 8")));
        expectBroken(*db, 8, QStringLiteral("record 8 and later are missing"));
    }

    void insertedRecord()
    {
        // A forged record slipped in after record 5, the later ones renumbered to make room.
        QTemporaryDir dir;
        auto db = tamperable(dir);
        const AuditEntry five = record(*db, 5);
        QVERIFY(db->exec(QStringLiteral("UPDATE steward_audit_log SET seq = seq + 100 WHERE seq > 5")));
        QVERIFY(db->exec(QStringLiteral("UPDATE steward_audit_log SET seq = seq - 99 WHERE seq > 100")));
        AuditEntry forged = five;
        forged.seq = 6;
        forged.actor = QStringLiteral("mallory");
        forged.prevHash = five.hash;
        forged.hash = AuditChain::computeHash(forged);
        insertRecord(*db, forged);
        expectBroken(*db, 7, QStringLiteral("does not follow"));
    }

    void recordAppendedBehindTheChainsBack()
    {
        // A well-formed record added at the end without going through Steward: the head row
        // still ends the chain at record 9.
        QTemporaryDir dir;
        auto db = tamperable(dir);
        AuditEntry forged = record(*db, 9);
        forged.seq = 10;
        forged.prevHash = forged.hash;
        forged.action = QStringLiteral("approve");
        forged.clientId.clear();
        forged.stateBefore.clear();
        forged.stateAfter.clear();
        forged.comment.clear();
        forged.details.clear();
        forged.hash = AuditChain::computeHash(forged);
        insertRecord(*db, forged);
        expectBroken(*db, 10, QStringLiteral("does not match its last record (10)"));
    }

    void reorderedRecords()
    {
        QTemporaryDir dir;
        auto db = tamperable(dir);
        QVERIFY(db->exec(QStringLiteral("UPDATE steward_audit_log SET seq = -6 WHERE seq = 6")));
        QVERIFY(db->exec(QStringLiteral("UPDATE steward_audit_log SET seq = 6 WHERE seq = 7")));
        QVERIFY(db->exec(QStringLiteral("UPDATE steward_audit_log SET seq = 7 WHERE seq = -6")));
        expectBroken(*db, 6, QStringLiteral("does not follow"));
    }
};

QTEST_GUILESS_MAIN(AuditChainTest)
#include "tst_audit_chain.moc"
