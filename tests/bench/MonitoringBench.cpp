// steward-bench monitoring: each monitoring summary on each system's demo at scale.
//
//   steward-bench monitoring [--workdir DIR] [--scale N] [--systems urutiiq,within,krongthai] [--json FILE]
//                            [--indexes yes|no]
//
// Writes (or reuses) DIR/monitoring-SYSTEM-N.sqlite, the system's demo at scale N: about
// 1,000·N prediction logs and 100·N performance rows (N = 1000: 1,000,000 and 100,000), and
// times every summary as the CLI runs it (median of 5 runs, and the mean CPU time of a run),
// reading nothing but aggregates. --indexes yes first creates the monitoring indexes of
// `init --indexes` in the file (kept there); no drops them, to measure without.
#include "BenchReport.h"
#include "models/db/Database.h"
#include "models/demo/DemoGenerator.h"
#include "models/monitoring/DriftSummary.h"
#include "models/monitoring/ExperimentSummary.h"
#include "models/monitoring/MonitoringIndexes.h"
#include "models/monitoring/PerformanceSummary.h"
#include "models/monitoring/PredictionSummary.h"

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
    }
    for (const QString& system : std::as_const(systems)) {
        const QString path = QDir(workdir).filePath(QStringLiteral("monitoring-%1-%2.sqlite").arg(system).arg(scale));
        note(QStringLiteral("== %1 at scale %2").arg(system).arg(scale));
        if (!QFileInfo::exists(path)) {
            DemoOptions options;
            options.scale = scale;
            options.system = system;
            options.actingUser = QStringLiteral("bench");
            QElapsedTimer writing;
            writing.start();
            auto written = DemoGenerator::writeSqliteFile(path, options);
            require(written ? Outcome::ok() : written.failure());
            line(QStringLiteral("write the demo"), static_cast<double>(writing.elapsed()));
        }
        ConnectionTarget target;
        target.sqlitePath = path;
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
        time(system + QStringLiteral(": predictions"), [&] { return PredictionSummary::load(db, {}); });
        if (ExperimentSummary::available(db))
            time(system + QStringLiteral(": experiments"), [&] { return ExperimentSummary::load(db); });
    }
    return 0;
}
