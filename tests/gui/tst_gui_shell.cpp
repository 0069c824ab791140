// The main window through real widgets, offscreen: opening databases, the status bar, the
// Tables view, and the offer to initialise Steward's tables.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/db/SearchIndex.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/itemmodels/TableListModel.h"
#include "models/review/SuggestionQuery.h"
#include "ui/review/SuggestionFilterBar.h"
#include "ui/review/SuggestionsPage.h"
#include "ui/shell/ConnectionDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/shell/StatusIndicators.h"
#include "ui/tables/TablesPage.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Prompt.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace steward;
using namespace steward::test;

class GuiShellTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;

private slots:
    void initTestCase() {}

    void secretsNeverReachSettings()
    {
        // Even a caller that hands over the whole target keeps its passwords out of the file.
        Settings::addRecentConnection(
            QStringLiteral("postgresql://ana:L0gin-Pw@db/mlops?sslpassword=K3y-Pw&sslmode=verify-full"));
        Settings::addRecentConnection(QStringLiteral("host=db user=ana password=L0gin-Pw sslpassword=K3y-Pw dbname=x"));
        const QStringList recent = Settings::recentConnections();
        QCOMPARE(recent.size(), 2);
        QSettings settings;
        settings.sync();
        for (const QString& key : settings.allKeys()) {
            const QString stored =
                settings.value(key).toStringList().join(QLatin1Char(' ')) + settings.value(key).toString();
            QVERIFY2(!stored.contains(QStringLiteral("L0gin-Pw")), qPrintable(key + QLatin1String(": ") + stored));
            QVERIFY2(!stored.contains(QStringLiteral("K3y-Pw")), qPrintable(key + QLatin1String(": ") + stored));
        }
        QVERIFY(recent.contains(QStringLiteral("postgresql://ana@db/mlops?sslmode=verify-full")));
        QVERIFY(recent.contains(QStringLiteral("postgresql://ana@db/x")));
    }

    void commentPromptWantsVisibleText()
    {
        QList<bool> enabled;
        bool found = false;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("commentDialog"))
                return;
            poll.stop();
            found = true;
            auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("commentEdit"));
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            QPushButton* accept = nullptr;
            for (QAbstractButton* button : buttons->buttons()) {
                if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                    accept = qobject_cast<QPushButton*>(button);
            }
            for (const QString& text : {QStringLiteral("  \u200b\u200c\u200d\u2060\ufeff\n"),
                                        QStringLiteral("\x1b\u202e"), QStringLiteral("\u200bok")}) {
                edit->setPlainText(text);
                enabled << accept->isEnabled();
            }
            dialog->reject();
        });
        poll.start();
        const std::optional<QString> answer =
            Prompt::comment(nullptr, QStringLiteral("Reject"), QStringLiteral("Why?"), true, QStringLiteral("Reject"));
        QVERIFY(found);
        QVERIFY(!answer);
        QCOMPARE(enabled, (QList<bool>{false, false, true}));
    }

    void tablesViewShowsRows()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionTarget target;
        target.sqlitePath = path;
        OpenOptions options;
        options.actingUser = QStringLiteral("admin");
        STEWARD_VERIFY_OK(window.openTarget(target, options));

        QCOMPARE(window.statusIndicators()->userText(), QStringLiteral("admin (admin)"));
        QVERIFY(window.statusIndicators()->backendText().startsWith(QStringLiteral("SQLite")));
        QCOMPARE(window.statusIndicators()->accessText(), QStringLiteral("Read-write"));
        QCOMPARE(window.statusIndicators()->timeText(), QStringLiteral("Times in UTC"));

        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        auto* page = qobject_cast<TablesPage*>(window.currentPage());
        QVERIFY(page);
        auto* list = page->findChild<QTableView*>(QStringLiteral("tableList"));
        auto* rows = page->findChild<QTableView*>(QStringLiteral("tableRows"));
        QVERIFY(list && rows);
        QVERIFY(list->model()->rowCount() >= 15);

        QVERIFY(page->showTable(QStringLiteral("llm_suggestions")));
        QTRY_COMPARE(rows->model()->rowCount(), 250);
        QVERIFY(!shownValue(rows->model()->index(0, 4)).toString().isEmpty());
        saveScreenshot(&window, QStringLiteral("tables"));

        QVERIFY(page->showTable(QStringLiteral("llm_providers")));
        QVERIFY(rowsArrived(page->rowsModel()));
        QVERIFY(rows->model()->rowCount() > 0);
        const int keyColumn = page->rowsModel()->query().columnIndex(QStringLiteral("api_key"));
        for (int row = 0; row < rows->model()->rowCount(); ++row)
            QCOMPARE(shownValue(rows->model()->index(row, keyColumn)).toString(), secretPlaceholder());
        // Keyboard navigation in the table list moves the rows view along.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QVERIFY(page->currentTable() != QStringLiteral("llm_providers"));
    }

    void badFileShowsAClearMessage()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        ConnectionTarget target;
        target.sqlitePath = dir.filePath(QStringLiteral("nothing-here.sqlite"));
        const Outcome outcome = window.openTarget(target);
        QCOMPARE(outcome.code(), OutcomeCode::CannotOpen);
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("no such file")));
        QVERIFY(!window.session()->isOpen());
        QVERIFY(!QFile::exists(target.sqlitePath));
        QCOMPARE(window.statusIndicators()->backendText(), QStringLiteral("Not connected"));
    }

    void connectionDialogKeepsTheReason()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
        file.close();
        const QString demo = makeDemo(dir);

        MainWindow window;
        ConnectionDialog dialog(&window);
        dialog.setOpener([&window](const ConnectionTarget& target, auto done) { done(window.openTarget(target)); });
        dialog.show();
        auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("sqlitePath"));
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(path && buttons);
        path->setText(text);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Open), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.resultText().contains(QStringLiteral("text file")), qPrintable(dialog.resultText()));

        path->setText(demo);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("testConnection")), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isConnecting()); // the test runs off the window's thread
        QVERIFY2(dialog.resultText().contains(QStringLiteral("Connected")), qPrintable(dialog.resultText()));
        dialog.findChild<QCheckBox*>(QStringLiteral("sqliteReadOnly"))->setChecked(true);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Open), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(window.session()->isOpen());
        QVERIFY(window.session()->isReadOnly());
    }

    void offersToInitialise()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipeline.sqlite"));
        makePipelineOnly(path);
        MainWindow window;
        window.show();
        ConnectionTarget target;
        target.sqlitePath = path;
        OpenOptions options;
        options.actingUser = QStringLiteral("maria");
        STEWARD_VERIFY_OK(window.openTarget(target, options));
        QVERIFY(!window.session()->hasAppTables());
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("no Steward tables")));
        auto* action = window.messageBar()->findChild<QPushButton*>(QStringLiteral("messageBarAction"));
        QVERIFY(action && action->isVisible());
        QTest::mouseClick(action, Qt::LeftButton);
        QVERIFY(window.session()->hasAppTables());
        QCOMPARE(window.session()->role(), Role::Admin);
        QCOMPARE(window.statusIndicators()->userText(), QStringLiteral("maria (admin)"));
    }

    // A new, zero-byte file: it opens as the empty database it is, every view that needs the
    // pipeline's tables reads as unavailable and says why, and a demo written from the window
    // opens in its place with every view available.
    void firstRunOffersAWayForward()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("new.sqlite"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        auto* emptyText = window.findChild<QLabel*>(QStringLiteral("emptyStateTitle"));
        QVERIFY(emptyText);
        ConnectionTarget target;
        target.sqlitePath = empty;
        STEWARD_VERIFY_OK(window.openTarget(target));
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("neither the pipeline's tables nor Steward's")));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        // Suggestions is the first view: unavailable, and the tooltip names what it needs.
        QCOMPARE(navigation->item(0)->data(Qt::UserRole).toBool(), false);
        QVERIFY2(navigation->item(0)->toolTip().contains(QStringLiteral("llm_suggestions")),
                 qPrintable(navigation->item(0)->toolTip()));
        QCOMPARE(navigation->item(5)->data(Qt::UserRole).toBool(), true); // Tables works on anything
        navigation->setCurrentRow(0);
        QStringList titles;
        for (auto* label : window.findChildren<QLabel*>(QStringLiteral("emptyStateTitle"))) {
            if (label->isVisible())
                titles << label->text();
        }
        QCOMPARE(titles, QStringList{QStringLiteral("This database is empty")});
        const auto visibleWays = [&window] {
            QList<QPushButton*> shown;
            for (auto* button : window.findChildren<QPushButton*>(QStringLiteral("emptyStateAction"))) {
                if (button->isVisible())
                    shown << button;
            }
            return shown;
        };
        QTRY_COMPARE(visibleWays().size(), 2);
        const QList<QPushButton*> ways = visibleWays();
        QVERIFY(ways.at(1)->text().contains(QStringLiteral("demo")));

        // Write a demo from the window, as a newcomer would, and land in it.
        const QString demo = dir.filePath(QStringLiteral("steward-demo.sqlite"));
        bool written = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("writeDemoDialog"))
                return;
            poll.stop();
            dialog->findChild<QLineEdit*>(QStringLiteral("demoPath"))->setText(demo);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("demoWriteButton")), Qt::LeftButton);
            written = true;
        });
        poll.start();
        QTest::mouseClick(ways.at(1), Qt::LeftButton);
        QVERIFY(written);
        QVERIFY(QFileInfo::exists(demo));
        // The demo opens off the window's thread.
        QTRY_VERIFY(!window.session()->isOpening());
        QVERIFY(window.session()->isOpen());
        QCOMPARE(window.session()->database()->target().sqlitePath, demo);
        QVERIFY(window.session()->hasAppTables());
        for (int row = 0; row < navigation->count(); ++row)
            QVERIFY2(navigation->item(row)->data(Qt::UserRole).toBool(), qPrintable(navigation->item(row)->text()));
        QCOMPARE(QFileInfo(empty).size(), 0); // the empty file was only looked at
    }

    // File ▸ Export view to CSV writes what the view lists: its filter applied, in its order,
    // with the column names as header, off the UI thread.
    void exportsTheViewAsItIsFiltered()
    {
        QTemporaryDir dir;
        const QString demo = makeDemo(dir);
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        ConnectionTarget target;
        target.sqlitePath = demo;
        STEWARD_VERIFY_OK(window.openTarget(target));
        window.showPage(View::Suggestions);
        auto* page = qobject_cast<SuggestionsPage*>(window.page(View::Suggestions));
        QVERIFY(page);
        SuggestionFilter filter;
        filter.status = QStringLiteral("pending");
        page->filters()->setFilter(filter);
        emit page->filters()->filterChanged();
        const PagedTableModel* rows = page->exportableRows();
        QVERIFY(rows);
        QVERIFY(rowsArrived(rows));
        QTRY_VERIFY(!rows->isCountPending());
        const int shown = rows->rowCount();
        QVERIFY(shown > 0);
        const QString path = dir.filePath(QStringLiteral("pending.csv"));
        window.setCsvPathChooser(
            [&](const QString& view) { return view == QLatin1String("suggestions") ? path : QString(); });
        QSignalSpy exported(&window, &MainWindow::csvExported);
        window.exportViewCsv();
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().at(1).toLongLong(), qint64(shown));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), shown + 2); // header, rows, and the empty piece after the last CRLF
        const int statusColumn = rows->query().columnIndex(QStringLiteral("status"));
        QVERIFY(statusColumn >= 0);
        QVERIFY(lines.first().contains("status"));
        // Every exported row is pending, and the first row is the one the view shows first.
        for (int i = 1; i <= shown; ++i)
            QVERIFY2(lines.at(i).contains(",pending"), lines.at(i).constData());
        QVERIFY(lines.at(1).startsWith(rows->cell(0, 0).text().toUtf8()));
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("rows to")));
    }

    // File ▸ Create search and filter indexes: an admin's, off the window's thread; a viewer
    // sees why not.
    void indexesFromTheWindow()
    {
        QTemporaryDir dir;
        const QString demo = makeDemo(dir);
        MainWindow window;
        window.show();
        ConnectionTarget target;
        target.sqlitePath = demo;
        OpenOptions viewer;
        viewer.actingUser = QStringLiteral("dave");
        STEWARD_VERIFY_OK(window.openTarget(target, viewer));
        auto* action = window.findChild<QAction*>(QStringLiteral("createIndexesAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("Only an admin")), qPrintable(action->toolTip()));
        OpenOptions admin;
        admin.actingUser = QStringLiteral("admin"); // makeDemo's creator, the demo's admin
        STEWARD_VERIFY_OK(window.openTarget(target, admin));
        QCOMPARE(window.session()->role(), Role::Admin);
        QVERIFY(action->isEnabled());
        QVERIFY(!*SearchIndex::isPresent(*window.session()->database(), QStringLiteral("llm_suggestions")));
        QSignalSpy created(&window, &MainWindow::indexesCreated);
        action->trigger();
        QVERIFY(!action->isEnabled()); // while it runs
        QVERIFY(created.wait(60000));
        QVERIFY(created.first().first().toStringList().contains(QStringLiteral("steward_search_suggestions")));
        QVERIFY(*SearchIndex::isPresent(*window.session()->database(), QStringLiteral("llm_suggestions")));
        QVERIFY(action->isEnabled());
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("Indexes ready")));
    }

    void readOnlyIsShownAndNothingChanges()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        const QByteArray before = fileDigest(path);
        {
            MainWindow window;
            window.show();
            ConnectionTarget target;
            target.sqlitePath = path;
            target.readOnly = true;
            STEWARD_VERIFY_OK(window.openTarget(target));
            QCOMPARE(window.statusIndicators()->accessText(), QStringLiteral("Read-only"));
            window.showPage(View::Tables);
            auto* page = qobject_cast<TablesPage*>(window.page(View::Tables));
            // The list first, its counts from a job after it ("…" until then).
            TableListModel* tables = page->tablesModel();
            const int suggestions = tables->rowOfTable(QStringLiteral("llm_suggestions"));
            QVERIFY(suggestions >= 0);
            const QModelIndex count = tables->index(suggestions, TableListModel::RowsColumn);
            QVERIFY(page->isCounting());
            QCOMPARE(count.data().toString(), QStringLiteral("…"));
            QTRY_VERIFY(!page->isCounting());
            QVERIFY(!tables->isCounting());
            QCOMPARE(count.data(Qt::EditRole).toLongLong(), 250);
            for (int row = 0; row < page->tablesModel()->rowCount(); ++row) {
                page->showTable(page->tablesModel()->tableAt(row)->name);
                QVERIFY(rowsArrived(page->rowsModel()));
                QApplication::processEvents();
            }
            QVERIFY(!window.session()->whyNot(Permission::ReviewSuggestion).isEmpty());
        }
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(sideFiles(path), QStringList());
    }

    void largeFilesSayTheyWereNotChecked()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        ConnectionTarget target;
        target.sqlitePath = makeDemo(dir);
        target.readOnly = true;
        OpenOptions options;
        options.quickCheckLimitBytes = 1024; // the demo stands in for a file of gigabytes
        STEWARD_VERIFY_OK(window.openTarget(target, options));
        QVERIFY(!window.session()->database()->integrityChecked());
        QCOMPARE(window.statusIndicators()->accessText(), QStringLiteral("Read-only · not checked"));
        QVERIFY(window.statusIndicators()
                    ->findChild<QLabel*>(QStringLiteral("statusAccess"))
                    ->toolTip()
                    .contains(QStringLiteral("quick_check")));
    }
};

QTEST_MAIN(GuiShellTest)
#include "tst_gui_shell.moc"
