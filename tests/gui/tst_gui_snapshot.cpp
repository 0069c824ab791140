// Snapshots in the window, through real widgets offscreen: File ▸ Export snapshot… with its
// progress bar and Cancel, the banner over an opened snapshot (provenance, digests verified or
// the table that does not match), Compare with snapshot…, and the read-only SQL console. Every
// file looked at is byte-identical afterwards.
#include "ConsoleTestSupport.h"
#include "GuiTestSupport.h"
#include "SnapshotTestSupport.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/snapshot/ConsoleResultModel.h"
#include "models/snapshot/SnapshotCheck.h"
#include "models/snapshot/SnapshotDiffModel.h"
#include "models/values/TimeText.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"
#include "ui/shell/StatusIndicators.h"
#include "ui/snapshot/CompareDialog.h"
#include "ui/snapshot/ConsolePage.h"
#include "ui/snapshot/ExportSnapshotDialog.h"
#include "ui/snapshot/SnapshotActions.h"
#include "ui/snapshot/SnapshotBanner.h"
#include "ui/widgets/MessageBar.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>

using namespace steward;
using namespace steward::test;

class GuiSnapshotTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_snapshot;

    static std::unique_ptr<MainWindow> openWindow(const QString& path, bool readOnly = false)
    {
        return openMainWindow(path, {QSize(1280, 800), readOnly, QStringLiteral("bob")});
    }

    static SnapshotActions* actions(MainWindow& window) { return window.findChild<SnapshotActions*>(); }

