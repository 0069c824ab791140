#include "ChartsPage.h"

#include "models/charts/BacktestFolds.h"
#include "models/charts/ForecastFan.h"
#include "models/charts/ImprovementCycles.h"
#include "models/charts/MetricHistory.h"
#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"
#include "models/profiles/ScopeWords.h"
#include "models/registry/ModelRegistry.h"
#include "ui/registry/ChartPanel.h"
#include "ui/registry/MonitoringChartChoice.h"
#include "ui/render/charts/ChartFigure.h"
#include "ui/render/charts/RegistryCharts.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/widgets/MessageBar.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QVBoxLayout>

namespace steward {

namespace {
void refill(QComboBox* combo, const QStringList& items, const QString& keep)
{
    const QSignalBlocker blocker(combo);
    // A client's 40,000 versions: one list handed over, not an item at a time, and the box sized
    // from the first few rather than by measuring every one on the window's thread.
    auto* list = qobject_cast<QStringListModel*>(combo->model());
    if (!list) {
        list = new QStringListModel(combo);
        combo->setModel(list);
    }
    constexpr int kMeasured = 200;
    if (items.size() > kMeasured) {
        qsizetype longest = 0;
        for (qsizetype i = 0; i < kMeasured; ++i)
            longest = qMax(longest, items.at(i).size());
        combo->setMinimumContentsLength(static_cast<int>(longest));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    } else {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    list->setStringList(items);
    const int index = combo->findText(keep);
    combo->setCurrentIndex(index >= 0 ? index : (items.isEmpty() ? -1 : 0));
}
} // namespace

// What a job read for the chart: the choices (when asked for), the ones taken, and how to draw it.
struct ChartsPage::Read
{
    bool clientsListed = false; // the first read after opening lists the clients
    QStringList clients;
    QString client;
    bool choices = false;
    QStringList metrics;
    QStringList versions;
    QStringList series;
    QStringList models;
    QString metric;
    QString version;
    QString seriesKey;
    QString model;
    MonitoringChartChoice::Drawing drawing; // on the UI thread; empty: `failure` says why not
    Outcome failure = Outcome::ok();
};

namespace {
QString keptOrFirst(const QStringList& items, const QString& keep)
{
    return items.contains(keep) ? keep : items.value(0);
}

// Reads the chart of `kind`: with `choices`, first what there is to choose from, keeping what
// `chosen` names where it is there (as refill() does).
template <typename Read>
Read readChart(const ModelRegistry& registry, ChartsPage::Kind kind, const QString& client, Read chosen, bool choices)
{
    using Kind = ChartsPage::Kind;
    using Drawing = MonitoringChartChoice::Drawing;
    Read out = std::move(chosen);
    out.choices = choices;
    Database& database = registry.database();
    const auto fail = [&out](const Outcome& failure) {
        out.failure = failure;
        return out;
    };
    switch (kind) {
    case Kind::History: {
        if (choices) {
            auto keys = registry.metricKeys(client);
            if (!keys)
                return fail(keys.failure());
            out.metrics = *keys;
            out.metric = keptOrFirst(out.metrics, out.metric);
        }
        auto data = MetricHistory::load(registry, client, out.metric, choices ? &out.metrics : nullptr);
        if (!data)
            return fail(data.failure());
        out.drawing = [data = data.take()] { return RegistryCharts::metricHistory(data); };
        return out;
    }
    case Kind::Backtest: {
        if (choices) {
            auto all = BacktestFolds::load(registry, client, {}, {});
            out.versions = all ? all->versions : QStringList();
            out.metrics = all ? all->metrics : QStringList();
            out.version = keptOrFirst(out.versions, out.version);
            out.metric = keptOrFirst(out.metrics, out.metric);
        }
        auto data = BacktestFolds::load(registry, client, out.version, out.metric);
        if (!data)
            return fail(data.failure());
        out.drawing = [data = data.take()] { return RegistryCharts::backtestFolds(data); };
        return out;
    }
    case Kind::Fan: {
        if (choices) {
            auto keys = ForecastFan::seriesKeys(registry, client);
            out.series = keys ? *keys : QStringList();
            out.seriesKey = keptOrFirst(out.series, out.seriesKey);
        }
        if (!registry.hasTable(QStringLiteral("forecast_results")))
            return fail(Outcome::notFound(ChartsPage::tr("This database has no forecast_results table.")));
        auto data = ForecastFan::load(registry, client, out.seriesKey);
        if (!data)
            return fail(data.failure());
        out.drawing = [data = data.take()] { return RegistryCharts::forecastFan(data); };
        return out;
    }
    case Kind::Cycles: {
        if (!registry.hasTable(QStringLiteral("improvement_cycles")))
            return fail(Outcome::notFound(ChartsPage::tr("This database has no improvement_cycles table.")));
        auto data = ImprovementCycles::load(database, client);
        if (!data)
            return fail(data.failure());
        out.drawing = [data = data.take()] { return RegistryCharts::improvementCycles(data); };
        return out;
    }
    case Kind::Performance:
    case Kind::Drift: {
        if (choices) {
            out.models = MonitoringChartChoice::models(database);
            out.model = out.models.contains(out.model) ? out.model : QString();
            if (kind == Kind::Performance) {
                out.metrics = MonitoringChartChoice::metrics(database);
                out.metric = keptOrFirst(out.metrics, out.metric);
            }
        }
        Result<Drawing> drawing = kind == Kind::Drift
                                      ? MonitoringChartChoice::drift(database, out.model)
                                      : MonitoringChartChoice::performance(database, out.model, out.metric);
        if (!drawing)
            return fail(drawing.failure());
        out.drawing = drawing.take();
        return out;
    }
    }
    return out;
}
} // namespace

ChartsPage::ChartsPage(Session* session, QWidget* parent)
    : RegistryPage(View::Charts, session, parent), m_jobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("chartsPage"));
    buildLayout();
}

