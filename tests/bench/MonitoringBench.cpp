// steward-bench monitoring: each monitoring summary on each system's demo at scale.
//
//   steward-bench monitoring [--workdir DIR] [--scale N] [--systems urutiiq,within,krongthai] [--json FILE]
//                            [--indexes yes|no] [--db postgresql://...]
//
// Writes (or reuses) DIR/monitoring-SYSTEM-N.sqlite, the system's demo at scale N: about
// 1,000·N prediction logs and 100·N performance rows (N = 1000: 1,000,000 and 100,000), and
// times every summary as the CLI runs it (median of 5 runs, and the mean CPU time of a run),
// reading nothing but aggregates, and the listing of every drift record. --indexes yes first
// creates the monitoring indexes of `init --indexes` in the file (kept there); no drops them,
// to measure without.
//
// --db writes the demo into that PostgreSQL database instead (one system a database, so with
// --systems naming one), or reuses it when it already holds that system's tables. The CPU
// time is then the bench's alone: the server's is not in it.
#include "BenchReport.h"
#include "models/db/Database.h"
#include "models/demo/DemoGenerator.h"
#include "models/monitoring/DriftSummary.h"
#include "models/monitoring/ExperimentSummary.h"
#include "models/monitoring/MonitoringIndexes.h"
#include "models/monitoring/PerformanceSummary.h"
#include "models/monitoring/PredictionSummary.h"
#include "models/profiles/Profile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <sys/resource.h>

using namespace steward;

namespace {
qint64 rowsOf(Database& db, const QString& table)
{
    auto query = db.select(QStringLiteral("SELECT COUNT(*) FROM %1").arg(SqlDialect::quoteIdentifier(table)),
                           QVariantList(), QStringLiteral("counting"));
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

// The process's CPU time (user and system), in milliseconds: the machine may be shared, and
// wall times then say more about the other processes than about the summary.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) { return static_cast<double>(t.tv_sec) * 1000.0 + t.tv_usec / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

template <typename Load> void time(const QString& what, Load load)
{
    constexpr int kRuns = 5;
    qsizetype rows = 0;
    const double cpuBefore = cpuMs();
    const double ms = bench::medianMs(kRuns, [&] {
        auto result = load();
        bench::require(result ? Outcome::ok() : result.failure());
        rows = result->size();
    });
    const double cpu = (cpuMs() - cpuBefore) / kRuns;
    bench::line(QStringLiteral("%1 (%2 rows)").arg(what).arg(rows), ms,
                QStringLiteral("cpu %1 ms").arg(cpu, 0, 'f', 0));
    bench::jsonFigure(what, ms);
    bench::jsonFigure(what + QStringLiteral(", cpu"), cpu);
}
// Writes the system's demo at `scale` into a new file, or into an empty PostgreSQL database
// (then analysed, as a server's autovacuum would have by the time anyone reads it).
void writeDemo(const ConnectionTarget& target, const QString& system, int scale)
{
    DemoOptions options;
    options.scale = scale;
    options.system = system;
    options.actingUser = QStringLiteral("bench");
    QElapsedTimer writing;
    writing.start();
    if (target.backend == Backend::Sqlite) {
        auto written = DemoGenerator::writeSqliteFile(target.sqlitePath, options);
        bench::require(written ? Outcome::ok() : written.failure());
    } else {
        auto opened = Database::open(target);
        bench::require(opened ? Outcome::ok() : opened.failure());
        Database& db = **opened;
        db.setTimeBudgetMs(0);
        auto written = DemoGenerator::writeInto(db, options);
        bench::require(written ? Outcome::ok() : written.failure());
        bench::require(db.exec(QStringLiteral("ANALYZE")));
    }
    bench::line(QStringLiteral("write the demo"), static_cast<double>(writing.elapsed()));
}

// Whether the database already holds this system's tables (a demo written by an earlier run).
bool holds(const ConnectionTarget& target, const QString& system)
{
    auto opened = Database::open(target);
    bench::require(opened ? Outcome::ok() : opened.failure());
    return (*opened)->profile().name == system;
}

// Creates or drops the monitoring indexes in the file at `target`.
void setIndexes(ConnectionTarget target, bool present)
{
    auto opened = Database::open(target);
    bench::require(opened ? Outcome::ok() : opened.failure());
    Database& db = **opened;
    if (present) {
        QElapsedTimer creating;
        creating.start();
        auto created = MonitoringIndexes::create(db);
        bench::require(created ? Outcome::ok() : created.failure());
        if (!db.isSqlite())
            bench::require(db.exec(QStringLiteral("ANALYZE")));
        bench::line(QStringLiteral("create the monitoring indexes (%1)").arg(created->join(QStringLiteral(", "))),
                    static_cast<double>(creating.elapsed()));
        return;
    }
    auto planned = MonitoringIndexes::plan(db);
    bench::require(planned ? Outcome::ok() : planned.failure());
    for (const MonitoringIndexes::Planned& index : std::as_const(*planned))
        bench::require(db.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(SqlDialect::quoteIdentifier(index.name))));
    bench::note(QStringLiteral("without the monitoring indexes"));
}
} // namespace

