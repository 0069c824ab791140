// Times the governance queue, policy list, page and report on a large database:
//   steward-bench views DB.sqlite|postgresql://... governance   (e.g. a `steward-cli demo --scale 4000` file)
#include "BenchReport.h"
#include "models/core/Clock.h"
#include "models/db/Database.h"
#include "models/governance/ComplianceReport.h"
#include "models/governance/Deadlines.h"
#include "models/governance/PolicyListModel.h"
#include "models/governance/ViolationQueueModel.h"
#include "models/itemmodels/PagedTableModel.h"
#include "ui/governance/GovernancePage.h"
#include "ui/governance/ReportExporter.h"
#include "ui/governance/ViolationFilterBar.h"
#include "ui/governance/ViolationsPanel.h"
#include "ui/shell/Session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace steward;

namespace {
// Times `work`, which returns a note on what it saw (row counts).
template <typename F> void timed(const QString& what, F&& work)
{
    QElapsedTimer timer;
    timer.start();
    const QString seen = work();
    steward::bench::line(what, timer.nsecsElapsed() / 1e6, seen);
}

// The page as a user opens it, first, so that its resident memory is the page's alone.
void runGovernancePage(const ConnectionTarget& target)
{
    using namespace steward::bench;
    Session session;
    GovernancePage page(&session);
    page.resize(1400, 900);
    measure(
        QStringLiteral("Governance page: open and show"),
        [&] {
            // As the window opens a database: off its thread.
            session.openInBackground(target, {}, [](const Outcome& opened) { bench::require(opened); });
            page.show();
        },
        [&] {
            return session.isOpen() && !page.isLoadPending() && !page.isLoading() &&
                   rowsSettled(page.violations()->pagedRows())();
        },
        [&, shown = firstRowsShown(page.violations()->pagedRows())]() mutable {
            return session.isOpen() && !page.isLoadPending() && shown();
        });
    note(QStringLiteral("%1 rows in the queue").arg(page.violations()->queue()->model()->rowCount()));
    ViolationFilterBar* filters = page.violations()->filters();
    ViolationFilter critical;
    critical.severities = {QStringLiteral("critical")};
    // The queue reads its rows in a job, and the selected violation's detail in another: each
    // step is timed until both are in.
    const auto queueSettled = rowsSettled(page.violations()->pagedRows());
    const auto read = [&] { return !page.isLoading() && queueSettled(); };
    const auto first = [&] { return firstRowsShown(page.violations()->pagedRows()); };
    measure(
        QStringLiteral("Governance page: filter by severity"), [&] { filters->showOnly(critical); }, read, first());
    ViolationFilter search;
    search.search = QStringLiteral("50%");
    measure(
        QStringLiteral("Governance page: search \"50%\" in descriptions"), [&] { filters->showOnly(search); }, read,
        first());
    measure(
        QStringLiteral("Governance page: clear the filters"), [&] { filters->reset(); }, read, first());
    QTableView* queueView = page.violations()->queue();
    measure(
        QStringLiteral("Governance page: sort by the second column"),
        [&] { queueView->sortByColumn(1, Qt::AscendingOrder); }, read, first());
    QTemporaryDir folder;
    ReportOptions options;
    measure(
        QStringLiteral("Governance page: compliance report (30 days, PDF)"),
        [&] { page.exportReport(options, folder.filePath(QStringLiteral("report.pdf"))); },
        [&] { return !page.exporter()->isRunning(); });
}
} // namespace

int steward::bench::runGovernance(const QString& database)
{
    auto target = ConnectionTarget::parse(database);
    if (!target)
        return 6;
    target->readOnly = true;
    runGovernancePage(*target);
    auto db = Database::open(*target);
    if (!db) {
        note(db.failure().message());
        return 6;
    }
    const ViolationQueryContext context{*Deadlines::load(**db), Clock::nowUtc(), true};
    ViolationQueueModel queue;
    queue.setDatabase(db->get());
    timed(QStringLiteral("queue: count + first page, most urgent first"), [&] {
        bench::require(queue.setFilter({}, context));
        queue.violationIdAt(0); // a read now: data() only asks for the page
        return QStringLiteral("%1 rows").arg(queue.rowCount());
    });
    timed(QStringLiteral("queue: next page"), [&] {
        queue.violationIdAt(queue.pagedModel()->pageSize() + 1);
        return QString();
    });
    timed(QStringLiteral("queue: last page"), [&] {
        queue.violationIdAt(queue.rowCount() - 1);
        return QString();
    });
    ViolationFilter overdue;
    overdue.overdueOnly = true;
    timed(QStringLiteral("queue: overdue only"), [&] {
        bench::require(queue.setFilter(overdue, context));
        queue.violationIdAt(0); // a read now: data() only asks for the page
        return QStringLiteral("%1 rows").arg(queue.rowCount());
    });
    timed(QStringLiteral("queue: sorted by severity"), [&] {
        bench::require(queue.setFilter({}, context, ViolationQuery::Severity));
        queue.violationIdAt(0); // a read now: data() only asks for the page
        return QString();
    });
    PolicyListModel policies;
    policies.setDatabase(db->get());
    timed(QStringLiteral("policies: count + first page"), [&] {
        bench::require(policies.reload());
        policies.policyIdAt(0);
        return QStringLiteral("%1 rows").arg(policies.rowCount());
    });
    timed(QStringLiteral("report data (30 days)"), [&] {
        auto data = ComplianceReport::build(**db, {});
        return data ? QStringLiteral("%1 detected, %2 overdue").arg(data->detected).arg(data->overdueCount)
                    : data.failure().message();
    });

    return 0;
}
