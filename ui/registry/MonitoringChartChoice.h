#pragma once

#include "models/core/Outcome.h"

#include <QStringList>
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
// `model` and `metric` empty: every model, the first metric.
Result<std::unique_ptr<ChartFigure>> performance(Database& database, const QString& model, const QString& metric);
Result<std::unique_ptr<ChartFigure>> drift(Database& database, const QString& model);
} // namespace MonitoringChartChoice

} // namespace steward
