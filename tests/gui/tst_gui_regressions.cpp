// The Models view where a rollback is decided, through real widgets offscreen: the demo's active
// version, worse on wmape than the version before it, is marked in the list (icon, words,
// tooltip) and in its detail, with every metric's change against the previous and the active
// version; a missing pipeline table is named instead of "not backtested"; and the view at
// 1440x900 and 1024x700 under a light and a dark palette, saved into the build folder.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/db/SchemaCatalog.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionListQuery.h"
#include "ui/registry/ModelsPage.h"
#include "ui/registry/VersionListProxy.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace steward;
using namespace steward::test;

class GuiRegressionsTest : public QObject
{
    Q_OBJECT

    TestClock m_clock;
    TemporarySettings m_settings;
    QTemporaryDir m_dir;
    QString m_demo;

    static std::unique_ptr<MainWindow> open(const QString& path, QSize size = QSize(1440, 900))
    {
        auto window = openMainWindow(path, {size, false, QString()});
        if (!window)
            return nullptr;
        window->showPage(View::Models);
        if (!read(models(*window)))
            return STEWARD_HELPER_FAILED("the versions were not read");
        return window;
    }

    static ModelsPage* models(MainWindow& window) { return qobject_cast<ModelsPage*>(window.page(View::Models)); }

    // Waits until what the page reads as jobs (versions, detail) has arrived.
    static bool read(ModelsPage* page)
    {
        return page && QTest::qWaitFor([page] { return !page->isLoading(); }, 20000);
    }

    static int column(QAbstractItemModel* model, const QString& header)
    {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal).toString() == header)
                return c;
        }
        return -1;
    }

private slots:
    void initTestCase() { m_demo = makeDemo(m_dir); }

    void activeVersionWorseOnWmapeIsMarked()
    {
        // The demo as it is: hanoi_fresh's newest version, active while none is set, has a higher
        // wmape than the version trained before it.
        auto db = openSqlite(m_demo);
        auto catalog = SchemaCatalog::load(*db);
        QVERIFY(catalog);
        ModelRegistry registry(*db, *catalog);
        const QString client = QStringLiteral("hanoi_fresh");
        auto active = registry.activeVersion(client);
        QVERIFY(active);
        auto current = registry.version(client, active->version);
        auto previous = registry.previous(*current);
        QVERIFY(current && previous && *previous);
        QVERIFY(current->metrics.value(QStringLiteral("wmape")) > (*previous)->metrics.value(QStringLiteral("wmape")));

        auto window = open(m_demo);
        QVERIFY(window);
        ModelsPage* page = models(*window);
        QVERIFY(page);
        QVERIFY(page->selectVersion(client, active->version));
        QVERIFY(read(page));
        page->setMetric(QStringLiteral("wmape"));
        auto* table = page->findChild<QTableView*>(QStringLiteral("versionTable"));
        QAbstractItemModel* model = table->model();
        const int marker = column(model, QStringLiteral("vs previous"));
        QCOMPARE(marker, 1); // beside the version, where it is seen at any width
        const int row = table->currentIndex().row();
        const QModelIndex cell = model->index(row, marker);
        QVERIFY(shownValue(cell).toString().startsWith(QStringLiteral("worse: wmape")));
        QVERIFY(cell.data(VersionListProxy::KeyRegressionRole).toBool());
        QVERIFY(cell.data(VersionListProxy::RegressionsRole).toStringList().contains(QStringLiteral("wmape")));
        QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("wmape is worse than in the previous version.")), qPrintable(tip));
        QVERIFY2(tip.contains((*previous)->version), qPrintable(tip));
        QVERIFY(
            model->headerData(marker, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("worse")));

        // Another metric watched: the wmape regression is still listed, without the alarm.
        page->setMetric(QStringLiteral("r2"));
        QVERIFY(!cell.data(VersionListProxy::KeyRegressionRole).toBool());
        QVERIFY(cell.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(shownValue(cell).toString().contains(QStringLiteral("wmape")));
        page->setMetric(QStringLiteral("wmape"));

        // The detail says it, with the change of every metric.
        auto* detail = page->findChild<QTextBrowser*>(QStringLiteral("versionDetail"));
        const QString text = detail->toPlainText();
        QVERIFY2(
            text.contains(QStringLiteral("Worse than the previous version, %1, on: wmape").arg((*previous)->version)),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("vs previous (%1)").arg((*previous)->version)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("|bias|")));

        // An older version is compared with the active one as well.
        QVERIFY(page->selectVersion(client, (*previous)->version));
        QVERIFY(read(page));
        const QString older = detail->toPlainText();
        QVERIFY2(older.contains(QStringLiteral("vs active (%1)").arg(active->version)), qPrintable(older));
    }

    void aMissingTableIsNamed()
    {
        QTemporaryDir dir;
        const QString path = copyDatabase(m_demo, dir);
        STEWARD_VERIFY_OK(openSqlite(path)->exec(QStringLiteral("DROP TABLE backtest_results")));
        auto window = open(path);
        QVERIFY(window);
        ModelsPage* page = models(*window);
        QVERIFY(page && !page->currentVersion().isEmpty());
        const QString text = page->findChild<QTextBrowser*>(QStringLiteral("versionDetail"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("The table backtest_results is missing from this database")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("not backtested")));
    }

    void picturesLightAndDark()
    {
        const QStringList paths = saveLooks(
            QStringLiteral("models"), [this](QSize size) { return std::unique_ptr<QWidget>(open(m_demo, size)); });
        QCOMPARE(paths.size(), 4);
        for (const QString& path : paths) {
            QVERIFY(!path.isEmpty());
            qInfo("%s", qPrintable(path));
        }
    }
};

QTEST_MAIN(GuiRegressionsTest)
#include "tst_gui_regressions.moc"
