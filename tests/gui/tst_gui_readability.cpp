// What a newcomer reads at 1024×700 in English, Vietnamese and Spanish, through the real
// widgets: nothing important cut (the sidebar, the review queue's summaries, Governance's time
// left), the queue's creation time sorting oldest first, one number format per locale in the
// Models table and its details, no "NULL" in Models, and meaningful colours legible on a dark
// palette.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/db/Database.h"
#include "models/governance/ViolationQuery.h"
#include "models/governance/ViolationQueueModel.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/review/SuggestionQueueModel.h"
#include "ui/governance/GovernancePage.h"
#include "ui/registry/ModelsPage.h"
#include "ui/render/ReadableColor.h"
#include "ui/review/ReviewFormat.h"
#include "ui/review/SuggestionsPage.h"
#include "ui/shell/Language.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"
#include "ui/widgets/CellDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QToolTip>

using namespace steward;
using namespace steward::test;

class GuiReadabilityTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_urutiiq;

    static std::unique_ptr<MainWindow> openWindow(const QString& path, QSize size, bool readOnly = true)
    {
        return openMainWindow(path, {size, readOnly, QString()});
    }

    static QTableView* suggestionQueue(MainWindow& window)
    {
        window.showPage(View::Suggestions);
        return window.page(View::Suggestions)->findChild<QTableView*>(QStringLiteral("suggestionQueue"));
    }

    static int headerColumn(const QAbstractItemModel* model, const QString& header)
    {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal).toString() == header)
                return c;
        }
        return -1;
    }

    void useLanguage(const QString& language, bool dark = false)
    {
        TemporarySettings::clear();
        QCOMPARE(Language::apply(language), language);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    }

