#include "BenchReport.h"

#include "models/itemmodels/PagedTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <tuple>

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

void jsonFigure(const QString& figure, double value, double rawMs, const QString& unit, double stallMs)
{
    if (!jsonFile().isOpen())
        return;
    QJsonObject row{{QStringLiteral("figure"), figure}};
    if (unit == QLatin1String("ms")) {
        row.insert(QStringLiteral("ms"), value);
        if (rawMs >= 0)
            row.insert(QStringLiteral("raw_ms"), rawMs);
        if (stallMs >= 0)
            row.insert(QStringLiteral("ui_stall_ms"), stallMs);
    } else {
        row.insert(QStringLiteral("value"), value);
        row.insert(QStringLiteral("unit"), unit);
    }
    jsonFile().write(QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n');
    jsonFile().flush();
}

namespace {
// The process's resident memory now, at its peak so far, and the part of it that is the heap
// and other anonymous memory (the rest: libraries and fonts mapped from files), in MB (Linux;
// 0 elsewhere).
std::tuple<double, double, double> residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double now = 0;
    double peak = 0;
    double anonymous = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& entry : status.readAll().split('\n')) {
            const QList<QByteArray> parts = entry.simplified().split(' ');
            if (parts.size() >= 2 && parts.at(0) == "VmRSS:")
                now = parts.at(1).toDouble() / 1024;
            else if (parts.size() >= 2 && parts.at(0) == "VmHWM:")
                peak = parts.at(1).toDouble() / 1024;
            else if (parts.size() >= 2 && parts.at(0) == "RssAnon:")
                anonymous = parts.at(1).toDouble() / 1024;
        }
    }
    return {now, peak, anonymous};
}
} // namespace

void line(const QString& what, double milliseconds, const QString& note, double stallMs)
{
    QStringList notes;
    if (stallMs >= 0) {
        notes << QStringLiteral("UI stall %1 ms").arg(stallMs, 0, 'f', 0);
        const auto [now, peak, anonymous] = residentMb();
        if (peak > 0)
            notes << QStringLiteral("RSS %1 MB (peak %2, anonymous %3)")
                         .arg(now, 0, 'f', 0)
                         .arg(peak, 0, 'f', 0)
                         .arg(anonymous, 0, 'f', 0);
    }
    if (!note.isEmpty())
        notes << note;
    out() << QStringLiteral("%1 %2 ms%3\n")
                 .arg(what.leftJustified(62, QLatin1Char('.')))
                 .arg(milliseconds, 10, 'f', milliseconds < 10 ? 2 : 0)
                 .arg(notes.isEmpty() ? QString() : QStringLiteral("   ") + notes.join(QStringLiteral(" · ")));
    out().flush();
    jsonFigure(what, milliseconds, -1, QStringLiteral("ms"), stallMs);
}

void note(const QString& text)
{
    out() << QStringLiteral("    ") << text << '\n';
    out().flush();
}

namespace {
// A timer on the UI thread that should tick every 5 ms: the largest gap between two ticks is
// the longest time the thread did not answer.
class StallWatch
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_largest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    double stop()
    {
        tick();
        m_timer.stop();
        m_max = std::max(m_max, m_largest);
        return m_largest;
    }
    double max() const { return m_max; }

private:
    void tick()
    {
        m_largest = std::max(m_largest, m_sinceTick.nsecsElapsed() / 1e6);
        m_sinceTick.restart();
    }

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_largest = 0;
    double m_max = 0;
};

StallWatch& stallWatch()
{
    static StallWatch watch;
    return watch;
}

// Lets the event loop run (the stall timer too) for `milliseconds`, or until `until` holds.
void runEventLoop(int milliseconds, const std::function<bool()>& until = {})
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < milliseconds && !(until && until())) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
}
} // namespace

double measure(const QString& what, const std::function<void()>& step, const std::function<bool()>& finished,
               const std::function<bool()>& firstShown)
{
    stallWatch().start();
    QElapsedTimer timer;
    timer.start();
    step();
    QApplication::processEvents();
    double first = -1;
    const auto done = [&] {
        if (firstShown && first < 0 && firstShown())
            first = timer.nsecsElapsed() / 1e6;
        return finished && finished();
    };
    if (finished)
        runEventLoop(10 * 60 * 1000, done);
    const double elapsed = timer.nsecsElapsed() / 1e6;
    runEventLoop(100); // what arrives right after, and its painting
    const double stall = stallWatch().stop();
    if (firstShown) {
        // The first rows on their own line, then the whole step (the count that follows them).
        line(what + QStringLiteral(": first rows"), first < 0 ? elapsed : first, QString(), stall);
        line(what + QStringLiteral(": counted"), elapsed, QString(), stall);
    } else {
        line(what, elapsed, QString(), stall);
    }
    return elapsed;
}

std::function<bool()> firstRowsShown(const PagedTableModel* rows)
{
    // Only once the step's read has started: the rows before it are shown until then.
    return [rows, started = false]() mutable {
        started = started || rows->isLoading();
        return started && !rows->isLoading() && (rows->rowCount() == 0 || rows->isRowLoaded(0));
    };
}

std::function<bool()> rowsSettled(const PagedTableModel* rows)
{
    return [rows] { return !rows->isLoading() && !rows->isReadingPages() && !rows->isCountPending(); };
}

double stallMax()
{
    return stallWatch().max();
}

void printStallMax()
{
    out() << QStringLiteral("%1 %2 ms\n")
                 .arg(QStringLiteral("longest UI-thread stall (ui_stall_max)").leftJustified(62, QLatin1Char('.')))
                 .arg(stallMax(), 10, 'f', 0);
    out().flush();
    jsonFigure(QStringLiteral("ui_stall_max"), stallMax());
}

} // namespace steward::bench
