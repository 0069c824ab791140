#include "BenchReport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace steward::bench {

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
} // namespace

void line(const QString& what, double milliseconds, const QString& note)
{
    out() << QStringLiteral("%1 %2 ms%3\n")
                 .arg(what.leftJustified(62, QLatin1Char('.')))
                 .arg(milliseconds, 10, 'f', milliseconds < 10 ? 2 : 0)
                 .arg(note.isEmpty() ? QString() : QStringLiteral("   ") + note);
    out().flush();
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
