// Times the Models and Charts views on a large database: steward-bench views DB.sqlite|URI registry.
#include "BenchReport.h"
#include "ui/monitoring/MonitoringPage.h"
#include "ui/registry/ChartPanel.h"
#include "ui/registry/ChartsPage.h"
#include "ui/registry/ModelsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>
#include <optional>

using namespace steward;

int steward::bench::runRegistry(const QString& database)
{
    auto target = ConnectionTarget::parse(database);
    if (!target) {
        note(target.failure().message());
        return 1;
    }
    target->readOnly = true;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    // As File ▸ Open does it: off the window's thread, timed until the window has the database.
    std::optional<Outcome> opened;
    measure(
        QStringLiteral("open"),
        [&] { window.openInBackground(*target, {}, [&](const Outcome& outcome) { opened = outcome; }); },
        [&] { return opened.has_value(); });
    bench::require(*opened);
    auto* models = qobject_cast<ModelsPage*>(window.page(View::Models));
    auto* table = models->findChild<QTableView*>(QStringLiteral("versionTable"));
    // Each step is timed until what it asked the jobs to read has arrived and been shown.
    const auto modelsRead = [&] { return !models->isLoading(); };
    // First rows: the newest versions, shown before the older ones are read.
    const auto firstRows = [&] { return table->model()->rowCount() > 0; };
    measure(
        QStringLiteral("Models view shown: first rows"), [&] { window.showPage(View::Models); }, firstRows);
    measure(
        QStringLiteral("Models view: every version and the detail read"), [] {}, modelsRead);
    note(QStringLiteral("%1 versions of %2").arg(table->model()->rowCount()).arg(models->currentClient()));
    auto* client = models->findChild<QComboBox*>(QStringLiteral("modelsClient"));
    measure(
        QStringLiteral("switch client: first rows"),
        [&] { client->setCurrentIndex((client->currentIndex() + 1) % client->count()); }, firstRows);
    measure(
        QStringLiteral("switch client: every version and the detail read"), [] {}, modelsRead);
    note(QStringLiteral("%1 versions").arg(table->model()->rowCount()));
    measure(
        QStringLiteral("select a version in the middle: detail and chart"),
        [&] { table->selectRow(table->model()->rowCount() / 2); }, modelsRead);
    measure(QStringLiteral("scroll to the oldest version"), [&] { table->scrollToBottom(); });
    measure(
        QStringLiteral("sort by the second column"), [&] { table->sortByColumn(1, Qt::AscendingOrder); }, modelsRead);
    measure(
        QStringLiteral("change the chart metric"), [&] { models->setMetric(QStringLiteral("r2")); }, modelsRead);
    auto* charts = qobject_cast<ChartsPage*>(window.page(View::Charts));
    const auto chartRead = [&] { return !charts->isLoading(); };
    measure(
        QStringLiteral("Charts view shown"), [&] { window.showPage(View::Charts); }, chartRead);
    for (const auto& [kind, name] :
         {std::pair{ChartsPage::Kind::History, "history"}, std::pair{ChartsPage::Kind::Backtest, "backtest"},
          std::pair{ChartsPage::Kind::Fan, "fan"}, std::pair{ChartsPage::Kind::Cycles, "cycles"}}) {
        measure(
            QStringLiteral("chart %1").arg(QLatin1String(name)), [&] { charts->showChart(kind); }, chartRead);
        if (!charts->panel()->figure())
            note(QStringLiteral("(none)"));
    }
    // Every other view, opened as a user would.
    for (View view : {View::Audit, View::Tables, View::Console}) {
        measure(QStringLiteral("%1 view shown").arg(viewName(view)), [&] { window.showPage(view); });
    }
    // Monitoring's summaries are jobs: timed until the first tab's has arrived.
    auto* monitoring = qobject_cast<MonitoringPage*>(window.page(View::Monitoring));
    measure(
        QStringLiteral("Monitoring view shown"), [&] { window.showPage(View::Monitoring); },
        [&] { return !monitoring->isLoading(); });
    return 0;
}
