#pragma once

#include "models/core/Outcome.h"
#include "ui/registry/RegistryPage.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace steward {

class ChartPanel;
class MessageBar;

// The registry's charts: metric history, walk-forward backtest, forecast fan and improvement
// cycles, for a chosen client (and metric, version or series); monitoring's performance and drift
// over time, for every model or one; with PNG and SVG export.
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
    ChartPanel* panel() const { return m_panel; }
    // Saves the chart shown (PNG or SVG by suffix), without a file dialog.
    Outcome exportChart(const QString& path);

protected:
    void loadRegistry() override;
    void unloadRegistry() override;

private:
    void buildLayout();
    void kindChanged();
    void clientChanged();
    void fillChoices();
    void draw();
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
    bool m_filling = false;
};

} // namespace steward
