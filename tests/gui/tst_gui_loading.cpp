// The views read their rows in jobs: typing a search shows that it is loading and then its
// rows, and the window answers while a slow read runs (PagedTableModel::setReadInJobs).
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/itemmodels/TableListModel.h"
#include "models/review/SuggestionQueueModel.h"
#include "ui/review/ReviewActions.h"
#include "ui/review/SuggestionDetailPane.h"
#include "ui/review/SuggestionsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/tables/TablesPage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace steward;
using namespace steward::test;

class GuiLoadingTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;

    static std::unique_ptr<MainWindow> openWindow(const QString& path)
    {
        return openMainWindow(path, {QSize(1440, 900), false, QStringLiteral("alice")});
    }

    // The Suggestions view shown, once its first rows have arrived.
    static SuggestionsPage* suggestionsShown(MainWindow& window)
    {
        window.showPage(View::Suggestions);
        auto* page = qobject_cast<SuggestionsPage*>(window.page(View::Suggestions));
        if (!page || !rowsArrived(page->model()))
            return STEWARD_HELPER_FAILED("the Suggestions view did not show its rows");
        return page;
    }

private slots:
    void typingASearchShowsLoadingThenTheRows()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        auto window = openWindow(path);
        QVERIFY(window);
        SuggestionsPage* page = suggestionsShown(*window);
        QVERIFY(page);
        SuggestionQueueModel* model = page->model();
        QVERIFY(model->readsInJobs());
        QCOMPARE(model->rowCount(), 250);
        auto* count = page->findChild<QLabel*>(QStringLiteral("suggestionCount"));
        QVERIFY(count->text().contains(QStringLiteral("250")));
        const QString firstBefore = model->suggestionId(0);

        auto* search = page->findChild<QLineEdit*>(QStringLiteral("suggestionSearch"));
        QTest::keyClicks(search, QStringLiteral("holiday"));
        QTest::keyClick(search, Qt::Key_Return);
        // The search is on its way: the label says so, and the rows before stay usable.
        QCOMPARE(model->filter().search, QStringLiteral("holiday"));
        QVERIFY(model->isLoading());
        QCOMPARE(count->text(), QStringLiteral("Loading…"));
        QCOMPARE(model->rowCount(), 250);
        QCOMPARE(model->suggestionId(0), firstBefore);

        QVERIFY(rowsArrived(model));
        const int found = model->rowCount();
        QVERIFY(found > 0 && found < 250);
        QVERIFY2(count->text().contains(QString::number(found)), qPrintable(count->text()));
        QVERIFY(!count->text().contains(QStringLiteral("Loading")));
        // The first row of the search is the one selected and shown.
        QTRY_COMPARE(page->queue()->currentIndex().row(), 0);
        QTRY_COMPARE(page->detail()->current()->suggestionId, model->suggestionId(0));
        const QString summary = page->detail()->current()->summary + page->detail()->current()->reasoning;
        QVERIFY2(summary.contains(QStringLiteral("holiday"), Qt::CaseInsensitive), qPrintable(summary));
    }

    // A row far down (Ctrl+End, a jump) is not read on the window's thread: its detail says it
    // is on its way, no decision can be made on it meanwhile, and both follow its page.
    void aRowFarDownIsShownWhenItsPageArrives()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        auto window = openWindow(path);
        QVERIFY(window);
        SuggestionsPage* page = suggestionsShown(*window);
        QVERIFY(page);
        SuggestionQueueModel* model = page->model();
        model->setPageSize(20);
        QTRY_VERIFY(model->isRowLoaded(0));
        const int pending = model->rowsInSegment(0);
        QVERIFY2(pending > 60, qPrintable(QString::number(pending)));
        const int far = pending - 1; // the last pending suggestion: approvable, pages away
        QVERIFY(!model->isRowLoaded(far));
        page->queue()->setCurrentIndex(model->index(far, SuggestionQueueModel::SummaryColumn));
        QVERIFY(!model->isRowLoaded(far)); // not read here
        QVERIFY(!page->detail()->current());
        QVERIFY(!page->actions()->approve()->isEnabled());
        QTRY_VERIFY(model->isRowLoaded(far));
        QTRY_VERIFY(page->detail()->current());
        QCOMPARE(page->detail()->current()->suggestionId, model->suggestionId(far));
        QTRY_VERIFY(page->actions()->approve()->isEnabled());
    }

    void theWindowAnswersWhileASlowReadRuns()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        {
            // A view whose rows are counted at once (the table list counts every table) but whose
            // values take SQLite minutes to read: counting to three hundred million.
            auto db = openSqlite(path);
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE numbers (id INTEGER PRIMARY KEY)")));
            QVERIFY(db->exec(QStringLiteral("INSERT INTO numbers VALUES (1), (2), (3)")));
            QVERIFY(db->exec(QStringLiteral("CREATE VIEW slow_numbers AS SELECT id, (WITH RECURSIVE c(x) AS (SELECT 1 "
                                            "UNION ALL SELECT x + 1 FROM c WHERE x < 300000000) SELECT count(*) "
                                            "FROM c) AS counted FROM numbers")));
        }
        auto window = openWindow(path);
        QVERIFY(window);
        window->showPage(View::Tables);
        auto* page = qobject_cast<TablesPage*>(window->page(View::Tables));
        QVERIFY(page);
        PagedTableModel* rows = page->rowsModel();
        QVERIFY(rowsArrived(rows));
        auto* caption = page->findChild<QLabel*>(QStringLiteral("tableCaption"));

        QVERIFY(page->showTable(QStringLiteral("slow_numbers")));
        QVERIFY(rows->isLoading());
        QCOMPARE(caption->text(), QStringLiteral("Loading slow_numbers…"));
        // The window's thread goes on: its timers fire, the table list moves with the keys.
        bool answered = false;
        QTimer::singleShot(0, page, [&] { answered = true; });
        QTRY_VERIFY(answered);
        QVERIFY(rows->isLoading());
        auto* list = page->findChild<QTableView*>(QStringLiteral("tableList"));
        list->setFocus();
        const int slowRow = page->tablesModel()->rowOfTable(QStringLiteral("slow_numbers"));
        QTest::keyClick(list, slowRow == 0 ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(page->currentTable() != QStringLiteral("slow_numbers"));
        // The table chosen instead is read at once; the slow read is stopped, never shown.
        QVERIFY(rowsArrived(rows));
        QVERIFY(caption->text().startsWith(page->currentTable() + QStringLiteral(" — ")));
        QVERIFY(page->showTable(QStringLiteral("llm_suggestions")));
        QVERIFY(rowsArrived(rows));
        QCOMPARE(rows->rowCount(), 250);
    }
};

QTEST_MAIN(GuiLoadingTest)
#include "tst_gui_loading.moc"
