// Every view fits a 1024×700 window in English, Vietnamese and Spanish, under a light and a
// dark palette. The window is asked for 1024×700 and must come out no wider; each picture is
// saved into the build folder (fit/LANGUAGE-THEME-VIEW.png) for people to look at.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "ui/shell/Language.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Page.h"
#include "ui/shell/Session.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace steward;
using namespace steward::test;

class GuiFitTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_pictures;

private slots:
    void initTestCase()
    {
        m_demo = makeDemo(m_dir);
        m_pictures = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(QStringLiteral("fit"));
        QDir().mkpath(m_pictures);
        Language::setCatalogueFolder(QStringLiteral(STEWARD_QM_DIR));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void cleanupTestCase()
    {
        Language::apply(QStringLiteral("en"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void everyViewFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("vi"), QStringLiteral("es")}) {
            QTest::addRow("%s light", qPrintable(language)) << language << false;
            QTest::addRow("%s dark", qPrintable(language)) << language << true;
        }
    }

    void everyViewFits()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        TemporarySettings::clear();
        QCOMPARE(Language::apply(language), language);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        ConnectionTarget target;
        target.sqlitePath = m_demo;
        target.readOnly = true;
        STEWARD_VERIFY_OK(window.openTarget(target));
        QStringList tooWide;
        for (View view : allViews()) {
            window.showPage(view);
            QTest::qWait(150); // the view reads its first rows and lays them out
            const QString name =
                QStringLiteral("%1-%2-%3")
                    .arg(language, dark ? QStringLiteral("dark") : QStringLiteral("light"), viewKey(view));
            QVERIFY(window.grab().save(QDir(m_pictures).filePath(name + QStringLiteral(".png"))));
            const QSize least = window.page(view)->minimumSizeHint();
            if (qEnvironmentVariableIsSet("STEWARD_FIT_DEBUG")) {
                for (QWidget* child : window.page(view)->findChildren<QWidget*>()) {
                    if (child->isVisible() && child->minimumSizeHint().width() > 560)
                        qWarning("%s %s %d", child->metaObject()->className(), qPrintable(child->objectName()),
                                 child->minimumSizeHint().width());
                }
            }
            if (window.width() > 1024 || least.width() > 1024 - 170 || least.height() > 700 - 80)
                tooWide << QStringLiteral("%1: window %2×%3, view needs at least %4×%5")
                               .arg(viewKey(view))
                               .arg(window.width())
                               .arg(window.height())
                               .arg(least.width())
                               .arg(least.height());
        }
        QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(QStringLiteral("; "))));
        QVERIFY(window.height() <= 700);
    }
};

QTEST_MAIN(GuiFitTest)
#include "tst_gui_fit.moc"
