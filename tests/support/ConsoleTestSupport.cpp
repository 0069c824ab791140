#include "ConsoleTestSupport.h"

#include "ui/snapshot/ConsolePage.h"

#include <QTest>

namespace steward::test {

namespace {
Outcome waitForConsole(ConsolePage* page, const Outcome& started)
{
    if (!started)
        return started;
    if (!QTest::qWaitFor([page] { return !page->isRunning(); }, 120000))
        return Outcome::failed(QStringLiteral("the console did not finish"));
    return page->lastOutcome();
}
} // namespace

Outcome runInConsole(ConsolePage* page, const QString& sql)
{
    return waitForConsole(page, page->run(sql));
}

Outcome exportConsoleCsv(ConsolePage* page, const QString& path)
{
    return waitForConsole(page, page->exportCsv(path));
}

} // namespace steward::test
