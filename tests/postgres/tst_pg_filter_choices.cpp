// The Suggestions filters on a server: the statuses and clients the database holds arrive as a
// job after opening; the categories come with them where an index leads with the column, and
// otherwise (a scan of every suggestion, which would compete with the window's opening for the
// cores) when the list is first opened, as a job, the known ones listed meanwhile.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/demo/DemoGenerator.h"
#include "ui/review/SuggestionsPage.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QTest>

using namespace steward;
using namespace steward::test;

class PgFilterChoicesTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;

    // The demo (statuses and categories a newer pipeline wrote among them) in `pg`.
    static std::unique_ptr<Database> demoIn(const TemporaryPostgresDatabase& pg)
    {
        DemoOptions options;
        options.seed = 11;
        options.anchor = demoAnchor();
        return postgresDemo(pg, options);
    }

    static SuggestionsPage* suggestionsOf(MainWindow& window, const TemporaryPostgresDatabase& pg)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        if (Outcome opened = window.openTarget(pg.target(), {}); !opened)
            return STEWARD_HELPER_FAILED("%s", qPrintable(opened.message()));
        window.showPage(View::Suggestions);
        return qobject_cast<SuggestionsPage*>(window.currentPage());
    }

private slots:
    void categoriesWithoutAnIndexAreReadWhenTheListOpens()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        auto admin = demoIn(pg);
        QVERIFY(admin);
        MainWindow window;
        SuggestionsPage* page = suggestionsOf(window, pg);
        QVERIFY(page);
        auto* status = page->findChild<QComboBox*>(QStringLiteral("statusFilter"));
        auto* category = page->findChild<QComboBox*>(QStringLiteral("categoryFilter"));
        // The choices job has come back: a status from a newer pipeline is listed, its category
        // not yet, the known ones are.
        QTRY_VERIFY(status->findData(QStringLiteral("superseded")) > 0);
        QVERIFY(category->findData(QStringLiteral("feature")) > 0);
        QTest::qWait(200);
        QCOMPARE(category->findData(QStringLiteral("ensemble_weighting")), -1);
        category->showPopup();
        QTRY_VERIFY(category->findData(QStringLiteral("ensemble_weighting")) > 0);
        category->hidePopup();
    }

    void categoriesWithAnIndexComeWithTheOtherChoices()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        auto admin = demoIn(pg);
        QVERIFY(admin);
        STEWARD_VERIFY_OK(admin->exec(QStringLiteral("CREATE INDEX steward_suggestions_category ON llm_suggestions "
                                                     "(category, status, id)")));
        MainWindow window;
        SuggestionsPage* page = suggestionsOf(window, pg);
        QVERIFY(page);
        auto* category = page->findChild<QComboBox*>(QStringLiteral("categoryFilter"));
        QTRY_VERIFY(category->findData(QStringLiteral("ensemble_weighting")) > 0);
        // In the order the database sorts them, after "All" and the known ones.
        auto* client = page->findChild<QComboBox*>(QStringLiteral("clientFilter"));
        QTRY_VERIFY(client->count() > 1);
        QStringList clients;
        for (int i = 1; i < client->count(); ++i)
            clients << client->itemData(i).toString();
        QCOMPARE(clients, (QStringList{QStringLiteral("hanoi_fresh"), QStringLiteral("lotus_pharma"),
                                       QStringLiteral("saigon_mart")}));
    }
};

QTEST_MAIN(PgFilterChoicesTest)
#include "tst_pg_filter_choices.moc"