ChartsPage::~ChartsPage() = default;

QList<QPair<QString, QString>> ChartsPage::shortcuts() const
{
    return {{QStringLiteral("Ctrl+E"), tr("Export the chart as PNG…")},
            {QStringLiteral("Ctrl+Alt+E"), tr("Export the chart as SVG…")}};
}

void ChartsPage::buildLayout()
{
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messages = new MessageBar(content);
    layout->addWidget(m_messages);
    // Two rows, so that the choices fit a 1024 px window in every language: what to draw and
    // for whom on the first, with the exports; which version or series on the second.
    auto* bar = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    QHBoxLayout* row = bar;
    const auto combo = [content, &row](const QString& label, const QString& name, QLabel** labelOut) {
        auto* caption = new QLabel(label, content);
        auto* box = new QComboBox(content);
        box->setObjectName(name);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(caption);
        row->addWidget(box);
        row->addSpacing(8);
        if (labelOut)
            *labelOut = caption;
        return box;
    };
    m_kind = combo(tr("Chart:"), QStringLiteral("chartKind"), nullptr);
    m_kind->addItem(tr("Metric history"), static_cast<int>(Kind::History));
    m_kind->addItem(tr("Walk-forward backtest"), static_cast<int>(Kind::Backtest));
    m_kind->addItem(tr("Forecast fan"), static_cast<int>(Kind::Fan));
    m_kind->addItem(tr("Improvement cycles"), static_cast<int>(Kind::Cycles));
    m_kind->addItem(tr("Performance"), static_cast<int>(Kind::Performance));
    m_kind->addItem(tr("Drift"), static_cast<int>(Kind::Drift));
    m_client = combo(tr("Client:"), QStringLiteral("chartClient"), &m_clientLabel);
    // Shown for the monitoring kinds only, in place of the client (kindChanged); without a
    // spacing of its own, so that the bar is no wider for it.
    m_modelLabel = new QLabel(tr("Model:"), content);
    m_model = new QComboBox(content);
    m_model->setObjectName(QStringLiteral("chartModel"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_modelLabel->hide();
    m_model->hide();
    bar->insertWidget(bar->indexOf(m_client) + 1, m_model);
    bar->insertWidget(bar->indexOf(m_client) + 1, m_modelLabel);
    m_metric = combo(tr("Metric:"), QStringLiteral("chartMetric"), &m_metricLabel);
    bar->addStretch(1);
    row = second;
    m_version = combo(tr("Version:"), QStringLiteral("chartVersion"), &m_versionLabel);
    m_series = combo(tr("Series:"), QStringLiteral("chartSeries"), &m_seriesLabel);
    m_series->setEditable(true);
    m_series->setInsertPolicy(QComboBox::NoInsert);
    m_series->completer()->setFilterMode(Qt::MatchContains);
    m_series->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_series->setMinimumContentsLength(24);
    m_series->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    second->addStretch(1);
    m_exportPng = new QPushButton(tr("Export PNG…"), content);
    m_exportPng->setObjectName(QStringLiteral("exportPng"));
    m_exportSvg = new QPushButton(tr("Export SVG…"), content);
    m_exportSvg->setObjectName(QStringLiteral("exportSvg"));
    bar->addWidget(m_exportPng);
    bar->addWidget(m_exportSvg);
    layout->addLayout(bar);
    layout->addLayout(second);
    m_panel = new ChartPanel(content);
    m_panel->setObjectName(QStringLiteral("chartPanel"));
    layout->addWidget(m_panel, 1);
    setContent(content);
    connect(m_panel, &ChartPanel::exported, this, [this](const QString& path, const Outcome& saved) {
        if (saved)
            m_messages->showMessage(MessageBar::Kind::Success, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        else
            m_messages->showMessage(MessageBar::Kind::Error, tr("The chart was not saved: %1").arg(saved.message()));
    });

    const int kind = m_kind->findData(Settings::value(Settings::Key::ChartsKind).toInt());
    m_kind->setCurrentIndex(kind >= 0 ? kind : 0);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartsPage::kindChanged);
    connect(m_client, &QComboBox::currentIndexChanged, this, &ChartsPage::clientChanged);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ChartsPage::draw);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ChartsPage::draw);
    connect(m_series, &QComboBox::currentIndexChanged, this, &ChartsPage::draw);
    connect(m_model, &QComboBox::currentIndexChanged, this, &ChartsPage::draw);
    connect(m_exportPng, &QPushButton::clicked, this, [this] { chooseExport(QStringLiteral("png")); });
    connect(m_exportSvg, &QPushButton::clicked, this, [this] { chooseExport(QStringLiteral("svg")); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this), &QShortcut::activated, this,
            [this] { chooseExport(QStringLiteral("png")); });
    // Not Ctrl+Shift+E: that is File ▸ Export snapshot, and the two would cancel each other.
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), this), &QShortcut::activated, this,
            [this] { chooseExport(QStringLiteral("svg")); });
}

