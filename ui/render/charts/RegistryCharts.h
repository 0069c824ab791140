#pragma once

#include "ui/render/charts/ChartFigure.h"

#include <QString>
#include <memory>

namespace steward {

struct BacktestFoldsData;
struct ForecastFanData;
struct ImprovementCyclesData;
struct MetricHistoryData;

// The registry's charts, built from the chart data builders (models/charts). No window is
// needed: the GUI shows the figures, the CLI and reports save or paint them.
namespace RegistryCharts {
struct HistoryOptions
{
    QString highlightVersion; // drawn as a ring, e.g. the version selected in the Models view
    int maxPoints = 1600;     // a longer series is drawn from a min/max downsampled copy
};
// A metric across a client's versions over training time; the active version marked.
std::unique_ptr<ChartFigure> metricHistory(const MetricHistoryData& data, const HistoryOptions& options = {});
// Per-fold values of one metric, a bar per level (order, sku) per fold; tooltips give the
// fold's train and test windows.
std::unique_ptr<ChartFigure> backtestFolds(const BacktestFoldsData& data);
// Predicted quantity with its P10-P90 band over forecast dates, event-tier days marked, and
// actual quantities when known.
std::unique_ptr<ChartFigure> forecastFan(const ForecastFanData& data);
// MAPE before and after each cycle, and below it the strip of the eight states with each
// recent cycle's current state.
std::unique_ptr<ChartFigure> improvementCycles(const ImprovementCyclesData& data, int stripCycles = 16);
} // namespace RegistryCharts

} // namespace steward
