#include "TestSupport.h"
#include "models/db/SchemaCatalog.h"
#include "models/demo/DemoGenerator.h"
#include "models/values/CellValue.h"
#include "models/workflow/AuditChain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;

class DemoTest : public QObject
{
    Q_OBJECT

    static QSet<QString> distinct(Database& db, const QString& sql)
    {
        QSqlQuery q = db.query();
        if (!q.exec(sql))
            return STEWARD_HELPER_FAILED("%s", qPrintable(sql));
        QSet<QString> values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }

    // A digest of every pipeline table's rows: what "the same data" means.
    static QByteArray pipelineDigest(Database& db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        auto catalog = SchemaCatalog::load(db);
        for (const TableInfo& table : catalog->tables()) {
            if (table.isApp)
                continue;
            QSqlQuery q = db.query();
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table.sqlName()));
            while (q.next()) {
                for (int c = 0; c < table.columns.size(); ++c)
                    hash.addData(q.value(c).toString().toUtf8() + '\x1f');
            }
        }
        return hash.result().toHex();
    }

private slots:
    void everyStatusCategoryAndSeverity()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        const QSet<QString> statuses = distinct(*db, QStringLiteral("SELECT DISTINCT status FROM llm_suggestions"));
        for (const char* s : {"pending", "applied", "rejected", "rollback", "superseded"})
            QVERIFY2(statuses.contains(QString::fromLatin1(s)), s);
        const QSet<QString> categories = distinct(*db, QStringLiteral("SELECT DISTINCT category FROM llm_suggestions"));
        for (const char* c :
             {"hyperparameter", "feature", "event", "calendar", "cross_audit", "other", "ensemble_weighting"})
            QVERIFY2(categories.contains(QString::fromLatin1(c)), c);
        const QSet<QString> states = distinct(*db, QStringLiteral("SELECT DISTINCT state FROM improvement_cycles"));
        QCOMPARE(states.size(), 8);
        const QSet<QString> severities =
            distinct(*db, QStringLiteral("SELECT DISTINCT severity FROM governance_violations"));
        for (const char* s : {"low", "medium", "high", "critical"})
            QVERIFY2(severities.contains(QString::fromLatin1(s)), s);
        const QSet<QString> violationStates =
            distinct(*db, QStringLiteral("SELECT DISTINCT status FROM governance_violations"));
        for (const char* s : {"open", "investigating", "resolved", "false_positive"})
            QVERIFY2(violationStates.contains(QString::fromLatin1(s)), s);
        QVERIFY(distinct(*db, QStringLiteral("SELECT DISTINCT status FROM training_jobs"))
                    .contains(QStringLiteral("failed")));
        QCOMPARE(distinct(*db, QStringLiteral("SELECT DISTINCT forecast_level FROM backtest_results")),
                 (QSet<QString>{QStringLiteral("order"), QStringLiteral("sku")}));
        QVERIFY(distinct(*db, QStringLiteral("SELECT DISTINCT client_id FROM model_metadata")).size() >= 3);
        // Model versions are timestamp ids.
        for (const QString& version : distinct(*db, QStringLiteral("SELECT model_version FROM model_metadata")))
            QVERIFY(QDateTime::fromString(version, QStringLiteral("yyyyMMdd_HHmmss")).isValid());
        // The provider's api_key is a real secret in the data (and hidden everywhere else).
        QVERIFY(
            !distinct(*db, QStringLiteral("SELECT api_key FROM llm_providers WHERE api_key LIKE 'sk-%'")).isEmpty());
        // P10 <= prediction <= P90.
        QVERIFY(
            distinct(*db, QStringLiteral("SELECT id FROM forecast_results WHERE confidence_lower > predicted_quantity "
                                         "OR confidence_upper < predicted_quantity"))
                .isEmpty());
        // A few decisions were made through the real mechanism and the audit chain verifies.
        auto verification = AuditChain::verify(*db);
        QVERIFY(verification);
        QVERIFY(verification->intact);
        QVERIFY(verification->recordsChecked >= 8);
    }

    // Every moment the demo records, its own decisions and Steward's tables included, lies in
    // the year before its "now" (09:00 UTC on the anchor day), whatever the clock says today.
    // Forecast and event dates are predictions for days ahead, not moments recorded.
    void everyRecordedMomentLiesBeforeTheAnchor()
    {
        const TestClock later(QDateTime(QDate(2031, 7, 1), QTime(12, 0), QTimeZone::utc()));
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        const QDateTime dataNow(demoAnchor(), QTime(9, 0), QTimeZone::utc());
        auto catalog = SchemaCatalog::load(*db);
        QStringList checked;
        int moments = 0;
        for (const TableInfo& table : catalog->tables()) {
            for (const ColumnInfo& column : table.columns) {
                if (!column.name.endsWith(QLatin1String("_at")))
                    continue;
                QSqlQuery q = db->query();
                QVERIFY(
                    q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL").arg(column.name, table.sqlName())));
                while (q.next()) {
                    const QDateTime moment = parseTimestamp(q.value(0));
                    const QString where =
                        table.name + QLatin1Char('.') + column.name + QLatin1Char(' ') + q.value(0).toString();
                    QVERIFY2(moment.isValid(), qPrintable(where));
                    QVERIFY2(moment <= dataNow, qPrintable(where + QStringLiteral(" is after the demo's now")));
                    QVERIFY2(moment > dataNow.addDays(-400),
                             qPrintable(where + QStringLiteral(" is long before the demo's now")));
                    ++moments;
                }
                checked << table.name + QLatin1Char('.') + column.name;
            }
        }
        for (const char* column :
             {"steward_audit_log.recorded_at", "steward_roles.granted_at", "governance_violations.resolved_at",
              "steward_rollback_requests.requested_at", "model_metadata.created_at"})
            QVERIFY2(checked.contains(QString::fromLatin1(column)), column);
        QVERIFY(moments > 1000);
        // The demo's own decisions are in its audit trail, in order, a few minutes apart.
        auto entries = AuditChain::list(*db, {});
        QVERIFY(entries && entries->size() >= 5);
        for (const AuditEntry& entry : *entries)
            QVERIFY2(entry.recordedAt.date() == demoAnchor(), qPrintable(timestampText(entry.recordedAt)));
    }

    void anchorDefaultsToTheClocksDayOnceItsNowHasPassed()
    {
        {
            const TestClock morning(QDateTime(QDate(2030, 3, 15), QTime(7, 30), QTimeZone::utc()));
            QCOMPARE(DemoOptions::defaultAnchor(), QDate(2030, 3, 14));
        }
        const TestClock noon(QDateTime(QDate(2030, 3, 15), QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(DemoOptions::defaultAnchor(), QDate(2030, 3, 15));
    }

    void sameSeedSameData()
    {
        QTemporaryDir dir;
        auto a = openSqlite(makeDemo(dir, QStringLiteral("a.sqlite")));
        auto b = openSqlite(makeDemo(dir, QStringLiteral("b.sqlite")));
        QCOMPARE(pipelineDigest(*a), pipelineDigest(*b));
        DemoOptions other;
        other.seed = 8;
        other.anchor = QDate(2026, 11, 20);
        QVERIFY(DemoGenerator::writeSqliteFile(dir.filePath(QStringLiteral("c.sqlite")), other));
        auto c = openSqlite(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(pipelineDigest(*a) != pipelineDigest(*c));
    }

    void scaleMultipliesRows()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir, QStringLiteral("x3.sqlite"), QStringLiteral("admin"), 3));
        QSqlQuery q = db->query();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM llm_suggestions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3 * DemoGenerator::kSuggestionsPerScale);
    }

    void neverOverwritesAndLeavesNothingWhenCancelled()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        const QByteArray before = fileDigest(path);
        auto again = DemoGenerator::writeSqliteFile(path, DemoOptions{});
        QCOMPARE(again.failure().code(), OutcomeCode::Conflict);
        QCOMPARE(fileDigest(path), before);

        DemoOptions cancelled;
        cancelled.progress = [](const QString&, double fraction) { return fraction < 0.3; };
        const QString other = dir.filePath(QStringLiteral("cancelled.sqlite"));
        auto result = DemoGenerator::writeSqliteFile(other, cancelled);
        QVERIFY(!result);
        QVERIFY(!QFile::exists(other));
        QCOMPARE(sideFiles(other), QStringList());
    }
};

QTEST_GUILESS_MAIN(DemoTest)
#include "tst_demo.moc"
