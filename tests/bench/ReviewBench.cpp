// Times the Suggestions and Audit views on a large database, through the real widgets
// (offscreen): opening, paging, jumping, sorting, filtering, searching and deciding.
// Usage: steward-bench views DB review   (e.g. from `steward-cli demo big.sqlite --scale 4000`), DB a
// file or a server's URI. No copy is made: the one decision it times is written into DB (on a
// server, as the login, which needs a Steward role that may approve).
#include "BenchReport.h"
#include "models/review/AuditTrailModel.h"
#include "models/review/SuggestionQueueModel.h"
#include "ui/audit/AuditPage.h"
#include "ui/review/ReviewActions.h"
#include "ui/review/SuggestionFilterBar.h"
#include "ui/review/SuggestionsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <functional>

using namespace steward;

int steward::bench::runReview(const QString& database)
{
    auto parsed = ConnectionTarget::parse(database);
    if (!parsed) {
        note(parsed.failure().message());
        return 1;
    }
    const ConnectionTarget target = *parsed;
    OpenOptions options;
    if (target.backend == Backend::Sqlite)
        options.actingUser = QStringLiteral("alice"); // on a server, the login acts
    {
        // The view on its own, without the other views of the window reading their tables.
        Session session;
        SuggestionsPage alone(&session);
        alone.resize(1400, 900);
        alone.show();
        measure(
            QStringLiteral("Suggestions view alone: open, count, first page, detail"),
            [&] {
                if (Outcome opened = session.open(target, options); !opened)
                    qFatal("%s", qPrintable(opened.message()));
            },
            rowsSettled(alone.model()));
    }

    MainWindow window;
    window.resize(1600, 960);
    window.show();
    auto* page = qobject_cast<SuggestionsPage*>(window.page(View::Suggestions));
    QTableView* queue = page->queue();
    SuggestionQueueModel* model = page->model();
    // The queue reads its rows, and the pages shown, in jobs: each step is timed until they are
    // in, and a jump until the row jumped to is.
    const auto settled = rowsSettled(model);
    const auto firstRows = [&] { return firstRowsShown(model); };
    const auto rowShown = [&](int row) {
        return [&, row] { return settled() && model->isRowLoaded(qMin(row, model->rowCount() - 1)); };
    };

    measure(
        QStringLiteral("open the database, Suggestions view painted"),
        [&] {
            if (Outcome opened = window.openTarget(target, options); !opened)
                qFatal("%s", qPrintable(opened.message()));
            window.showPage(View::Suggestions);
            QApplication::processEvents();
        },
        settled);
    note(QStringLiteral("    %1 suggestions, %2 pending\n")
             .arg(model->rowCount())
             .arg(model->rowsInSegment(0))
             .trimmed());
    measure(
        QStringLiteral("re-read the Suggestions view (F5)"), [&] { page->refresh(); }, settled);
    measure(QStringLiteral("next suggestion (J) with its detail"), [&] { queue->setCurrentIndex(model->index(1, 2)); });
    measure(
        QStringLiteral("page down 20 times"),
        [&] {
            for (int i = 0; i < 20; ++i) {
                queue->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
                QApplication::processEvents();
            }
        },
        settled);
    measure(
        QStringLiteral("jump to row 500,000 (into the non-pending group)"),
        [&] {
            queue->scrollTo(model->index(500000, 2));
            queue->setCurrentIndex(model->index(500000, 2));
        },
        rowShown(500000));
    measure(
        QStringLiteral("jump to the last row"),
        [&] {
            queue->scrollToBottom();
            queue->setCurrentIndex(model->index(model->rowCount() - 1, 2));
        },
        rowShown(model->rowCount() - 1));
    note(QStringLiteral("    pages fetched so far: %1, pages in memory: %2\n")
             .arg(model->pagesFetched())
             .arg(model->cachedPageCount())
             .trimmed());
    measure(
        QStringLiteral("filter: status pending"),
        [&] {
            page->filters()->setFilter({QStringLiteral("pending"), {}, {}, {}, {}});
            emit page->filters()->filterChanged();
        },
        settled, firstRows());
    measure(
        QStringLiteral("filter: pending of one client"),
        [&] {
            page->filters()->setFilter({QStringLiteral("pending"), QStringLiteral("hanoi_fresh"), {}, {}, {}});
            emit page->filters()->filterChanged();
        },
        settled, firstRows());
    measure(
        QStringLiteral("filter: one category"),
        [&] {
            page->filters()->setFilter({{}, {}, QStringLiteral("calendar"), {}, {}});
            emit page->filters()->filterChanged();
        },
        settled, firstRows());
    measure(
        QStringLiteral("search \"50%\" in summary and reasoning"),
        [&] {
            page->filters()->setFilter({{}, {}, {}, {}, QStringLiteral("50%")});
            emit page->filters()->filterChanged();
        },
        settled, firstRows());
    measure(
        QStringLiteral("clear the filters"),
        [&] {
            page->filters()->setFilter({});
            emit page->filters()->filterChanged();
        },
        settled, firstRows());
    for (const QString& column : {QStringLiteral("status"), QStringLiteral("client_id"), QStringLiteral("summary"),
                                  QStringLiteral("cycle_state"), QStringLiteral("wmape_delta")}) {
        measure(
            QStringLiteral("sort by %1").arg(column),
            [&] { queue->sortByColumn(model->query().columnIndex(column), Qt::DescendingOrder); }, settled,
            firstRows());
    }
    measure(
        QStringLiteral("sorted by wmape_delta: jump to row 500,000"),
        [&] {
            queue->scrollTo(model->index(500000, 2));
            queue->setCurrentIndex(model->index(500000, 2));
        },
        rowShown(500000));
    measure(
        QStringLiteral("back to the queue order"), [&] { queue->sortByColumn(-1, Qt::AscendingOrder); }, settled);
    queue->setCurrentIndex(model->index(0, 2));
    measure(
        QStringLiteral("approve the current suggestion (A), queue re-read"),
        [&] { page->actions()->approve()->trigger(); }, settled);

    auto* audit = qobject_cast<AuditPage*>(window.page(View::Audit));
    measure(
        QStringLiteral("Audit view painted"), [&] { window.showPage(View::Audit); }, rowsSettled(audit->model()));
    measure(
        QStringLiteral("verify the audit chain (%1 records)").arg(audit->model()->rowCount()), [&] { audit->verify(); },
        [&] { return !audit->isVerifying(); });
    return 0;
}
