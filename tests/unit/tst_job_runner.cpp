// The job runner: results arrive on the owner's thread, a newer job supersedes an older one
// (whose result never arrives), Cancel reaches the work and a running SQLite statement, a
// decision's job runs to its end, and an owner destroyed mid-job is safe.
#include "TestSupport.h"
#include "models/jobs/JobRunner.h"

#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace steward;
using namespace steward::test;

namespace {
// Works until cancelled (or for ten seconds, so that a broken cancel fails instead of hanging).
QString untilCancelled(JobControl& control, std::atomic_bool* started = nullptr)
{
    if (started)
        *started = true;
    QElapsedTimer clock;
    clock.start();
    while (!control.cancelled() && clock.elapsed() < 10000)
        QThread::msleep(2);
    return control.cancelled() ? QStringLiteral("cancelled") : QStringLiteral("not cancelled");
}
} // namespace

class JobRunnerTest : public QObject
{
    Q_OBJECT

private slots:
    void deliversOnTheOwnersThreadAfterWorkingOnAnother()
    {
        JobRunner runner;
        QSignalSpy running(&runner, &JobRunner::runningChanged);
        QThread* workedOn = nullptr;
        QThread* deliveredOn = nullptr;
        int result = 0;
        runner.start<int>(
            [&workedOn](JobControl&) {
                workedOn = QThread::currentThread();
                return 42;
            },
            [&](const int& value) {
                deliveredOn = QThread::currentThread();
                result = value;
            });
        QVERIFY(runner.isRunning());
        QTRY_COMPARE(result, 42);
        QVERIFY(workedOn != nullptr);
        QVERIFY(workedOn != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(!runner.isRunning());
        QCOMPARE(running.size(), 2);
        QCOMPARE(running.at(0).at(0).toBool(), true);
        QCOMPARE(running.at(1).at(0).toBool(), false);
    }

#if defined(Q_OS_LINUX)
    // Jobs run below the window's thread, so that its layout is not preempted by their work.
    void jobsRunBelowTheOwnersThread()
    {
        const auto niceness = [] {
            errno = 0;
            return getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
        };
        const int own = niceness();
        JobRunner runner;
        int job = -100;
        bool done = false;
        runner.start<int>([&niceness](JobControl&) { return niceness(); },
                          [&](const int& value) {
                              job = value;
                              done = true;
                          });
        QTRY_VERIFY(done);
        QCOMPARE(job, qMin(19, own + 5));
    }
#endif

    void aNewerJobSupersedesTheOlder()
    {
        JobRunner runner;
        std::atomic_bool started{false};
        std::atomic_bool olderSawCancel{false};
        QStringList delivered;
        runner.start<QString>(
            [&](JobControl& control) {
                const QString result = untilCancelled(control, &started);
                olderSawCancel = control.cancelled();
                return QStringLiteral("older ") + result;
            },
            [&delivered](const QString& value) { delivered << value; });
        QTRY_VERIFY(started.load());
        runner.start<QString>([](JobControl&) { return QStringLiteral("newer"); },
                              [&delivered](const QString& value) { delivered << value; });
        QTRY_COMPARE(delivered, QStringList{QStringLiteral("newer")});
        QTRY_VERIFY(olderSawCancel.load());
        runner.waitForIdle();
        QCoreApplication::processEvents(); // the older's result, had it been posted, would run now
        QCOMPARE(delivered, QStringList{QStringLiteral("newer")});
    }

    void cancelReachesTheWorkAndItsResultArrives()
    {
        JobRunner runner;
        std::atomic_bool started{false};
        QString result;
        runner.start<QString>([&started](JobControl& control) { return untilCancelled(control, &started); },
                              [&result](const QString& value) { result = value; });
        QTRY_VERIFY(started.load());
        runner.cancel();
        QTRY_COMPARE(result, QStringLiteral("cancelled"));
        QVERIFY(!runner.isRunning());
    }

    void abandonDropsTheResult()
    {
        JobRunner runner;
        std::atomic_bool started{false};
        bool delivered = false;
        runner.start<QString>([&started](JobControl& control) { return untilCancelled(control, &started); },
                              [&delivered](const QString&) { delivered = true; });
        QTRY_VERIFY(started.load());
        runner.abandon();
        QVERIFY(!runner.isRunning());
        runner.waitForIdle();
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void aJobThatRunsToItsEndIsNeitherCancelledNorDropped()
    {
        JobRunner runner;
        std::atomic_bool started{false};
        std::atomic_bool release{false};
        QStringList delivered;
        runner.start<QString>(
            [&](JobControl& control) {
                started = true;
                while (!release.load())
                    QThread::msleep(2);
                return control.cancelled() ? QStringLiteral("cancelled") : QStringLiteral("decided");
            },
            [&delivered](const QString& value) { delivered << value; }, JobRunner::Finish::RunToEnd);
        QTRY_VERIFY(started.load());
        runner.cancel();
        runner.start<QString>([](JobControl&) { return QStringLiteral("next"); },
                              [&delivered](const QString& value) { delivered << value; });
        QTRY_COMPARE(delivered, QStringList{QStringLiteral("next")}); // on a thread of its own
        release = true;
        QTRY_COMPARE(delivered, (QStringList{QStringLiteral("next"), QStringLiteral("decided")}));
    }

    void progressIsReportedOnTheOwnersThread()
    {
        JobRunner runner;
        QSignalSpy progress(&runner, &JobRunner::progress);
        bool done = false;
        runner.start<int>(
            [](JobControl& control) {
                control.progress(QStringLiteral("reading"), 0.5);
                QThread::msleep(50);
                control.progress(QStringLiteral("writing"), 1.0);
                return 0;
            },
            [&done](const int&) { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress.at(0).at(0).toString(), QStringLiteral("reading"));
        QCOMPARE(progress.at(1).at(1).toDouble(), 1.0);
    }

    void anOwnerDestroyedMidJobIsSafe()
    {
        auto* owner = new QObject;
        auto* runner = new JobRunner(owner);
        std::atomic_bool started{false};
        std::atomic_bool finished{false};
        bool delivered = false;
        runner->start<QString>(
            [&](JobControl& control) {
                control.progress(QStringLiteral("started"), 0.1);
                const QString result = untilCancelled(control, &started);
                control.post([&delivered] { delivered = true; });
                finished = true;
                return result;
            },
            [&delivered](const QString&) { delivered = true; });
        QTRY_VERIFY(started.load());
        QPointer<JobRunner> guard(runner);
        delete owner; // cancels the job and waits for it
        QVERIFY(!guard);
        QVERIFY(finished.load());
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    // Nobody reads a superseded job's result: its statement is interrupted, not left to run.
    void aSupersededSqliteStatementIsInterrupted()
    {
        QTemporaryDir dir;
        ConnectionTarget target;
        target.sqlitePath = dir.filePath(QStringLiteral("jobs.sqlite"));
        OpenOptions options;
        options.createIfMissing = true;
        options.timeBudgetMs = 0;
        std::atomic_bool started{false};
        std::atomic_bool ended{false};
        QString failure;
        bool olderDelivered = false;
        JobRunner runner;
        runner.startOn<qint64>(
            target, options,
            [&](Database& database, JobControl&) -> Result<qint64> {
                started = true;
                const auto end = qScopeGuard([&ended] { ended = true; });
                QSqlQuery query = database.query();
                // Counts to ten billion: minutes, unless interrupted.
                if (!query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                               "WHERE i < 10000000000) SELECT count(*) FROM n")) ||
                    !query.next()) {
                    failure = query.lastError().text();
                    return Outcome::failed(failure);
                }
                return query.value(0).toLongLong();
            },
            [&olderDelivered](const Result<qint64>&) { olderDelivered = true; });
        QTRY_VERIFY(started.load());
        QThread::msleep(50);
        bool newer = false;
        runner.start<int>([](JobControl&) { return 0; }, [&newer](const int&) { newer = true; });
        QTRY_VERIFY(newer);
        QTRY_VERIFY_WITH_TIMEOUT(ended.load(), 20000);
        QVERIFY2(failure.contains(QStringLiteral("interrupt")), qPrintable(failure));
        runner.waitForIdle();
        QCoreApplication::processEvents();
        QVERIFY(!olderDelivered);
    }

    void aConnectionFailureReachesTheResult()
    {
        ConnectionTarget target;
        target.sqlitePath = QStringLiteral("/nonexistent/folder/none.sqlite");
        std::optional<Result<int>> result;
        JobRunner runner;
        runner.startOn<int>(
            target, OpenOptions(), [](Database&, JobControl&) -> Result<int> { return 1; },
            [&result](const Result<int>& value) { result = value; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!*result);
    }
};

QTEST_GUILESS_MAIN(JobRunnerTest)
#include "tst_job_runner.moc"
