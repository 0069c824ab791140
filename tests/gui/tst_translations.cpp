// The Vietnamese and Spanish catalogues cover what the GUI actually asks for. A translator that
// records every lookup it cannot answer stands in front of the real catalogue while the main
// window shows each view of the demo database; a string missing from the catalogue, or looked
// up under a different context than lupdate filed it under, shows up as a miss.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "ui/governance/DeadlinesDialog.h"
#include "ui/governance/ReportDialog.h"
#include "ui/shell/ConnectionDialog.h"
#include "ui/shell/Language.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Page.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/snapshot/CompareDialog.h"
#include "ui/snapshot/ExportSnapshotDialog.h"

#include <QApplication>
#include <QLocale>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace steward;
using namespace steward::test;

namespace {

class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        ++m_looked;
        const QString found = QTranslator::translate(context, sourceText, disambiguation, n);
        if (found.isEmpty() && isOurs(context, sourceText))
            m_misses.insert(QStringLiteral("%1 | %2").arg(QString::fromUtf8(context), QString::fromUtf8(sourceText)));
        return found;
    }
    QStringList misses() const
    {
        QStringList list(m_misses.begin(), m_misses.end());
        list.sort();
        return list;
    }
    int looked() const { return m_looked; }

private:
    bool isOurs(const char* context, const char* sourceText) const
    {
        // Qt's own classes (QLineEdit, QPlatformTheme, QShortcut...) bring their own catalogues.
        static const QRegularExpression qtClass(QStringLiteral("^Q[A-Z]"));
        if (qtClass.match(QString::fromUtf8(context)).hasMatch())
            return false;
        // Strings with no letters ("%1 · %2", "—") read the same in every language.
        return QString::fromUtf8(sourceText).contains(QRegularExpression(QStringLiteral("[A-Za-z]{2}")));
    }
    mutable QSet<QString> m_misses;
    mutable int m_looked = 0;
};

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase() { m_demo = makeDemo(m_dir); }

    void everyViewAndDialogIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Vietnamese") << QStringLiteral("vi");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void everyViewAndDialogIsTranslated()
    {
        QFETCH(QString, language);
        RecordingTranslator translator;
        QVERIFY(translator.load(QStringLiteral(STEWARD_QM_DIR "/steward_%1.qm").arg(language)));
        QVERIFY(QApplication::installTranslator(&translator));
        {
            MainWindow window;
            window.resize(1440, 860);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ConnectionTarget target;
            target.sqlitePath = m_demo;
            OpenOptions options;
            options.actingUser = QStringLiteral("admin");
            STEWARD_VERIFY_OK(window.openTarget(target, options));
            for (View view : allViews()) {
                window.showPage(view);
                QCoreApplication::processEvents();
                QTest::qWait(50);
            }
            // The dialogs each view opens.
            const QList<QDialog*> dialogs{
                new ConnectionDialog(&window),
                new DeadlinesDialog(ViolationDeadlines::defaults(), QString(), &window),
                new ReportDialog({QStringLiteral("saigon_mart")}, QStringLiteral("All clients"), QDate(2026, 11, 30),
                                 &window),
                new ExportSnapshotDialog(&window),
                new CompareDialog(&window),
            };
            for (QDialog* dialog : dialogs) {
                dialog->show();
                QCoreApplication::processEvents();
                delete dialog;
            }
            // A translated menu bar is the first thing a user sees.
            const QString firstMenu = window.menuBar()->actions().value(0)->text();
            QVERIFY2(firstMenu != QStringLiteral("&File"), qPrintable(firstMenu));
        }
        QApplication::removeTranslator(&translator);
        QVERIFY(translator.looked() > 100);
        const QStringList misses = translator.misses();
        QVERIFY2(misses.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + misses.join(QLatin1Char('\n'))));
    }

    // View ▸ Language: the window comes back in the chosen language, on the same database and
    // view, and numbers follow the language too; the choice is remembered.
    void languageSwitchesAtRunTime()
    {
        Language::setCatalogueFolder(QStringLiteral(STEWARD_QM_DIR));
        Language::apply(QStringLiteral("en"));
        auto* window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        ConnectionTarget target;
        target.sqlitePath = m_demo;
        target.readOnly = true;
        STEWARD_VERIFY_OK(window->openTarget(target));
        window->showPage(View::Governance);
        QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QPointer<MainWindow> old(window);
        MainWindow* vietnamese = window->switchLanguage(QStringLiteral("vi"));
        QVERIFY(vietnamese && vietnamese != window);
        QTRY_VERIFY(old.isNull()); // the English window closed and deleted itself
        const QString file = vietnamese->menuBar()->actions().first()->text();
        QVERIFY2(file != QLatin1String("&File") && !file.isEmpty(), qPrintable(file));
        QTRY_VERIFY(vietnamese->session()->isOpen()); // it opens off the window's thread
        QCOMPARE(vietnamese->session()->database()->target().sqlitePath, m_demo);
        QVERIFY(vietnamese->session()->isReadOnly());
        QCOMPARE(vietnamese->currentPage()->view(), View::Governance);
        QCOMPARE(Settings::value(Settings::Key::Language).toString(), QStringLiteral("vi"));
        QCOMPARE(QLocale().toString(1.5), QStringLiteral("1,5"));
        // And back to English.
        MainWindow* english = vietnamese->switchLanguage(QStringLiteral("en"));
        QCOMPARE(english->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(QLocale().toString(1.5), QStringLiteral("1.5"));
        delete english;
    }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
