// Times the Models and Charts views on a large database: steward-bench views DB.sqlite|URI registry.
#include "BenchReport.h"
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

using namespace steward;

int steward::bench::runRegistry(const QString& database)
{
    auto target = ConnectionTarget::parse(database);
    if (!target) {
        note(target.failure().message());
        return 1;
    }
    target->readOnly = true;
    QElapsedTimer timer;
    const auto step = [&](const QString& name) {
        QApplication::processEvents();
        line(name, timer.nsecsElapsed() / 1e6);
        timer.restart();
    };
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    timer.start();
    if (Outcome opened = window.openTarget(*target); !opened) {
        note(opened.message());
        return 1;
    }
    step(QStringLiteral("open"));
    window.showPage(View::Models);
    auto* models = qobject_cast<ModelsPage*>(window.page(View::Models));
    auto* table = models->findChild<QTableView*>(QStringLiteral("versionTable"));
    step(QStringLiteral("Models view shown (%1 versions of %2)")
             .arg(table->model()->rowCount())
             .arg(models->currentClient()));
    auto* client = models->findChild<QComboBox*>(QStringLiteral("modelsClient"));
    client->setCurrentIndex((client->currentIndex() + 1) % client->count());
    step(QStringLiteral("switch client (%1 versions)").arg(table->model()->rowCount()));
    table->selectRow(table->model()->rowCount() / 2);
    step(QStringLiteral("select a version in the middle: detail and chart"));
    table->scrollToBottom();
    step(QStringLiteral("scroll to the oldest version"));
    models->setMetric(QStringLiteral("r2"));
    step(QStringLiteral("change the chart metric"));
    window.showPage(View::Charts);
    auto* charts = qobject_cast<ChartsPage*>(window.page(View::Charts));
    step(QStringLiteral("Charts view shown"));
    for (const auto& [kind, name] :
         {std::pair{ChartsPage::Kind::History, "history"}, std::pair{ChartsPage::Kind::Backtest, "backtest"},
          std::pair{ChartsPage::Kind::Fan, "fan"}, std::pair{ChartsPage::Kind::Cycles, "cycles"}}) {
        charts->showChart(kind);
        step(QStringLiteral("chart %1%2")
                 .arg(QLatin1String(name), charts->panel()->figure() ? QString() : QStringLiteral(" (none)")));
    }
    return 0;
}
