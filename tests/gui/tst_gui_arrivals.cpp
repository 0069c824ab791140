// The Suggestions queue's age, through the real widgets offscreen: the Age column stands where the
// pipeline records no creation time, a suggestion the pipeline added is given its first-seen time
// when the window opens the file read-write (off the window's thread) and shows its age with a
// tooltip that says what the time is, a read-only opening shows a blank with the reason and
// leaves the file as it was, and the detail pane says the same.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/review/SuggestionQueueModel.h"
#include "models/values/TimeText.h"
#include "ui/review/SuggestionDetailPane.h"
#include "ui/review/SuggestionsPage.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace steward;
using namespace steward::test;

class GuiArrivalsTest : public QObject
{
    Q_OBJECT

    TestClock m_clock{afterDemo().addDays(2)};
    TemporarySettings m_settings;
    QTemporaryDir m_dir;
    QString m_demo;

    // A copy of the demo with one suggestion the pipeline added after it; returns its id.
    QString demoWithNewSuggestion(const QString& name, QString* path)
    {
        *path = copyDatabase(m_demo, m_dir, name);
        auto db = openSqlite(*path);
        QSqlQuery q = db->query();
        if (!q.exec(QStringLiteral("INSERT INTO llm_suggestions (suggestion_id, client_id, category, summary, status) "
                                   "VALUES ('00000000-0000-4000-8000-00000000a11e', 'saigon_mart', 'other', "
                                   "'Arrived after the demo', 'pending')")))
            return STEWARD_HELPER_FAILED("insert: %s", qPrintable(q.lastError().text()));
        return QStringLiteral("00000000-0000-4000-8000-00000000a11e");
    }

    static SuggestionsPage* open(MainWindow& window, const QString& path, bool readOnly)
    {
        window.resize(1024, 700);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return STEWARD_HELPER_FAILED("window not exposed");
        ConnectionTarget target;
        target.sqlitePath = path;
        target.readOnly = readOnly;
        if (const Outcome opened = window.openTarget(target); !opened)
            return STEWARD_HELPER_FAILED("cannot open %s: %s", qPrintable(path), qPrintable(opened.message()));
        window.showPage(View::Suggestions);
        return qobject_cast<SuggestionsPage*>(window.page(View::Suggestions));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = makeDemo(m_dir, QStringLiteral("base.sqlite"));
    }

    void ageColumnAndItsTooltip()
    {
        QString path;
        const QString id = demoWithNewSuggestion(QStringLiteral("writable.sqlite"), &path);
        QVERIFY(!id.isEmpty());
        MainWindow window;
        SuggestionsPage* page = open(window, path, false);
        QVERIFY(page);
        SuggestionQueueModel* model = page->model();
        QTRY_VERIFY(model->rowCount() > 0);
        const int column = SuggestionQueueModel::FirstSeenColumn;
        QVERIFY(!page->queue()->isColumnHidden(column));
        QVERIFY(page->queue()->isColumnHidden(SuggestionQueueModel::CreatedColumn));
        QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Age"));
        QVERIFY(model->isSortable(column));
        QVERIFY(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("first saw")));

        // The catch-up runs as a job; when it has recorded the new suggestion, the queue reads
        // it again and shows its age: none yet, since the clock has not moved.
        QTRY_VERIFY(model->rowOfSuggestion(id) >= 0);
        QTRY_COMPARE(shownValue(model->index(model->rowOfSuggestion(id), column)).toString(),
                     QStringLiteral("< 1 min"));
        const QString tip = shownValue(model->index(model->rowOfSuggestion(id), column), Qt::ToolTipRole).toString();
        QVERIFY2(
            tip.startsWith(QStringLiteral("First seen by Steward on %1").arg(TimeText::minutesUtc(Clock::nowUtc()))),
            qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("does not record")), qPrintable(tip));
        // The demo's own suggestions have waited days.
        QVERIFY2(shownValue(model->index(0, column)).toString().contains(QStringLiteral(" d")),
                 qPrintable(shownValue(model->index(0, column)).toString()));

        // The detail pane says it too, as an age since Steward first saw it.
        page->queue()->setCurrentIndex(model->index(model->rowOfSuggestion(id), SuggestionQueueModel::SummaryColumn));
        auto* meta = page->detail()->findChild<QLabel*>(QStringLiteral("detailMeta"));
        QVERIFY(meta);
        QTRY_VERIFY2(meta->text().contains(QStringLiteral("first seen &lt; 1 min ago")) ||
                         meta->text().contains(QStringLiteral("first seen < 1 min ago")),
                     qPrintable(meta->text()));
        QVERIFY(meta->toolTip().startsWith(QStringLiteral("First seen by Steward on ")));
        if (qEnvironmentVariableIsSet("STEWARD_SCREENSHOTS"))
            window.grab().save(
                QDir(qEnvironmentVariable("STEWARD_SCREENSHOTS")).filePath(QStringLiteral("arrivals.png")));
    }

    void readOnlyShowsABlankWithTheReason()
    {
        QString path;
        const QString id = demoWithNewSuggestion(QStringLiteral("readonly.sqlite"), &path);
        QVERIFY(!id.isEmpty());
        const QByteArray digest = fileDigest(path);
        {
            MainWindow window;
            SuggestionsPage* page = open(window, path, true);
            QVERIFY(page);
            SuggestionQueueModel* model = page->model();
            QTRY_VERIFY(model->rowOfSuggestion(id) >= 0);
            const QModelIndex cell = model->index(model->rowOfSuggestion(id), SuggestionQueueModel::FirstSeenColumn);
            QTRY_VERIFY(model->isRowLoaded(cell.row()));
            QCOMPARE(shownValue(cell).toString(), QString());
            const QString tip = shownValue(cell, Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QStringLiteral("opened read-write")), qPrintable(tip));
            QVERIFY(!shownValue(model->index(0, SuggestionQueueModel::FirstSeenColumn)).toString().isEmpty());
        }
        QCOMPARE(fileDigest(path), digest);
        QVERIFY(sideFiles(path).isEmpty());
    }
};

QTEST_MAIN(GuiArrivalsTest)
#include "tst_gui_arrivals.moc"
