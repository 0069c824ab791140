#include "BenchReport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>

namespace steward::bench {

double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void require(const Outcome& outcome)
{
    if (!outcome)
        qFatal("%s", qPrintable(outcome.message()));
}

namespace {
QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}
QFile& jsonFile()
{
    static QFile file;
    return file;
}
} // namespace

void openJson(const QString& path)
{
    jsonFile().setFileName(path);
    if (!jsonFile().open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
}

void jsonFigure(const QString& figure, double value, double rawMs, const QString& unit)
{
    if (!jsonFile().isOpen())
        return;
    QJsonObject row{{QStringLiteral("figure"), figure}};
    if (unit == QLatin1String("ms")) {
        row.insert(QStringLiteral("ms"), value);
        if (rawMs >= 0)
            row.insert(QStringLiteral("raw_ms"), rawMs);
    } else {
        row.insert(QStringLiteral("value"), value);
        row.insert(QStringLiteral("unit"), unit);
    }
    jsonFile().write(QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n');
    jsonFile().flush();
}

void line(const QString& what, double milliseconds, const QString& note)
{
    out() << QStringLiteral("%1 %2 ms%3\n")
                 .arg(what.leftJustified(62, QLatin1Char('.')))
                 .arg(milliseconds, 10, 'f', milliseconds < 10 ? 2 : 0)
                 .arg(note.isEmpty() ? QString() : QStringLiteral("   ") + note);
    out().flush();
    jsonFigure(what, milliseconds);
}

void note(const QString& text)
{
    out() << QStringLiteral("    ") << text << '\n';
    out().flush();
}

double measure(const QString& what, const std::function<void()>& step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    QApplication::processEvents();
    const double elapsed = timer.nsecsElapsed() / 1e6;
    line(what, elapsed);
    return elapsed;
}

} // namespace steward::bench
