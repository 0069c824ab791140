#pragma once

#include "ui/render/charts/ChartFigure.h"

#include <memory>

namespace steward {

struct DriftSeriesData;
struct PerformanceSeriesData;

// Monitoring's charts, built from the chart data builders (models/charts). No window is needed.
namespace MonitoringCharts {
// One metric over time, a line per model version (the active one thicker), each version's
// baseline or threshold as a dashed line in its colour, the trend in the legend.
std::unique_ptr<ChartFigure> performance(const PerformanceSeriesData& data);
// Drift scores over time, a line per model, type and feature, each threshold dashed.
std::unique_ptr<ChartFigure> drift(const DriftSeriesData& data);
} // namespace MonitoringCharts

} // namespace steward