private slots:
    void initTestCase()
    {
        m_demo = makeDemo(m_dir);
        m_urutiiq = m_dir.filePath(QStringLiteral("urutiiq.sqlite"));
        const CliRun demo =
            runCli({QStringLiteral("demo"), m_urutiiq, QStringLiteral("--anchor"), demoAnchor().toString(Qt::ISODate),
                    QStringLiteral("--profile"), QStringLiteral("urutiiq")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        Language::setCatalogueFolder(QStringLiteral(STEWARD_QM_DIR));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void cleanup()
    {
        Language::apply(QStringLiteral("en"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"en", "vi", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // Every view's name is whole in the sidebar, which never scrolls sideways ("Bảng điều
    // khiển SQL" was cut and grew a scrollbar).
    void sidebarShowsEveryNameWhole_data() { languages_data(); }
    void sidebarShowsEveryNameWhole()
    {
        QFETCH(QString, language);
        useLanguage(language);
        auto window = openWindow(m_demo, QSize(1024, 700));
        QVERIFY(window);
        auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QTRY_VERIFY(navigation->isVisible());
        QCOMPARE(navigation->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!navigation->horizontalScrollBar()->isVisible());
        for (int i = 0; i < navigation->count(); ++i) {
            const QListWidgetItem* item = navigation->item(i);
            const int needed =
                navigation->fontMetrics().horizontalAdvance(item->text()) + navigation->iconSize().width();
            QVERIFY2(needed < navigation->viewport()->width(),
                     qPrintable(QStringLiteral("%1 needs %2 px, the sidebar shows %3")
                                    .arg(item->text())
                                    .arg(needed)
                                    .arg(navigation->viewport()->width())));
        }
        QVERIFY2(window->width() <= 1024, qPrintable(QString::number(window->width())));
    }

    // Summaries that differ anywhere read differently in the queue at 1024 and 1440 wide, and
    // a cut one shows whole in its tooltip.
    void queueTellsSummariesApart_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1440x900") << QSize(1440, 900);
    }
    void queueTellsSummariesApart()
    {
        QFETCH(QSize, size);
        useLanguage(QStringLiteral("en"));
        auto window = openWindow(m_demo, size);
        QVERIFY(window);
        QTableView* queue = suggestionQueue(*window);
        QVERIFY(queue);
        auto* model = qobject_cast<SuggestionQueueModel*>(queue->model());
        auto* cells = qobject_cast<CellDelegate*>(queue->itemDelegate());
        QVERIFY(model && cells);
        QTRY_VERIFY(model->rowCount() > 40 && model->isRowLoaded(40));
        QHeaderView* header = queue->horizontalHeader();
        const int column = SuggestionQueueModel::SummaryColumn;
        // The summary is in view, whole, without scrolling sideways.
        QTRY_VERIFY2(header->sectionViewportPosition(column) >= 0 &&
                         header->sectionViewportPosition(column) + header->sectionSize(column) <=
                             queue->viewport()->width(),
                     qPrintable(QStringLiteral("summary at %1, %2 wide, in a view %3 wide")
                                    .arg(header->sectionViewportPosition(column))
                                    .arg(header->sectionSize(column))
                                    .arg(queue->viewport()->width())));
        QHash<QString, QString> summaryOf;
        QModelIndex elided;
        for (int row = 0; row < 40; ++row) {
            const QModelIndex index = model->index(row, column);
            const QString full = cells->fullText(index);
            const QString shown = cells->shownText(index, queue);
            QVERIFY2(
                !summaryOf.contains(shown) || summaryOf.value(shown) == full,
                qPrintable(QStringLiteral("“%1” and “%2” both read “%3”").arg(summaryOf.value(shown), full, shown)));
            summaryOf.insert(shown, full);
            if (shown != full && !elided.isValid())
                elided = index;
        }
        if (elided.isValid()) {
            queue->scrollTo(elided);
            const QRect cell = queue->visualRect(elided);
            QHelpEvent help(QEvent::ToolTip, cell.center(), queue->viewport()->mapToGlobal(cell.center()));
            QApplication::sendEvent(queue->viewport(), &help);
            QTRY_COMPARE(QToolTip::text(), cells->fullText(elided));
            QToolTip::hideText();
        }
    }

    // Where llm_suggestions records created_at, the queue shows it and sorts by it, oldest
    // first, in the database; where it does not (the pipeline's schema), the column is not shown.
    void createdColumnSortsOldestFirst()
    {
        useLanguage(QStringLiteral("en"));
        {
            auto window = openWindow(m_demo, QSize(1024, 700));
            QVERIFY(window);
            QTableView* queue = suggestionQueue(*window);
            QTRY_VERIFY(queue->model()->rowCount() > 0);
            QVERIFY(queue->isColumnHidden(SuggestionQueueModel::CreatedColumn));
        }
        QTemporaryDir dir;
        const QString path = copyDatabase(m_demo, dir);
        {
            auto db = openSqlite(path);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE llm_suggestions ADD COLUMN created_at TEXT")));
            // Creation times out of step with the ids, so that the order can only come from them.
            QVERIFY(
                q.exec(QStringLiteral("UPDATE llm_suggestions SET created_at = "
                                      "strftime('%Y-%m-%dT%H:%M:%SZ', '2026-11-01', ((id * 37) % 250) || ' hours')")));
        }
        auto window = openWindow(path, QSize(1024, 700), false);
        QVERIFY(window);
        QTableView* queue = suggestionQueue(*window);
        auto* model = qobject_cast<SuggestionQueueModel*>(queue->model());
        QTRY_VERIFY(model->rowCount() > 0);
        const int column = SuggestionQueueModel::CreatedColumn;
        QVERIFY(!queue->isColumnHidden(column));
        QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Created (UTC)"));
        QVERIFY(model->isSortable(column));
        QHeaderView* header = queue->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
        QTRY_COMPARE(model->order().column, QStringLiteral("created_at"));
        QVERIFY(!model->order().descending);
        QVERIFY(rowsArrived(model));
        QTRY_VERIFY(model->rowCount() > 30 && model->isRowLoaded(30));
        QDateTime previous;
        for (int row = 0; row <= 30; ++row) {
            const QDateTime created = model->cell(row, column).value.toDateTime();
            QVERIFY2(created.isValid(), qPrintable(model->cell(row, column).text()));
            QVERIFY2(!previous.isValid() || previous <= created,
                     qPrintable(QStringLiteral("row %1: %2 after %3")
                                    .arg(row)
                                    .arg(created.toString(Qt::ISODate), previous.toString(Qt::ISODate))));
            previous = created;
        }
        // The first row is the oldest of all, and reads as the time it was made, in UTC.
        const QDateTime oldest = model->cell(0, column).value.toDateTime();
        QCOMPARE(oldest, QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(shownValue(model->index(0, column)).toString(), QStringLiteral("2026-11-01 00:00"));
        QVERIFY(shownValue(model->index(0, column), Qt::ToolTipRole).toString().contains(QStringLiteral(" ago")));
    }

    // The same value reads the same in the Models table and its details, and lists of numbers
    // never part their items with the comma a decimal mark uses.
    void modelsFormatNumbersOneWay_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"vi", "es", "en"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void modelsFormatNumbersOneWay()
    {
        QFETCH(QString, language);
        useLanguage(language);
        auto window = openWindow(m_demo, QSize(1024, 700));
        QVERIFY(window);
        window->showPage(View::Models);
        auto* page = qobject_cast<ModelsPage*>(window->page(View::Models));
        auto* table = page->findChild<QTableView*>(QStringLiteral("versionTable"));
        QTRY_VERIFY(table->model()->rowCount() > 1);
        const int wmape = headerColumn(table->model(), QStringLiteral("wmape"));
        QVERIFY(wmape >= 0);
        const QModelIndex cell = table->model()->index(0, wmape);
        QTRY_VERIFY(!table->model()->data(cell).toString().isEmpty());
        const QString inTable = table->model()->data(cell).toString();
        table->setCurrentIndex(cell);
        auto* detail = page->findChild<QTextBrowser*>(QStringLiteral("versionDetail"));
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("wmape")));
        QTRY_VERIFY(!page->isLoading()); // the detail's later parts (backtests) too
        const QString text = detail->toPlainText();
        const QString decimal = QLocale().decimalPoint();
        QVERIFY2(language == QLatin1String("en") || decimal == QLatin1String(","), qPrintable(decimal));
        QVERIFY2(inTable.contains(decimal), qPrintable(inTable));
        QVERIFY2(text.contains(
                     QRegularExpression(QStringLiteral("wmape\\s+%1\\b").arg(QRegularExpression::escape(inTable)))),
                 qPrintable(QStringLiteral("the table shows %1; the details:\n%2").arg(inTable, text)));
        // "0,2412, mae" would read as two numbers or one.
        const QRegularExpression ambiguous(QStringLiteral("\\d%1\\d+, ").arg(QRegularExpression::escape(decimal)));
        if (decimal == QLatin1String(","))
            QVERIFY2(!text.contains(ambiguous), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("wmape \\S+; mae "))), qPrintable(text));
        const int previous = 1; // "vs previous": each metric's move, one per line
        const QString tip = table->model()->data(table->model()->index(0, previous), Qt::ToolTipRole).toString();
        if (decimal == QLatin1String(","))
            QVERIFY2(!tip.contains(ambiguous), qPrintable(tip));
    }

    // An empty value in Models is an empty cell, as in Audit, never the word NULL.
    void modelsShowNoNull()
    {
        useLanguage(QStringLiteral("en"));
        auto window = openWindow(m_urutiiq, QSize(1024, 700));
        QVERIFY(window);
        window->showPage(View::Models);
        auto* table = window->page(View::Models)->findChild<QTableView*>(QStringLiteral("versionTable"));
        QTRY_VERIFY(table->model()->rowCount() > 0);
        auto* cells = qobject_cast<CellDelegate*>(table->itemDelegate());
        QVERIFY(cells);
        const int features = headerColumn(table->model(), QStringLiteral("Features"));
        QVERIFY(features >= 0);
        int missing = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int column = 0; column < table->model()->columnCount(); ++column) {
                const QModelIndex index = table->model()->index(row, column);
                QTRY_VERIFY(!index.data(PagedTableModel::LoadingRole).toBool());
                QVERIFY2(cells->fullText(index) != QLatin1String("NULL"),
                         qPrintable(QStringLiteral("row %1, %2")
                                        .arg(row)
                                        .arg(table->model()->headerData(column, Qt::Horizontal).toString())));
                if (column == features && index.data(PagedTableModel::DimmedRole).toBool())
                    ++missing;
            }
        }
        QVERIFY2(missing > 0, "the UrutiIQ demo has versions without a feature count");
    }

    // Governance's time left and severity are whole at 1024 px in every language; the
    // tooltip has the whole sentence.
    void governanceTimeLeftFits_data() { languages_data(); }
    void governanceTimeLeftFits()
    {
        QFETCH(QString, language);
        useLanguage(language);
        auto window = openWindow(m_demo, QSize(1024, 700));
        QVERIFY(window);
        window->showPage(View::Governance);
        auto* queue = window->page(View::Governance)->findChild<QTableView*>(QStringLiteral("violationQueue"));
        QVERIFY(queue);
        QTRY_VERIFY(queue->model()->rowCount() > 10);
        // In view without scrolling sideways, beside the detail pane.
        const QHeaderView* header = queue->horizontalHeader();
        for (int column : {int(ViolationQuery::Severity), int(ViolationQuery::Status), int(ViolationQuery::DueAt)}) {
            QTRY_VERIFY2(header->sectionViewportPosition(column) >= 0 &&
                             header->sectionViewportPosition(column) + header->sectionSize(column) <=
                                 queue->viewport()->width(),
                         qPrintable(QStringLiteral("%1 at %2, %3 wide, in a view %4 wide")
                                        .arg(queue->model()->headerData(column, Qt::Horizontal).toString())
                                        .arg(header->sectionViewportPosition(column))
                                        .arg(header->sectionSize(column))
                                        .arg(queue->viewport()->width())));
        }
        QFont bold = queue->font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        int overdue = 0;
        for (int row = 0; row < 10; ++row) {
            for (int column : {int(ViolationQuery::DueAt), int(ViolationQuery::Severity)}) {
                const QModelIndex index = queue->model()->index(row, column);
                QTRY_VERIFY(!index.data().toString().isEmpty());
                const QString text = index.data().toString();
                // Icon, its gap and the cell's margins around the text.
                const int needed = metrics.horizontalAdvance(text) + queue->iconSize().width() + 16;
                QVERIFY2(needed <= queue->columnWidth(column), qPrintable(QStringLiteral("“%1” needs %2 px of %3")
                                                                              .arg(text)
                                                                              .arg(needed)
                                                                              .arg(queue->columnWidth(column))));
            }
            const QModelIndex due = queue->model()->index(row, ViolationQuery::DueAt);
            if (due.data(ViolationQueueModel::OverdueRole).toBool()) {
                ++overdue;
                QVERIFY2(
                    due.data(Qt::ToolTipRole).toString().contains(due.data().toString().mid(1)),
                    qPrintable(due.data().toString() + QStringLiteral(" / ") + due.data(Qt::ToolTipRole).toString()));
            }
        }
        QVERIFY(overdue > 0);
    }

    // Colours that carry a meaning stay legible on a dark palette: the queue's status labels
    // and better/worse changes, the detail's metrics.
    void meaningfulColoursReadOnDark()
    {
        useLanguage(QStringLiteral("en"), true);
        auto window = openWindow(m_demo, QSize(1024, 700));
        QVERIFY(window);
        QTableView* queue = suggestionQueue(*window);
        QTRY_VERIFY(queue->model()->rowCount() > 0);
        const QColor base = QApplication::palette().color(QPalette::Base);
        QVERIFY(base.lightnessF() < 0.3);
        for (const char* status : {"pending", "applied", "rejected", "rollback", "from_a_newer_pipeline"}) {
            const ReviewFormat::Colours colours = ReviewFormat::statusColours(QString::fromLatin1(status));
            QVERIFY2(ReadableColor::contrast(colours.foreground, colours.background) >= 4.5, status);
            QVERIFY2(colours.background.lightnessF() < 0.5, status); // a wash over the dark base, not a light blob
        }
        auto* metrics = window->page(View::Suggestions)->findChild<QTableWidget*>(QStringLiteral("detailMetrics"));
        QVERIFY(metrics);
        QTRY_VERIFY(metrics->rowCount() > 0);
        int coloured = 0;
        for (int row = 0; row < metrics->rowCount(); ++row) {
            for (int column = 0; column < metrics->columnCount(); ++column) {
                const QTableWidgetItem* item = metrics->item(row, column);
                if (!item || !item->foreground().color().isValid() || item->foreground().style() == Qt::NoBrush)
                    continue;
                const QColor behind = item->background().style() == Qt::NoBrush ? base : item->background().color();
                QVERIFY2(ReadableColor::contrast(item->foreground().color(), behind) >= 4.5, qPrintable(item->text()));
                // A narrow pane cuts these cells; the tooltip has the whole value.
                QVERIFY2(item->toolTip().startsWith(item->text()), qPrintable(item->toolTip()));
                ++coloured;
            }
        }
        QVERIFY(coloured > 0);
        // Secondary text (the shortcut strip) is muted, not lost in the dark.
        auto* hints = window->page(View::Suggestions)->findChild<QLabel*>(QStringLiteral("shortcutHints"));
        QVERIFY(hints);
        const QColor behind = QApplication::palette().color(QPalette::Window);
        QVERIFY2(ReadableColor::contrast(hints->palette().color(QPalette::WindowText), behind) >= 3.0,
                 qPrintable(hints->palette().color(QPalette::WindowText).name()));
    }
};

QTEST_MAIN(GuiReadabilityTest)
#include "tst_gui_readability.moc"
