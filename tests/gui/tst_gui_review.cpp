// The Suggestions and Audit views through real widgets, offscreen: the keyboard flow, bulk
// decisions, conflicts, roles, invalid JSON, rollbacks for managers, and the chain check.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/review/AuditTrailModel.h"
#include "models/review/SuggestionQueueModel.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/SuggestionDecisions.h"
#include "ui/audit/AuditPage.h"
#include "ui/review/ReviewActions.h"
#include "ui/review/RollbackRequestsPanel.h"
#include "ui/review/SuggestionDetailPane.h"
#include "ui/review/SuggestionFilterBar.h"
#include "ui/review/SuggestionsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Prompt.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace steward;
using namespace steward::test;

class GuiReviewTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;

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

    // The Suggestions page, shown, with the keyboard in the queue.
    static SuggestionsPage* suggestions(MainWindow& window)
    {
        window.showPage(View::Suggestions);
        auto* page = qobject_cast<SuggestionsPage*>(window.page(View::Suggestions));
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        page->queue()->setFocus();
        std::ignore = rowsArrived(page->model());
        return page;
    }

    static QString statusOf(const QString& path, const QString& id)
    {
        auto db = openSqlite(path, QStringLiteral("dave"), true);
        QSqlQuery q = db->query();
        q.prepare(QStringLiteral("SELECT status FROM llm_suggestions WHERE suggestion_id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    static std::optional<AuditEntry> lastDecision(const QString& path, const QString& id)
    {
        auto db = openSqlite(path, QStringLiteral("dave"), true);
        auto last = AuditChain::latestFor(*db, QStringLiteral("suggestion"), id);
        return last ? *last : std::nullopt;
    }

    // The suggestion the detail pane shows (read as a job after the current row changes).
    static QString shownId(SuggestionsPage* page)
    {
        const auto& shown = page->detail()->current();
        return shown ? shown->suggestionId : QString();
    }

    static QString currentId(SuggestionsPage* page)
    {
        return page->model()->suggestionId(page->queue()->currentIndex().row());
    }

    static void decideElsewhere(const QString& path, const QString& user, const Decision& decision)
    {
        auto db = openSqlite(path, user);
        STEWARD_VERIFY_OK(TransitionEngine(*db).apply(decision).outcome);
    }

private slots:
    void initTestCase() {}

    // Each test starts without the filters and widths the previous one left behind.
    void init() { TemporarySettings::clear(); }

    void keyboardFlowApprovesAndRejects()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        MainWindow window;
        open(window, path, QStringLiteral("alice"));
        SuggestionsPage* page = suggestions(window);
        QTRY_VERIFY(page->queue()->currentIndex().isValid());
        QCOMPARE(page->queue()->currentIndex().row(), 0);
        const QString first = currentId(page);
        QCOMPARE(page->model()->status(0), QStringLiteral("pending"));
        QTRY_COMPARE(shownId(page), first); // the detail is read as a job
        auto* count = page->findChild<QLabel*>(QStringLiteral("suggestionCount"));
        QVERIFY(count);
        const int pendingBefore = page->model()->rowsInSegment(0);
        QVERIFY2(count->text().contains(QStringLiteral("%1 pending").arg(pendingBefore)), qPrintable(count->text()));

        QTest::keyClick(page->queue(), Qt::Key_A);
        QTRY_COMPARE(statusOf(path, first), QStringLiteral("applied"));
        // The rows stay where they were read; the count, read again as a job, says what is pending now.
        QTRY_VERIFY2(count->text().contains(QStringLiteral("%1 pending").arg(pendingBefore - 1)),
                     qPrintable(count->text()));
        QCOMPARE(lastDecision(path, first)->actor, QStringLiteral("alice"));
        QCOMPARE(page->messages()->kind(), MessageBar::Kind::Success);
        QVERIFY(page->messages()->text().startsWith(QStringLiteral("Approved")));
        // The cursor is on the next pending suggestion, shown in the detail.
        const QString second = currentId(page);
        QVERIFY(second != first);
        QCOMPARE(page->model()->status(page->queue()->currentIndex().row()), QStringLiteral("pending"));
        QTRY_COMPARE(shownId(page), second);

        // The decided row stays where it was, with its new state, until the queue is read again.
        QCOMPARE(page->queue()->currentIndex().row(), 1);
        QCOMPARE(page->model()->suggestionId(0), first);
        QCOMPARE(shownValue(page->model()->index(0, SuggestionQueueModel::StatusColumn)).toString(),
                 QStringLiteral("applied"));

        QTest::keyClick(page->queue(), Qt::Key_J);
        QCOMPARE(page->queue()->currentIndex().row(), 2);
        QTest::keyClick(page->queue(), Qt::Key_K);
        QCOMPARE(currentId(page), second);

        Prompt::queueAnswer(std::nullopt); // the reviewer cancels the comment box
        QTest::keyClick(page->queue(), Qt::Key_R);
        QCOMPARE(statusOf(path, second), QStringLiteral("pending"));
        Prompt::queueAnswer(QStringLiteral("Gain comes from one promotional week"));
        QTest::keyClick(page->queue(), Qt::Key_R);
        QTRY_COMPARE(statusOf(path, second), QStringLiteral("rejected"));
        QCOMPARE(Prompt::queuedAnswers(), 0);
        QCOMPARE(lastDecision(path, second)->comment, QStringLiteral("Gain comes from one promotional week"));

        // Letters typed into the search box are text, not decisions.
        const QString third = currentId(page);
        QTest::keyClick(page->queue(), Qt::Key_F, Qt::ControlModifier);
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("suggestionSearch"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("ar"));
        QCOMPARE(search->text(), QStringLiteral("ar"));
        QCOMPARE(statusOf(path, third), QStringLiteral("pending"));
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(page->queue()->hasFocus());
    }

    void bulkDecisionsOneConfirmationEachOnItsOwn()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        MainWindow window;
        open(window, path, QStringLiteral("alice"));
        SuggestionsPage* page = suggestions(window);
        QTRY_VERIFY(page->model()->rowCount() > 10);
        QStringList ids;
        for (int row = 0; row < 4; ++row)
            ids << page->model()->suggestionId(row);
        page->queue()->selectionModel()->select(QItemSelection(page->model()->index(0, 0), page->model()->index(3, 0)),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(page->actions()->approve()->toolTip().contains(QStringLiteral("4 selected")));
        // Someone else decides one of them in the meantime.
        decideElsewhere(path, QStringLiteral("carol"), SuggestionDecisions::approve(ids.at(2)));

        Prompt::queueAnswer(QString()); // the one confirmation
        QTest::keyClick(page->queue(), Qt::Key_A);
        QCOMPARE(Prompt::queuedAnswers(), 0);
        for (const QString& id : ids)
            QCOMPARE(statusOf(path, id), QStringLiteral("applied"));
        QCOMPARE(lastDecision(path, ids.at(0))->actor, QStringLiteral("alice"));
        QCOMPARE(lastDecision(path, ids.at(2))->actor, QStringLiteral("carol"));
        QCOMPARE(page->messages()->kind(), MessageBar::Kind::Warning);
        QVERIFY2(page->messages()->text().startsWith(QStringLiteral("Approved 3 of 4 (%1, %2, %4). Not approved:")
                                                         .arg(ids.at(0).left(8) + QStringLiteral("…"),
                                                              ids.at(1).left(8) + QStringLiteral("…"),
                                                              ids.at(3).left(8) + QStringLiteral("…"))),
                 qPrintable(page->messages()->text()));
        QVERIFY(page->messages()->text().contains(QStringLiteral("approve by carol")));

        // The decided rows stay where they were, each with its state as it is now.
        for (int row = 0; row < 4; ++row)
            QCOMPARE(page->model()->status(row), QStringLiteral("applied"));

        // Bulk reject: one comment for all of them, each decided on its own.
        const QStringList next{page->model()->suggestionId(4), page->model()->suggestionId(5)};
        QCOMPARE(page->model()->status(4), QStringLiteral("pending"));
        QCOMPARE(page->model()->status(5), QStringLiteral("pending"));
        page->queue()->selectionModel()->select(QItemSelection(page->model()->index(4, 0), page->model()->index(5, 0)),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Prompt::queueAnswer(QStringLiteral("Duplicates of an earlier suggestion"));
        QTest::keyClick(page->queue(), Qt::Key_R);
        for (const QString& id : next) {
            QCOMPARE(statusOf(path, id), QStringLiteral("rejected"));
            QCOMPARE(lastDecision(path, id)->comment, QStringLiteral("Duplicates of an earlier suggestion"));
        }
        QCOMPARE(page->messages()->text(),
                 QStringLiteral("Rejected 2 items: %1, %2.")
                     .arg(next.at(0).left(8) + QStringLiteral("…"), next.at(1).left(8) + QStringLiteral("…")));
    }

    void conflictSaysWhoDecidedAndRefreshes()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        MainWindow window;
        open(window, path, QStringLiteral("alice"));
        SuggestionsPage* page = suggestions(window);
        // Sorted by summary the decided row stays where it is, so the refresh is visible in place.
        page->model()->sort(SuggestionQueueModel::SummaryColumn);
        QVERIFY(rowsArrived(page->model()));
        page->queue()->selectRow(0);
        const QString id = currentId(page);
        QCOMPARE(page->model()->status(0), QStringLiteral("pending"));
        decideElsewhere(path, QStringLiteral("carol"), SuggestionDecisions::reject(id, QStringLiteral("not robust")));

        QTest::keyClick(page->queue(), Qt::Key_A);
        QCOMPARE(statusOf(path, id), QStringLiteral("rejected"));
        QCOMPARE(page->messages()->kind(), MessageBar::Kind::Error);
        QVERIFY2(page->messages()->text().contains(QStringLiteral("reject by carol")),
                 qPrintable(page->messages()->text()));
        QCOMPARE(currentId(page), id);
        QCOMPARE(page->model()->status(page->queue()->currentIndex().row()), QStringLiteral("rejected"));
        QTRY_COMPARE(page->detail()->current().value_or(SuggestionDetail()).status, QStringLiteral("rejected"));
        QVERIFY(!page->actions()->approve()->isEnabled());
        auto db = openSqlite(path, QStringLiteral("dave"), true);
        QCOMPARE(AuditChain::list(*db, {QStringLiteral("suggestion"), id, {}, {}, {}, {}, 10, 0})->size(), 1);
    }

    void actionsExplainWhyTheyAreDisabled()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        const QByteArray digest = fileDigest(path);
        {
            MainWindow window;
            open(window, path, QStringLiteral("dave"));
            SuggestionsPage* page = suggestions(window);
            QTRY_VERIFY(page->queue()->currentIndex().isValid());
            const QString id = currentId(page);
            QTRY_COMPARE(shownId(page), id); // the detail, and its buttons, shown
            QVERIFY(!page->actions()->approve()->isEnabled());
            QVERIFY(page->actions()->approve()->toolTip().contains(QStringLiteral("dave is viewer")));
            QVERIFY(page->actions()->approve()->toolTip().contains(QStringLiteral("analyst")));
            auto* button = page->findChild<QToolButton*>(QStringLiteral("approveActionButton"));
            QVERIFY(button && button->isVisible() && !button->isEnabled());
            QCOMPARE(button->toolTip(), page->actions()->approve()->toolTip());
            QTest::keyClick(page->queue(), Qt::Key_A);
            QCOMPARE(statusOf(path, id), QStringLiteral("pending"));
            // Rollback decisions are a manager's: not even shown to a viewer.
            QVERIFY(!page->findChild<QToolButton*>(QStringLiteral("approveRollbackActionButton"))->isVisible());
        }
        QCOMPARE(fileDigest(path), digest);
        {
            MainWindow window;
            open(window, path, QStringLiteral("alice"));
            SuggestionsPage* page = suggestions(window);
            page->filters()->setFilter({QStringLiteral("applied"), {}, {}, {}, {}});
            emit page->filters()->filterChanged();
            QTRY_COMPARE(page->model()->filter().status, QStringLiteral("applied"));
            QVERIFY(rowsArrived(page->model()));
            QVERIFY(!page->actions()->approve()->isEnabled());
            QVERIFY2(page->actions()->approve()->toolTip().contains(QStringLiteral("this one is applied")),
                     qPrintable(page->actions()->approve()->toolTip()));
            QVERIFY(page->actions()->requestRollback()->isEnabled());
        }
        {
            MainWindow window;
            open(window, path, QStringLiteral("alice"), true);
            SuggestionsPage* page = suggestions(window);
            QVERIFY(!page->actions()->approve()->isEnabled());
            QVERIFY(page->actions()->approve()->toolTip().contains(QStringLiteral("read-only")));
            QVERIFY(!page->actions()->reject()->isEnabled());
        }
        QCOMPARE(fileDigest(path), digest); // looking, as anyone, changed nothing
        QCOMPARE(sideFiles(path), QStringList());
    }

    void shortcutSheetListsTheReviewKeys()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        MainWindow window;
        open(window, path, QStringLiteral("alice"));
        suggestions(window);
        QStringList rows;
        // The sheet is a dialog: read it while it is open, then close it.
        QTimer::singleShot(0, &window, [&rows] {
            auto* sheet = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(sheet && sheet->objectName() == QStringLiteral("shortcutSheet"));
            auto* table = sheet->findChild<QTableWidget*>();
            for (int row = 0; row < table->rowCount(); ++row)
                rows << table->item(row, 0)->text() + QStringLiteral(" = ") + table->item(row, 1)->text();
            sheet->reject();
        });
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY2(rows.contains(QStringLiteral("A = Suggestions: approve")), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("R = Suggestions: reject (asks for a comment)")));
        QVERIFY(rows.contains(QStringLiteral("J / K = Suggestions: next / previous")));
        QVERIFY(rows.contains(QStringLiteral("Ctrl+Shift+V = Audit: verify the hash chain")));
    }

    void invalidJsonIsShownRawWithAWarning()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        QString id, raw;
        {
            auto db = openSqlite(path, QStringLiteral("dave"), true);
            QSqlQuery q = db->query();
            QVERIFY(q.exec(QStringLiteral("SELECT suggestion_id, parameter_diff FROM llm_suggestions WHERE NOT "
                                          "json_valid(parameter_diff) LIMIT 1")));
            QVERIFY(q.next());
            id = q.value(0).toString();
            raw = q.value(1).toString();
        }
        MainWindow window;
        open(window, path, QStringLiteral("alice"));
        SuggestionsPage* page = suggestions(window);
        QVERIFY(page->showItem(QStringLiteral("suggestion"), id));
        QTRY_COMPARE(shownId(page), id);
        auto* warning = page->detail()->findChild<QLabel*>(QStringLiteral("detailWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("parameter_diff is not valid JSON")));
        auto* diff = page->detail()->findChild<QTextBrowser*>(QStringLiteral("detailDiff"));
        QVERIFY(diff->toPlainText().contains(raw.left(40)));
        page->detail()->rawJsonAction()->trigger();
        auto* rawView = page->detail()->findChild<QPlainTextEdit*>(QStringLiteral("detailRawJson"));
        QVERIFY(rawView->isVisible());
        QVERIFY(rawView->toPlainText().contains(raw));
        QVERIFY(!QApplication::activeModalWidget()); // no dialog, ever
        saveScreenshot(&window, QStringLiteral("suggestions-invalid-json"));
        page->detail()->rawJsonAction()->trigger();
    }

    void managersDecideRollbackRequests()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        QString target;
        {
            MainWindow window;
            open(window, path, QStringLiteral("alice")); // alice filed the demo's request
            SuggestionsPage* page = suggestions(window);
            auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("queueTabs"));
            QCOMPARE(tabs->tabText(1), QStringLiteral("Rollback requests (1)"));
            tabs->setCurrentIndex(1);
            page->rollbacks()->view()->selectRow(0);
            target = page->detail()->current()->suggestionId;
            QVERIFY(!page->actions()->approveRollback()->isEnabled());
            QVERIFY(page->actions()->approveRollback()->toolTip().contains(QStringLiteral("manager")));
        }
        MainWindow window;
        open(window, path, QStringLiteral("bob"));
        SuggestionsPage* page = suggestions(window);
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("queueTabs"));
        tabs->setCurrentIndex(1);
        page->rollbacks()->view()->selectRow(0);
        page->rollbacks()->view()->setFocus();
        QCOMPARE(page->detail()->current()->suggestionId, target);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("rollbackBanner"))->isVisible());
        QVERIFY(page->actions()->approveRollback()->isEnabled());
        saveScreenshot(&window, QStringLiteral("suggestions-rollback"));
        Prompt::queueAnswer(QStringLiteral("Agreed: bias is worse"));
        QTest::keyClick(page->rollbacks()->view(), Qt::Key_A, Qt::ShiftModifier);
        QCOMPARE(statusOf(path, target), QStringLiteral("rollback"));
        QCOMPARE(lastDecision(path, target)->actor, QStringLiteral("bob"));
        QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Rollback requests"));
        QCOMPARE(page->messages()->kind(), MessageBar::Kind::Success);

        // A manager who files a request cannot decide it.
        tabs->setCurrentIndex(0);
        page->filters()->setFilter({QStringLiteral("applied"), {}, {}, {}, {}});
        emit page->filters()->filterChanged();
        QVERIFY(rowsArrived(page->model()));
        const QString applied = currentId(page);
        Prompt::queueAnswer(QStringLiteral("MAE doubled on the first live week"));
        QTest::keyClick(page->queue(), Qt::Key_R, Qt::ShiftModifier);
        QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Rollback requests (1)"));
        page->queue()->selectionModel()->clearSelection();
        page->queue()->setCurrentIndex(page->model()->index(page->model()->rowOfSuggestion(applied), 0));
        QCOMPARE(currentId(page), applied);
        QTRY_COMPARE(shownId(page), applied);
        QVERIFY(page->detail()->current()->openRollback());
        QVERIFY(!page->actions()->approveRollback()->isEnabled());
        QVERIFY2(page->actions()->approveRollback()->toolTip().contains(
                     QStringLiteral("requested this rollback and cannot decide it")),
                 qPrintable(page->actions()->approveRollback()->toolTip()));
    }

    void filtersAndSortingFromTheView()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        MainWindow window;
        open(window, path, QStringLiteral("alice"));
        SuggestionsPage* page = suggestions(window);
        auto* status = page->findChild<QComboBox*>(QStringLiteral("statusFilter"));
        // Read as a job after opening: a status from a newer pipeline, listed as it is, and the
        // categories the database holds beyond the known ones.
        QTRY_VERIFY(status->findData(QStringLiteral("superseded")) > 0);
        auto* category = page->findChild<QComboBox*>(QStringLiteral("categoryFilter"));
        QTRY_VERIFY(category->findData(QStringLiteral("ensemble_weighting")) > 0);
        category->setCurrentIndex(category->findData(QStringLiteral("ensemble_weighting")));
        QTRY_COMPARE(page->model()->filter().category, QStringLiteral("ensemble_weighting"));
        QVERIFY(rowsArrived(page->model()));
        QVERIFY(page->model()->rowCount() > 0);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("suggestionCount"))
                    ->text()
                    .contains(QString::number(page->model()->rowCount())));

        auto* search = page->findChild<QLineEdit*>(QStringLiteral("suggestionSearch"));
        QTest::keyClicks(search, QStringLiteral("'; DROP TABLE llm_suggestions; --"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(page->model()->filter().search, QStringLiteral("'; DROP TABLE llm_suggestions; --"));
        QVERIFY(rowsArrived(page->model()));
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->detail()->current() == std::nullopt);
        page->findChild<QToolButton*>(QStringLiteral("clearFilters"))->click();
        QTRY_COMPARE(page->model()->rowCount(), 250);

        // Header clicks: ascending, descending, then back to the queue order.
        QHeaderView* header = page->queue()->horizontalHeader();
        const int delta = page->model()->query().columnIndex(QStringLiteral("wmape_delta"));
        const QPoint centre(header->sectionViewportPosition(delta) + header->sectionSize(delta) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(page->model()->order().column, QStringLiteral("wmape_delta"));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY(page->model()->order().descending);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY(page->model()->order().column.isEmpty());
        QVERIFY(rowsArrived(page->model()));
        QCOMPARE(page->model()->status(0), QStringLiteral("pending"));
        QVERIFY(!page->shortcuts().isEmpty());
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("shortcutHints"))->text().contains(QStringLiteral("approve")));
    }

    void auditPageFiltersAndVerifies()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        MainWindow window;
        open(window, path, QStringLiteral("admin"));
        window.showPage(View::Audit);
        auto* audit = qobject_cast<AuditPage*>(window.page(View::Audit));
        QVERIFY(rowsArrived(audit->model()));
        QCOMPARE(audit->model()->rowCount(), 9);
        auto* actor = audit->findChild<QComboBox*>(QStringLiteral("auditActor"));
        actor->setCurrentIndex(actor->findData(QStringLiteral("alice")));
        QVERIFY(rowsArrived(audit->model()));
        QCOMPARE(audit->model()->rowCount(), 4);
        actor->setCurrentIndex(0);
        QTest::mouseClick(audit->verifyButton(), Qt::LeftButton);
        // Read as a job: the page says so, the button waits, then the verdict.
        QVERIFY(audit->verifyResult()->isVisible());
        QVERIFY(audit->isVerifying());
        QVERIFY(!audit->verifyButton()->isEnabled());
        QTRY_VERIFY(!audit->isVerifying());
        QVERIFY(audit->verifyButton()->isEnabled());
        QVERIFY2(audit->verifyResult()->text().contains(QStringLiteral("intact")),
                 qPrintable(audit->verifyResult()->text()));
        {
            auto db = openSqlite(path);
            QVERIFY(db->exec(QStringLiteral("DROP TRIGGER steward_audit_log_no_delete")));
            QVERIFY(db->exec(QStringLiteral("DELETE FROM steward_audit_log WHERE seq = 5")));
        }
        audit->findChild<QLineEdit*>(QStringLiteral("auditTarget"))->setText(QStringLiteral("bob"));
        audit->verify();
        QTRY_VERIFY(!audit->isVerifying());
        QVERIFY2(audit->verifyResult()->text().contains(QStringLiteral("tampered with at record 5")),
                 qPrintable(audit->verifyResult()->text()));
        // The filters are cleared and the cursor stands where the chain breaks.
        QCOMPARE(audit->model()->rowCount(), 8);
        QCOMPARE(audit->model()->cell(audit->table()->currentIndex().row(), 0).value.toLongLong(), 6);
        saveScreenshot(&window, QStringLiteral("audit-tampered"));

        // From a record to the item it is about.
        auto* record = audit->findChild<QTextBrowser*>(QStringLiteral("auditRecord"));
        const QString target = audit->model()->cell(audit->table()->currentIndex().row(), 5).text();
        emit record->anchorClicked(QUrl(QStringLiteral("suggestion:") + target));
        QCOMPARE(window.currentPage()->view(), View::Suggestions);
        auto* page = qobject_cast<SuggestionsPage*>(window.page(View::Suggestions));
        QTRY_COMPARE(shownId(page), target);
    }

    void withoutStewardTablesYouCanLookButNotDecide()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipeline.sqlite"));
        {
            auto db = makePipelineOnly(path);
            QVERIFY(db->exec(
                QStringLiteral("INSERT INTO llm_suggestions (suggestion_id, client_id, category, summary, status) "
                               "VALUES ('s-1', 'c', 'feature', 'Add lag_7', 'pending')")));
        }
        const QByteArray digest = fileDigest(path);
        MainWindow window;
        open(window, path, QStringLiteral("alice"), true);
        SuggestionsPage* page = suggestions(window);
        QCOMPARE(page->model()->rowCount(), 1);
        QTRY_COMPARE(page->detail()->current().value_or(SuggestionDetail()).summary, QStringLiteral("Add lag_7"));
        QVERIFY(!page->actions()->approve()->isEnabled());
        window.showPage(View::Audit);
        auto* audit = qobject_cast<AuditPage*>(window.page(View::Audit));
        QVERIFY(!audit->table()->isVisible());
        QCOMPARE(fileDigest(path), digest);
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
        QTRY_VERIFY(!audit->isVerifying());
        saveScreenshot(&window, QStringLiteral("audit"));
    }
};

QTEST_MAIN(GuiReviewTest)
#include "tst_gui_review.moc"
