#pragma once

#include "models/core/Outcome.h"
#include "ui/registry/RegistryPage.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace steward {

class ChartPanel;
class JobRunner;
class MessageBar;

// The registry's charts: metric history, walk-forward backtest, forecast fan and improvement
// cycles, for a chosen client (and metric, version or series); monitoring's performance and drift
// over time, for every model or one; with PNG and SVG export. The data and the choices are read by
// a job (a newer choice supersedes the older); the chart is drawn on the UI thread from them.
class ChartsPage : public RegistryPage
{
    Q_OBJECT

public:
    enum class Kind { History, Backtest, Fan, Cycles, Performance, Drift };

    ChartsPage(Session* session, QWidget* parent = nullptr);
    ~ChartsPage() override;

    QList<QPair<QString, QString>> shortcuts() const override;

    void showChart(Kind kind, const QString& clientId = {});
    Kind kind() const;
    // Whether a chart's data is being read.
    bool isLoading() const;
    ChartPanel* panel() const { return m_panel; }
    // Saves the chart shown (PNG or SVG by suffix), without a file dialog.
    Outcome exportChart(const QString& path);

protected:
    void loadRegistry() override;
    void unloadRegistry() override;

private:
    struct Read;

    void buildLayout();
    void kindChanged();
    void clientChanged();
    // Reads the chart chosen (and first, with `choices`, what there is to choose from) as a job.
    void read(bool choices);
    void draw();
    void show(const Result<Read>& read);
    bool isMonitoring() const;
    void chooseExport(const QString& suffix);

    MessageBar* m_messages;
    QComboBox* m_kind;
    QComboBox* m_client;
    QLabel* m_clientLabel;
    QLabel* m_modelLabel;
    QComboBox* m_model; // monitoring kinds: one model, or every model
    QLabel* m_metricLabel;
    QComboBox* m_metric;
    QLabel* m_versionLabel;
    QComboBox* m_version;
    QLabel* m_seriesLabel;
    QComboBox* m_series;
    QPushButton* m_exportPng;
    QPushButton* m_exportSvg;
    ChartPanel* m_panel;
    JobRunner* m_jobs;
    bool m_listClients = true; // the next read lists the clients (after opening)
    QString m_wantedClient;    // asked for (showChart) before the clients were read
};

} // namespace steward