private slots:
    void initTestCase()
    {
        m_demo = makeDemo(m_dir, QStringLiteral("demo.sqlite"), QStringLiteral("admin"), 30);
        m_snapshot = m_dir.filePath(QStringLiteral("monday.sqlite"));
        exportSnapshot(m_demo, m_snapshot, QStringLiteral("bob"));
    }

    void exportShowsProgressAndCancels()
    {
        auto window = openWindow(m_demo);
        QVERIFY(window);
        const QString out = m_dir.filePath(QStringLiteral("cancelled.sqlite"));
        QAction* action = window->findChild<QAction*>(QStringLiteral("exportSnapshotAction"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        ExportSnapshotDialog* dialog = actions(*window)->exportSnapshot(out);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->progressValue() > 0, 20000);
        QVERIFY(dialog->statusText().contains(QStringLiteral("Copying")));
        saveScreenshot(dialog, QStringLiteral("export-progress"));
        auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("exportCancelButton"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
        QVERIFY(dialog->outcome().message().contains(QStringLiteral("cancelled")));
        QVERIFY(dialog->statusText().contains(QStringLiteral("No snapshot was written")));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(filesBeside(out).filter(QStringLiteral("partial")), QStringList());
        dialog->close();
    }

    void exportFinishesAndOpensTheSnapshot()
    {
        const QString out = m_dir.filePath(QStringLiteral("from-window.sqlite"));
        const QByteArray demoDigest = fileDigest(m_demo);
        {
            auto window = openWindow(m_demo, true);
            QVERIFY(window);
            ExportSnapshotDialog* dialog = actions(*window)->exportSnapshot(out);
            QSignalSpy finished(dialog, &ExportSnapshotDialog::exportFinished);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
            QCOMPARE(finished.first().first().toBool(), true);
            QVERIFY(dialog->manifest().has_value());
            QCOMPARE(dialog->progressValue(), 1000);
            const int tables = static_cast<int>(dialog->manifest()->tables.size()); // the dialog closes on Open
            auto* open = dialog->findChild<QPushButton*>(QStringLiteral("exportOpenButton"));
            QVERIFY(open->isVisible());
            QTest::mouseClick(open, Qt::LeftButton);

            // The snapshot opens (and is checked) off the window's thread.
            QTRY_COMPARE(window->session()->database()->target().sqlitePath, out);
            QVERIFY(window->session()->isReadOnly());
            auto* banner = window->findChild<SnapshotBanner*>();
            QVERIFY(banner && banner->isVisible());
            QTRY_COMPARE_WITH_TIMEOUT(banner->verification(), SnapshotBanner::Verification::Verified, 30000);
            QVERIFY(banner->text().contains(QFileInfo(m_demo).absoluteFilePath()));
            QVERIFY(banner->text().contains(QStringLiteral("bob")));
            QVERIFY(banner->text().contains(QStringLiteral("Read-only snapshot")));
            QVERIFY(banner->verificationText().contains(QStringLiteral("Digests verify")));
            QVERIFY(window->statusIndicators()->accessText().contains(QStringLiteral("Read-only")));
            saveScreenshot(window.get(), QStringLiteral("snapshot-banner"));
            // Details…: every table of the manifest with its digest and whether it verified.
            int listed = 0;
            QTimer::singleShot(100, this, [&listed] {
                QWidget* details = QApplication::activeModalWidget();
                QVERIFY(details);
                auto* table = details->findChild<QTableWidget*>();
                listed = table ? table->rowCount() : -1;
                QVERIFY(table && table->item(0, 3)->text() == QStringLiteral("yes"));
                saveScreenshot(details, QStringLiteral("snapshot-details"));
                details->close();
            });
            QTest::mouseClick(banner->findChild<QToolButton*>(QStringLiteral("snapshotBannerDetails")), Qt::LeftButton);
            QCOMPARE(listed, tables);
            window->session()->close();
            QVERIFY(!banner->isVisible());
        }
        QCOMPARE(fileDigest(m_demo), demoDigest);
        QVERIFY(SnapshotCheck::runOnFile(out)->ok());
    }

    void bannerNamesTheTableThatDoesNotMatch()
    {
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.sqlite"));
        QVERIFY(QFile::copy(m_snapshot, tampered));
        QFile::setPermissions(tampered, QFile::ReadOwner | QFile::WriteOwner);
        STEWARD_VERIFY_OK(
            openSnapshotForWriting(tampered)->exec(QStringLiteral("DELETE FROM steward_audit_log WHERE seq = 1")));
        const QByteArray digest = fileDigest(tampered);
        {
            auto window = openWindow(tampered); // asked for read-write...
            QVERIFY(window);
            QVERIFY(window->session()->isReadOnly()); // ...but a snapshot opens read-only
            QVERIFY(window->session()->database()->openedAsSnapshot());
            // A snapshot is measured against its export, and the status bar says so.
            QCOMPARE(window->statusIndicators()->timeText(),
                     QStringLiteral("Times in UTC · as of %1")
                         .arg(TimeText::minutesUtc(window->session()->database()->snapshotTakenAt())));
            QVERIFY(window->session()->database()->snapshotTakenAt().isValid());
            auto* banner = window->findChild<SnapshotBanner*>();
            QTRY_COMPARE_WITH_TIMEOUT(banner->verification(), SnapshotBanner::Verification::Failed, 30000);
            QVERIFY2(banner->verificationText().contains(QStringLiteral("steward_audit_log")),
                     qPrintable(banner->verificationText()));
            saveScreenshot(banner, QStringLiteral("snapshot-banner-mismatch"));
        }
        QCOMPARE(fileDigest(tampered), digest);
        QCOMPARE(sideFiles(tampered), QStringList());
    }

    void compareWithASnapshot()
    {
        // The live file moves on after Monday's snapshot: decisions and a new version.
        const QString live = m_dir.filePath(QStringLiteral("live.sqlite"));
        QVERIFY(QFile::copy(m_demo, live));
        QFile::setPermissions(live, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto db = openSqlite(live);
            STEWARD_VERIFY_OK(
                db->exec(QStringLiteral("UPDATE llm_suggestions SET status = 'applied' WHERE id IN "
                                        "(SELECT id FROM llm_suggestions WHERE status = 'pending' LIMIT 5)")));
            STEWARD_VERIFY_OK(
                db->exec(QStringLiteral("UPDATE governance_violations SET status = 'resolved' WHERE id IN "
                                        "(SELECT id FROM governance_violations WHERE status = 'open' LIMIT 2)")));
            STEWARD_VERIFY_OK(db->exec(
                QStringLiteral("INSERT INTO model_metadata (client_id, model_version, metrics, created_at) VALUES "
                               "('saigon_mart', '20261127_080000', '{\"wmape\": 0.0812}', '2026-11-27T08:00:00Z')")));
        }
        const QByteArray snapshotDigest = fileDigest(m_snapshot);
        auto window = openWindow(live);
        QVERIFY(window);
        QAction* action = window->findChild<QAction*>(QStringLiteral("compareSnapshotAction"));
        QVERIFY(action && action->isEnabled());
        CompareDialog* dialog = actions(*window)->compareWith(m_snapshot);
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &CompareDialog::comparisonFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog->outcome().message()));
        QCOMPARE(dialog->model(SnapshotDiffReport::Section::Suggestions)->rowCount(), 5);
        QCOMPARE(dialog->model(SnapshotDiffReport::Section::Violations)->rowCount(), 2);
        QCOMPARE(dialog->model(SnapshotDiffReport::Section::ModelVersions)->rowCount(), 1);
        // Every one of those changes was made with raw SQL: the first finding, and the tab shown.
        QCOMPARE(dialog->model(SnapshotDiffReport::Section::Unaudited)->rowCount(), 7);
        QCOMPARE(dialog->tabs()->tabText(0), QStringLiteral("⚠ No audit record (7)"));
        QCOMPARE(dialog->tabs()->currentIndex(), 0);
        auto* notes = dialog->findChild<QLabel*>(QStringLiteral("compareNotes"));
        QVERIFY(notes && notes->isVisible());
        QVERIFY2(notes->text().startsWith(QStringLiteral("State changes with no audit record: 7.")),
                 qPrintable(notes->text()));
        QCOMPARE(dialog->tabs()->tabText(1), QStringLiteral("Suggestions (5)"));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("Suggestions: 5 changed state")));
        saveScreenshot(dialog, QStringLiteral("compare"));
        dialog->tabs()->setCurrentIndex(2);
        saveScreenshot(dialog, QStringLiteral("compare-violations"));
        dialog->close();
        QCOMPARE(fileDigest(m_snapshot), snapshotDigest);
        QCOMPARE(sideFiles(m_snapshot), QStringList());
    }

    void consoleRunsQueriesAndRefusesWrites()
    {
        const QByteArray digest = fileDigest(m_snapshot);
        const QString csv = m_dir.filePath(QStringLiteral("result.csv"));
        {
            auto window = openWindow(m_snapshot);
            QVERIFY(window);
            QTest::keyClick(window.get(), Qt::Key_7, Qt::ControlModifier);
            auto* page = qobject_cast<ConsolePage*>(window->currentPage());
            QVERIFY(page);
            QCOMPARE(page->title(), QStringLiteral("SQL console"));
            QPlainTextEdit* editor = page->editor();
            editor->setPlainText(
                QStringLiteral("SELECT client_id, status, count(*) AS suggestions,\n"
                               "       round(avg(json_extract(after_metrics, '$.wmape')), 4) AS mean_wmape_after\n"
                               "FROM llm_suggestions WHERE json_valid(after_metrics)\n"
                               "GROUP BY client_id, status ORDER BY client_id, status"));
            editor->setFocus();
            QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
            QTRY_VERIFY(page->results()->rowCount() > 5);
            QVERIFY(page->statusText().contains(QStringLiteral("rows")));
            QCOMPARE(page->results()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("mean_wmape_after"));
            page->resultView()->resizeColumnsToContents();
            saveScreenshot(window.get(), QStringLiteral("console"));

            STEWARD_VERIFY_OK(exportConsoleCsv(page, csv));
            QFile file(csv);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll().count("\r\n"), page->results()->rowCount() + 1);

            const Outcome refused = runInConsole(page, QStringLiteral("DELETE FROM llm_suggestions"));
            QCOMPARE(refused.code(), OutcomeCode::ReadOnly);
            QVERIFY(page->messages()->isVisible());
            QVERIFY(page->messages()->text().contains(QStringLiteral("DELETE")));
            saveScreenshot(window.get(), QStringLiteral("console-refused"));
            QCOMPARE(runInConsole(page, QStringLiteral("SELECT 1; DROP TABLE llm_suggestions")).code(),
                     OutcomeCode::ReadOnly);
            QCOMPARE(runInConsole(page, QStringLiteral("ATTACH DATABASE ':memory:' AS x")).code(),
                     OutcomeCode::ReadOnly);
            STEWARD_VERIFY_OK(runInConsole(page, QStringLiteral("SELECT * FROM llm_providers")));
            const int keyColumn = page->statement()->columnNames.indexOf(QStringLiteral("api_key"));
            QVERIFY(shownValue(page->results()->index(0, keyColumn), PagedTableModel::RawRole).isNull());
            STEWARD_VERIFY_OK(runInConsole(page, QStringLiteral("SELECT * FROM forecast_results")));
            // The first rows are shown; the export writes them all.
            QCOMPARE(page->results()->rowCount(), ConsolePage::kRowLimit);
            QVERIFY(page->statusText().startsWith(
                QStringLiteral("first %1 rows").arg(QLocale().toString(ConsolePage::kRowLimit))));
            STEWARD_VERIFY_OK(exportConsoleCsv(page, csv));
            QFile all(csv);
            QVERIFY(all.open(QIODevice::ReadOnly));
            QCOMPARE(all.readAll().count("\r\n"), 810 * 30 + 1);

            // A statement that never ends: the window answers, Esc stops it, and the next one runs.
            QVERIFY(!page->cancelButton()->isEnabled());
            QTimer::singleShot(300, page, [page] {
                QVERIFY(page->isRunning());
                QVERIFY(page->cancelButton()->isEnabled());
                QCOMPARE(page->statusText(), QStringLiteral("Running…"));
                QTest::keyClick(page->editor(), Qt::Key_Escape);
            });
            const Outcome cancelled = runInConsole(
                page, QStringLiteral(
                          "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r"));
            QVERIFY2(cancelled.message().contains(QStringLiteral("cancelled")), qPrintable(cancelled.message()));
            QVERIFY(!page->isRunning());
            QVERIFY(!page->cancelButton()->isEnabled());
            STEWARD_VERIFY_OK(runInConsole(page, QStringLiteral("SELECT 1")));
            QCOMPARE(page->results()->rowCount(), 1);
            window->session()->close();
        }
        QCOMPARE(fileDigest(m_snapshot), digest);
        QCOMPARE(sideFiles(m_snapshot), QStringList());
    }

    // The statement runs as a job: run() returns at once, the window is used while it runs, the
    // Cancel button stops it and the page says so; the next statement runs.
    void consoleCancelButtonStopsAStatementWhileTheWindowIsUsed()
    {
        auto window = openWindow(m_snapshot);
        QVERIFY(window);
        window->showPage(View::Console);
        auto* page = qobject_cast<ConsolePage*>(window->currentPage());
        QVERIFY(page);
        QSignalSpy finished(page, &ConsolePage::finished);
        STEWARD_VERIFY_OK(page->run(
            QStringLiteral("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r")));
        QVERIFY(page->isRunning());
        QVERIFY(page->cancelButton()->isEnabled());
        QCOMPARE(finished.count(), 0);
        // Meanwhile the window answers: another page opens and the editor takes typing.
        window->showPage(View::Governance);
        QTRY_VERIFY(window->currentPage() != page);
        window->showPage(View::Console);
        QTRY_COMPARE(window->currentPage(), static_cast<Page*>(page));
        QVERIFY(page->isRunning());
        page->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(page->editor(), QStringLiteral(" -- still typing"));
        QVERIFY(page->editor()->toPlainText().endsWith(QStringLiteral(" -- still typing")));
        QCOMPARE(runInConsole(page, QStringLiteral("SELECT 1")).code(), OutcomeCode::Conflict);
        QVERIFY(page->isRunning());

        QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY(!page->isRunning());
        const Outcome cancelled = page->lastOutcome();
        QVERIFY2(cancelled.message().contains(QStringLiteral("cancelled")), qPrintable(cancelled.message()));
        QVERIFY(page->messages()->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(page->statusText(), QStringLiteral("Not run."));
        QVERIFY(!page->cancelButton()->isEnabled());
        STEWARD_VERIFY_OK(runInConsole(page, QStringLiteral("SELECT 2")));
        QCOMPARE(page->results()->rowCount(), 1);
        window->session()->close();
    }
};

QTEST_MAIN(GuiSnapshotTest)
#include "tst_gui_snapshot.moc"