ChartsPage::Kind ChartsPage::kind() const
{
    return static_cast<Kind>(m_kind->currentData().toInt());
}

void ChartsPage::loadRegistry()
{
    m_clientLabel->setText(ScopeWords::label(registry()->database().profile()));
    m_listClients = true; // by the job that reads the chart
    kindChanged();
}

void ChartsPage::unloadRegistry()
{
    m_jobs->abandon();
    m_jobs->release(); // its connection was to the database that closed
    m_panel->clear();
}

bool ChartsPage::isLoading() const
{
    return m_jobs->isRunning();
}

void ChartsPage::showChart(Kind kind, const QString& clientId)
{
    if (!clientId.isEmpty() && m_listClients)
        m_wantedClient = clientId; // chosen once the clients are read
    if (!clientId.isEmpty() && m_client->findText(clientId) >= 0) {
        const QSignalBlocker blocker(m_client);
        m_client->setCurrentIndex(m_client->findText(clientId));
    }
    const int index = m_kind->findData(static_cast<int>(kind));
    if (index == m_kind->currentIndex())
        kindChanged();
    else
        m_kind->setCurrentIndex(index);
}

void ChartsPage::kindChanged()
{
    Settings::setValue(Settings::Key::ChartsKind, static_cast<int>(kind()));
    const Kind k = kind();
    m_clientLabel->setVisible(!isMonitoring());
    m_client->setVisible(!isMonitoring());
    m_modelLabel->setVisible(isMonitoring());
    m_model->setVisible(isMonitoring());
    m_metricLabel->setVisible(k == Kind::History || k == Kind::Backtest || k == Kind::Performance);
    m_metric->setVisible(m_metricLabel->isVisible());
    m_versionLabel->setVisible(k == Kind::Backtest);
    m_version->setVisible(k == Kind::Backtest);
    m_seriesLabel->setVisible(k == Kind::Fan);
    m_series->setVisible(k == Kind::Fan);
    clientChanged();
}

void ChartsPage::clientChanged()
{
    if (!registry())
        return;
    if (!m_listClients) // the clients are still to be read: nothing is chosen yet
        Settings::setValue(Settings::Key::ChartsClient, m_client->currentText());
    read(true);
}

