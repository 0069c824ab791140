// Times the governance queue, policy list, page and report on a large database:
//   bench_governance DB.sqlite|postgresql://...   (e.g. a `steward-cli demo --scale 4000` file)
#include "db/Database.h"
#include "governance/ComplianceReport.h"
#include "governance/Deadlines.h"
#include "governance/GovernancePage.h"
#include "governance/PolicyListModel.h"
#include "governance/ViolationQueueModel.h"
#include "governance/ViolationsPanel.h"
#include "itemmodels/PagedTableModel.h"
#include "shell/Session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>

using namespace steward;

namespace {
QTextStream out(stdout);

template <typename F>
void timed(const QString& what, F&& work)
{
    QElapsedTimer timer;
    timer.start();
    const QString note = work();
    out << QStringLiteral("%1 ms  %2  %3").arg(timer.elapsed(), 6).arg(what, note) << Qt::endl;
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        out << "usage: bench_governance DB" << Qt::endl;
        return 2;
    }
    auto target = ConnectionTarget::parse(QString::fromLocal8Bit(argv[1]));
    if (!target)
        return 6;
    target->readOnly = true;
    auto db = Database::open(*target);
    if (!db) {
        out << db.failure().message() << Qt::endl;
        return 6;
    }
    const ViolationQueryContext context{*Deadlines::load(**db), QDateTime::currentDateTimeUtc(), true};
    ViolationQueueModel queue;
    queue.setDatabase(db->get());
    timed(QStringLiteral("queue: count + first page, most urgent first"), [&] {
        queue.setFilter({}, context);
        queue.index(0, 0).data();
        return QStringLiteral("%1 rows").arg(queue.rowCount());
    });
    timed(QStringLiteral("queue: next page"), [&] {
        queue.index(queue.pagedModel()->pageSize() + 1, 0).data();
        return QString();
    });
    timed(QStringLiteral("queue: last page"), [&] {
        queue.index(queue.rowCount() - 1, 0).data();
        return QString();
    });
    ViolationFilter overdue;
    overdue.overdueOnly = true;
    timed(QStringLiteral("queue: overdue only"), [&] {
        queue.setFilter(overdue, context);
        queue.index(0, 0).data();
        return QStringLiteral("%1 rows").arg(queue.rowCount());
    });
    timed(QStringLiteral("queue: sorted by severity"), [&] {
        queue.setFilter({}, context, ViolationQuery::Severity);
        queue.index(0, 0).data();
        return QString();
    });
    PolicyListModel policies;
    policies.setDatabase(db->get());
    timed(QStringLiteral("policies: count + first page"), [&] {
        policies.reload();
        policies.index(0, 0).data();
        return QStringLiteral("%1 rows").arg(policies.rowCount());
    });
    timed(QStringLiteral("report data (30 days)"), [&] {
        auto data = ComplianceReport::build(**db, {});
        return data ? QStringLiteral("%1 detected, %2 overdue").arg(data->detected).arg(data->overdueCount) : data.failure().message();
    });

    Session session;
    timed(QStringLiteral("Governance page: open and show"), [&] {
        GovernancePage page(&session);
        page.resize(1400, 900);
        session.open(*target);
        page.show();
        while (page.isLoadPending())
            QApplication::processEvents();
        return QStringLiteral("%1 rows in the queue").arg(page.violations()->queue()->model()->rowCount());
    });
    return 0;
}
