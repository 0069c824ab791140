// steward-bench: Steward's speed at scale, measured (never asserted in tests).
//
//   steward-bench data [--db TARGET] [--workdir DIR] [--suggestions N] [--forecasts M] [--json FILE]
//       writes (or loads into TARGET) a database of N suggestions and M forecast rows, then times
//       the core's data paths against raw SQL on the same database, with memory use
//   steward-bench monitoring [--workdir DIR] [--scale N] [--systems urutiiq,within,krongthai] [--json FILE]
//       writes each system's demo at scale N (1,000 by default: 1,000,000 prediction logs and
//       100,000 performance rows) and times every monitoring summary on it
//   steward-bench views DB [review|registry|governance ...] [--json FILE]
//       times the views through the real widgets (offscreen) on an existing large database;
//       the review section approves one suggestion in DB. A 5 ms timer on the UI thread records
//       the longest stall of each step, and of all: the figure ui_stall_max
#include "BenchReport.h"
#include "models/jobs/MallocArenas.h"
#include "ui/render/OffscreenEnvironment.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

using namespace steward::bench;

int main(int argc, char** argv)
{
    steward::prepareOffscreenEnvironment();
    steward::limitMallocArenas();
    QApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const QString section = arguments.isEmpty() ? QStringLiteral("help") : arguments.takeFirst();
    if (section == QLatin1String("data"))
        return runData(arguments);
    if (section == QLatin1String("monitoring"))
        return runMonitoring(arguments);
    if (section == QLatin1String("views") && !arguments.isEmpty()) {
        // The views remember filters and widths; the benchmark keeps them away from the user's.
        QTemporaryDir settings;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
        const QString database = arguments.takeFirst();
        if (const qsizetype json = arguments.indexOf(QStringLiteral("--json"));
            json >= 0 && json + 1 < arguments.size()) {
            openJson(arguments.at(json + 1));
            arguments.remove(json, 2);
        }
        const QStringList wanted =
            arguments.isEmpty()
                ? QStringList{QStringLiteral("review"), QStringLiteral("registry"), QStringLiteral("governance")}
                : arguments;
        int status = 0;
        for (const QString& name : wanted) {
            note(QStringLiteral("== %1").arg(name));
            if (name == QLatin1String("review"))
                status |= runReview(database);
            else if (name == QLatin1String("registry"))
                status |= runRegistry(database);
            else if (name == QLatin1String("governance"))
                status |= runGovernance(database);
            else
                status |= 2;
        }
        printStallMax();
        return status;
    }
    QTextStream(stderr)
        << "usage: steward-bench data [--db TARGET] [--workdir DIR] [--suggestions N] [--forecasts M] [--json FILE]\n"
           "       steward-bench monitoring [--workdir DIR] [--scale N] [--systems urutiiq,within,krongthai] "
           "[--json FILE]\n"
           "       steward-bench views DB [review|registry|governance ...] [--json FILE]\n";
    return 2;
}