bool ChartsPage::isMonitoring() const
{
    return kind() == Kind::Performance || kind() == Kind::Drift;
}

void ChartsPage::draw()
{
    read(false);
}

void ChartsPage::read(bool choices)
{
    if (!registry())
        return;
    const bool listClients = m_listClients;
    const QString client = !listClients                ? m_client->currentText()
                           : !m_wantedClient.isEmpty() ? m_wantedClient
                           : !m_client->currentText().isEmpty()
                               ? m_client->currentText()
                               : Settings::value(Settings::Key::ChartsClient).toString();
    if (!listClients && client.isEmpty() && !isMonitoring()) {
        m_jobs->abandon();
        m_panel->showMessage(tr("This database has no model versions, so there is nothing to chart."));
        m_exportPng->setEnabled(false);
        m_exportSvg->setEnabled(false);
        return;
    }
    Read chosen;
    chosen.metric = m_metric->currentText().isEmpty() && choices
                        ? Settings::value(Settings::Key::ChartsMetric).toString()
                        : m_metric->currentText();
    chosen.version = m_version->currentText();
    chosen.seriesKey = m_series->currentText().isEmpty() && choices
                           ? Settings::value(Settings::Key::ChartsSeries).toString()
                           : m_series->currentText();
    chosen.model = m_model->currentIndex() > 0 ? m_model->currentText() : QString();
    m_panel->showMessage(tr("Reading the chart's data…"));
    m_exportPng->setEnabled(false);
    m_exportSvg->setEnabled(false);
    readRegistry<Read>(
        m_jobs,
        [kind = kind(), monitoring = isMonitoring(), client, chosen, choices,
         listClients](const ModelRegistry& registry, JobControl&) -> Result<Read> {
            Read listed = chosen;
            QString chart = client;
            if (listClients) {
                auto clients = registry.clients();
                if (!clients)
                    return clients.failure();
                listed.clientsListed = true;
                listed.clients = *clients;
                chart = keptOrFirst(listed.clients, client);
                listed.client = chart;
                if (chart.isEmpty() && !monitoring) {
                    listed.failure =
                        Outcome::notFound(tr("This database has no model versions, so there is nothing to chart."));
                    return listed;
                }
            }
            return readChart(registry, kind, chart, listed, choices);
        },
        [this](const Result<Read>& read) { show(read); });
}

void ChartsPage::show(const Result<Read>& read)
{
    if (!read) {
        m_panel->showMessage(read.failure().message());
        return;
    }
    if (read->clientsListed) {
        m_listClients = false;
        m_wantedClient.clear();
        refill(m_client, read->clients, read->client);
        if (!read->client.isEmpty())
            Settings::setValue(Settings::Key::ChartsClient, read->client);
    }
    if (read->choices) {
        switch (kind()) {
        case Kind::History:
            refill(m_metric, read->metrics, read->metric);
            break;
        case Kind::Backtest:
            refill(m_version, read->versions, read->version);
            refill(m_metric, read->metrics, read->metric);
            break;
        case Kind::Fan:
            refill(m_series, read->series, read->seriesKey);
            break;
        case Kind::Cycles:
            break;
        case Kind::Performance:
        case Kind::Drift:
            refill(m_model, QStringList{tr("All models")} + read->models, read->model);
            if (kind() == Kind::Performance)
                refill(m_metric, read->metrics, read->metric);
            break;
        }
    }
    if (m_metric->isVisible() && !m_metric->currentText().isEmpty())
        Settings::setValue(Settings::Key::ChartsMetric, m_metric->currentText());
    if (kind() == Kind::Fan && !m_series->currentText().isEmpty())
        Settings::setValue(Settings::Key::ChartsSeries, m_series->currentText());
    const bool drawn = read->failure.isOk() && read->drawing;
    if (drawn)
        m_panel->setFigure(read->drawing());
    else
        m_panel->showMessage(read->failure.message());
    m_exportPng->setEnabled(drawn);
    m_exportSvg->setEnabled(drawn);
}

Outcome ChartsPage::exportChart(const QString& path)
{
    return m_panel->saveAs(path);
}

void ChartsPage::chooseExport(const QString& suffix)
{
    m_panel->chooseExport(suffix);
}

} // namespace steward
