// Opening a database happens off the window's thread (a server's handshake, a file's integrity
// check, the search index's catch-up): the window says so and stays usable, then takes the
// connection over; a failed or cancelled opening leaves the database before it as it was.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/review/SuggestionQueueModel.h"
#include "ui/review/SuggestionsPage.h"
#include "ui/shell/ConnectionDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace steward;
using namespace steward::test;

class GuiOpeningTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;

    static ConnectionTarget fileTarget(const QString& path)
    {
        ConnectionTarget target;
        target.sqlitePath = path;
        return target;
    }

    static qint64 suggestionCount(Database& database)
    {
        auto counted = database.select(QStringLiteral("SELECT count(*) FROM llm_suggestions"), QStringLiteral("count"));
        return counted && counted->next() ? counted->value(0).toLongLong() : -1;
    }

private slots:
    void init() { TemporarySettings::clear(); }

    void opensOffTheWindowsThreadAndHandsTheConnectionOver()
    {
        QTemporaryDir dir;
        const QString demo = makeDemo(dir);
        auto window = showMainWindow();
        QVERIFY(window);
        QSignalSpy opened(window->session(), &Session::opened);
        window->openInBackground(fileTarget(demo));
        // Nothing opened on the way in: the window's thread went back to its events.
        QVERIFY(window->session()->isOpening());
        QVERIFY(!window->session()->isOpen());
        QCOMPARE(opened.count(), 0);
        QCOMPARE(window->messageBar()->kind(), MessageBar::Kind::Information);
        QCOMPARE(window->messageBar()->text(), QStringLiteral("Opening %1…").arg(demo));
        // Grabbed at once: saveScreenshot() waits, and the opening would be over.
        if (const QString shots = qEnvironmentVariable("STEWARD_SCREENSHOTS"); !shots.isEmpty())
            window->grab().save(shots + QStringLiteral("/opening.png"));

        QTRY_VERIFY(window->session()->isOpen());
        QCOMPARE(opened.count(), 1);
        QVERIFY(!window->session()->isOpening());
        QVERIFY(window->messageBar()->isHidden());
        QVERIFY(Settings::recentConnections().contains(demo));
        // The connection opened on the job's thread now answers on the window's.
        QVERIFY(suggestionCount(*window->session()->database()) > 0);
        window->showPage(View::Suggestions);
        auto* page = qobject_cast<SuggestionsPage*>(window->currentPage());
        QTRY_VERIFY(page->model()->rowCount() > 0);
    }

    void aFailedOpeningKeepsTheDatabaseBefore()
    {
        QTemporaryDir dir;
        const QString demo = makeDemo(dir);
        auto window = openMainWindow(demo);
        QVERIFY(window);
        const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
        window->openInBackground(fileTarget(missing));
        QTRY_VERIFY(!window->session()->isOpening());
        QCOMPARE(window->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(window->messageBar()->text().startsWith(QStringLiteral("Could not open the database.")),
                 qPrintable(window->messageBar()->text()));
        QCOMPARE(window->session()->database()->target().sqlitePath, demo);
        QVERIFY(suggestionCount(*window->session()->database()) > 0);
        QVERIFY(!Settings::recentConnections().contains(missing));
        QVERIFY(!QFileInfo::exists(missing)); // opening never creates a file
    }

    void cancellingKeepsTheDatabaseBefore()
    {
        QTemporaryDir dir;
        const QString first = makeDemo(dir);
        const QString second = makeDemo(dir, QStringLiteral("second.sqlite"));
        auto window = openMainWindow(first);
        QVERIFY(window);
        QSignalSpy opened(window->session(), &Session::opened);
        window->openInBackground(fileTarget(second));
        auto* cancel = window->messageBar()->findChild<QPushButton*>(QStringLiteral("messageBarAction"));
        QVERIFY(cancel && cancel->isVisible());
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!window->session()->isOpening());
        QVERIFY(window->messageBar()->isHidden());
        // The job ends on its own; what it opened is closed, never shown.
        QTest::qWait(500);
        QCOMPARE(opened.count(), 0);
        QCOMPARE(window->session()->database()->target().sqlitePath, first);
        QVERIFY(suggestionCount(*window->session()->database()) > 0);
        QVERIFY(!Settings::recentConnections().contains(second));
    }

    // File ▸ Open: the dialog says it is connecting and waits, with its fields, while the
    // window opens the file off its thread; it closes when the database is open.
    void theOpenDialogWaitsForTheOpening()
    {
        QTemporaryDir dir;
        const QString demo = makeDemo(dir);
        auto window = showMainWindow();
        QVERIFY(window);
        QString seenWhileConnecting;
        bool fieldsWaited = false;
        bool clicked = false;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<ConnectionDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (!clicked) {
                dialog->findChild<QLineEdit*>(QStringLiteral("sqlitePath"))->setText(demo);
                dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open)->click();
                clicked = true;
                seenWhileConnecting = dialog->resultText();
                fieldsWaited =
                    !dialog->findChild<QLineEdit*>(QStringLiteral("sqlitePath"))->isEnabled() && dialog->isConnecting();
            }
        });
        poll.start();
        window->findChild<QAction*>(QStringLiteral("openAction"))->trigger();
        poll.stop();
        QVERIFY(clicked);
        QCOMPARE(seenWhileConnecting, QStringLiteral("Connecting…"));
        QVERIFY(fieldsWaited);
        QVERIFY(window->session()->isOpen());
        QCOMPARE(window->session()->database()->target().sqlitePath, demo);
    }

    // A file that will not open keeps the dialog, with the reason, and its fields back; Cancel
    // while connecting drops the opening.
    void theDialogShowsWhyAndCancels()
    {
        ConnectionDialog dialog;
        std::function<void(const Outcome&)> pending;
        int cancelled = 0;
        dialog.setOpener([&](const ConnectionTarget&, std::function<void(const Outcome&)> done) { pending = done; },
                         [&] { ++cancelled; });
        dialog.show();
        auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("sqlitePath"));
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        path->setText(QStringLiteral("/nowhere/at/all.sqlite"));
        buttons->button(QDialogButtonBox::Open)->click();
        QVERIFY(pending);
        QVERIFY(dialog.isConnecting());
        QVERIFY(!buttons->button(QDialogButtonBox::Open)->isEnabled());
        QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isEnabled());
        saveScreenshot(&dialog, QStringLiteral("connection-connecting"));
        pending(Outcome::cannotOpen(QStringLiteral("no such file")));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isConnecting());
        QCOMPARE(dialog.resultText(), QStringLiteral("✘ no such file"));
        QVERIFY(path->isEnabled() && buttons->button(QDialogButtonBox::Open)->isEnabled());

        pending = {};
        buttons->button(QDialogButtonBox::Open)->click();
        QVERIFY(pending);
        buttons->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(cancelled, 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        pending(Outcome::ok()); // too late: nothing happens
        QVERIFY(!dialog.isVisible());
    }

    // Test connection runs off the window's thread too.
    void theConnectionTestDoesNotHoldTheWindow()
    {
        QTemporaryDir dir;
        const QString demo = makeDemo(dir);
        ConnectionDialog dialog;
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("sqlitePath"))->setText(demo);
        dialog.findChild<QPushButton*>(QStringLiteral("testConnection"))->click();
        QCOMPARE(dialog.resultText(), QStringLiteral("Connecting…"));
        QVERIFY(dialog.isConnecting());
        QTRY_VERIFY(!dialog.isConnecting());
        QVERIFY2(dialog.resultText().startsWith(QStringLiteral("✔ Connected as")), qPrintable(dialog.resultText()));
    }
};

QTEST_MAIN(GuiOpeningTest)
#include "tst_gui_opening.moc"