int steward::bench::runMonitoring(const QStringList& arguments)
{
    QString workdir = QDir::tempPath();
    int scale = 1000;
    QStringList systems{QStringLiteral("urutiiq"), QStringLiteral("within"), QStringLiteral("krongthai")};
    QString indexes;
    QString server;
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        const QString& option = arguments.at(i);
        const QString& value = arguments.at(i + 1);
        if (option == QLatin1String("--workdir"))
            workdir = value;
        else if (option == QLatin1String("--scale"))
            scale = qMax(1, value.toInt());
        else if (option == QLatin1String("--systems"))
            systems = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (option == QLatin1String("--indexes"))
            indexes = value;
        else if (option == QLatin1String("--json"))
            openJson(value);
        else if (option == QLatin1String("--db"))
            server = value;
    }
    if (!server.isEmpty() && systems.size() != 1)
        require(Outcome::usage(QStringLiteral("--db takes one system (--systems NAME): each needs a database")));
    for (const QString& system : std::as_const(systems)) {
        note(QStringLiteral("== %1 at scale %2").arg(system).arg(scale));
        ConnectionTarget target;
        if (server.isEmpty()) {
            target.sqlitePath =
                QDir(workdir).filePath(QStringLiteral("monitoring-%1-%2.sqlite").arg(system).arg(scale));
            if (!QFileInfo::exists(target.sqlitePath))
                writeDemo(target, system, scale);
        } else {
            auto parsed = ConnectionTarget::parse(server);
            require(parsed ? Outcome::ok() : parsed.failure());
            target = *parsed;
            if (!holds(target, system))
                writeDemo(target, system, scale);
        }
        if (!indexes.isEmpty())
            setIndexes(target, indexes == QLatin1String("yes"));
        target.readOnly = true;
        auto opened = Database::open(target);
        require(opened ? Outcome::ok() : opened.failure());
        Database& db = **opened;
        note(QStringLiteral("%1 prediction rows, %2 performance rows")
                 .arg(rowsOf(db, PredictionSummary::source(db)))
                 .arg(rowsOf(db, PerformanceSummary::source(db))));
        time(system + QStringLiteral(": performance, every version and metric"),
             [&] { return PerformanceSummary::load(db, {}); });
        MonitoringFilter one;
        one.metric = system == QLatin1String("within") ? QStringLiteral("f1") : QStringLiteral("accuracy");
        time(system + QStringLiteral(": performance, one metric"), [&] { return PerformanceSummary::load(db, one); });
        time(system + QStringLiteral(": declining on active versions"),
             [&] { return PerformanceSummary::decliningOnActive(db); });
        MonitoringFilter page;
        page.limit = 200;
        time(system + QStringLiteral(": drift, drifting now first (first 200)"),
             [&] { return DriftSummary::load(db, page); });
        MonitoringFilter detected;
        detected.status = QStringLiteral("detected");
        time(system + QStringLiteral(": drift, detected"), [&] { return DriftSummary::load(db, detected); });
        MonitoringFilter every;
        time(system + QStringLiteral(": drift, every record"), [&] { return DriftSummary::load(db, every); });
        time(system + QStringLiteral(": predictions"), [&] { return PredictionSummary::load(db, {}); });
        // The demo's log spans the 14 days before its anchor: the last 30 days hold all of it,
        // the last 7 about half.
        for (const int days : {30, 7}) {
            MonitoringFilter recent;
            recent.since = db.asOf().toUTC().addDays(-days);
            time(system + QStringLiteral(": predictions, last %1 days").arg(days),
                 [&] { return PredictionSummary::load(db, recent); });
        }
        if (ExperimentSummary::available(db))
            time(system + QStringLiteral(": experiments"), [&] { return ExperimentSummary::load(db); });
    }
    return 0;
}
