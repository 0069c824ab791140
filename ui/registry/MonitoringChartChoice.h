#pragma once

#include "models/core/Outcome.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace steward {

class ChartFigure;
class Database;

// The Charts view's monitoring kinds, drawn from the same data and renderers as `steward-cli
// chart --kind performance|drift`. No client is needed: a model (the pipeline's: a client) and
// a metric narrow what is drawn.
namespace MonitoringChartChoice {
// The models there are to choose from, by name (the pipeline's clients), sorted.
QStringList models(Database& database);
QStringList metrics(Database& database);
// What draws a chart from data already read: read on a job's connection, drawn on the UI thread.
using Drawing = std::function<std::unique_ptr<ChartFigure>()>;
// `model` and `metric` empty: every model, the first metric.
Result<Drawing> performance(Database& database, const QString& model, const QString& metric);
Result<Drawing> drift(Database& database, const QString& model);
} // namespace MonitoringChartChoice

} // namespace steward
