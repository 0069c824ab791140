// PostgreSQL passwords in the desktop keyring, through a real Secret Service (scripts/test.sh
// runs the tests on a private session bus with an unlocked GNOME Keyring): stored only when
// asked, used to open a recent connection without a prompt, forgotten when unticked, and never
// written to Steward's settings.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "ui/shell/ConnectionDialog.h"
#include "ui/shell/Keyring.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <tuple>

using namespace steward;
using namespace steward::test;

class KeyringTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;

    // A PostgreSQL server nobody connects to: only its keyring entry matters.
    static ConnectionTarget server(const QString& host, const QString& user)
    {
        ConnectionTarget target;
        target.backend = Backend::Postgres;
        target.host = host;
        target.user = user;
        target.database = QStringLiteral("mlops");
        return target;
    }

    static ConnectionTarget withoutPassword(ConnectionTarget target)
    {
        target.password.clear();
        return target;
    }

    // Everything Steward wrote to its settings folder, as one text.
    static QByteArray settingsText()
    {
        QSettings().sync();
        QByteArray all;
        QDirIterator files(QFileInfo(QSettings().fileName()).absolutePath(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    // The keyring answers asynchronously: these wait for its answer.
    static std::optional<QString> storedPassword(const ConnectionTarget& target)
    {
        std::optional<std::optional<QString>> answer;
        QObject context;
        Keyring::password(target, &context, [&answer](const std::optional<QString>& password) { answer = password; });
        // No answer in time reads as no password, which the callers' comparisons then report.
        std::ignore = QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000);
        return answer.value_or(std::nullopt);
    }
    static Outcome waitFor(const std::function<void(QObject*, Keyring::Done)>& call)
    {
        std::optional<Outcome> answer;
        QObject context;
        call(&context, [&answer](const Outcome& outcome) { answer = outcome; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
            return Outcome::failed(QStringLiteral("the keyring did not answer"));
        return *answer;
    }
    static Outcome storeNow(const ConnectionTarget& target, const QString& password)
    {
        return waitFor([&](QObject* context, Keyring::Done done) { Keyring::store(target, password, context, done); });
    }
    static Outcome forgetNow(const ConnectionTarget& target)
    {
        return waitFor([&](QObject* context, Keyring::Done done) { Keyring::forget(target, context, done); });
    }

    static QAction* recentAction(MainWindow& window, const ConnectionTarget& target)
    {
        for (QAction* action : window.findChildren<QAction*>())
            if (action->text() == target.persistentForm())
                return action;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        const ConnectionTarget probe = server(QStringLiteral("keyring-probe.invalid"), QStringLiteral("probe"));
        const bool available = storeNow(probe, QStringLiteral("probe")).isOk() &&
                               storedPassword(probe) == QStringLiteral("probe") && forgetNow(probe).isOk();
        if (!available) {
            if (qEnvironmentVariableIsSet("STEWARD_REQUIRE_KEYRING"))
                QFAIL("no desktop keyring (Secret Service) answers on the session bus");
            QSKIP("no desktop keyring on this session bus; scripts/test.sh provides one");
        }
    }

    void storesReadsAndForgets()
    {
        const ConnectionTarget target = server(QStringLiteral("db.example.invalid"), QStringLiteral("ana"));
        QCOMPARE(storedPassword(target), std::nullopt);
        STEWARD_VERIFY_OK(storeNow(target, QStringLiteral("pässword ' \" ;")));
        QCOMPARE(storedPassword(target), QStringLiteral("pässword ' \" ;"));
        // Another user or database on the same server is another entry.
        ConnectionTarget other = target;
        other.user = QStringLiteral("bob");
        QCOMPARE(storedPassword(other), std::nullopt);
        STEWARD_VERIFY_OK(forgetNow(target));
        QCOMPARE(storedPassword(target), std::nullopt);
        STEWARD_VERIFY_OK(forgetNow(target)); // nothing left to forget is fine
    }

    void rememberedPasswordOpensRecentConnections()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        const ConnectionTarget target = pg.target();
        QVERIFY(!target.password.isEmpty());
        MainWindow window;
        window.show();

        // Connecting with "remember" ticked stores the password, and only in the keyring.
        {
            ConnectionDialog dialog(&window);
            dialog.setTarget(target);
            dialog.findChild<QCheckBox*>(QStringLiteral("rememberPassword"))->setChecked(true);
            dialog.setOpener(
                [&window](const ConnectionTarget& entered, auto done) { done(window.openTarget(entered)); });
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(window.session()->isOpen());
        QTRY_COMPARE(storedPassword(withoutPassword(target)), target.password);
        QVERIFY(!settingsText().contains(target.password.toUtf8()));
        QVERIFY(settingsText().contains(QUrl::toPercentEncoding(target.database)));

        // The recent connection opens without asking.
        window.session()->close();
        QAction* recent = recentAction(window, target);
        QVERIFY(recent);
        recent->trigger();
        QTRY_VERIFY(window.session()->isOpen());
        QCOMPARE(window.session()->database()->target().password, target.password);

        // The dialog shows it remembered; unticking forgets it.
        {
            ConnectionDialog dialog(&window);
            dialog.setTarget(withoutPassword(target));
            QTRY_VERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("rememberPassword"))->isChecked());
            QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("postgresPassword"))->text(), target.password);
            dialog.show();
            saveScreenshot(&dialog, QStringLiteral("connection-remembered"));
            dialog.findChild<QCheckBox*>(QStringLiteral("rememberPassword"))->setChecked(false);
            dialog.setOpener(
                [&window](const ConnectionTarget& entered, auto done) { done(window.openTarget(entered)); });
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open)->click();
        }
        QTRY_COMPARE(storedPassword(withoutPassword(target)), std::nullopt);
        QVERIFY(!settingsText().contains(target.password.toUtf8()));

        // Forgotten: the recent connection is turned away by the server, so the dialog asks,
        // saying why, and opens with what is typed.
        window.session()->close();
        QString reason;
        QTimer answer;
        QObject::connect(&answer, &QTimer::timeout, [&] {
            auto* dialog = qobject_cast<ConnectionDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answer.stop();
            reason = dialog->resultText();
            dialog->findChild<QLineEdit*>(QStringLiteral("postgresPassword"))->setText(target.password);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open)->click();
        });
        answer.start(20);
        recentAction(window, target)->trigger();
        QTRY_VERIFY(window.session()->isOpen());
        QVERIFY2(reason.contains(QStringLiteral("password")), qPrintable(reason));
        QVERIFY(!reason.contains(target.password));
    }
};

QTEST_MAIN(KeyringTest)
#include "tst_keyring.moc"
