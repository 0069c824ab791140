#pragma once

#include "models/registry/ModelVersion.h"
#include "models/workflow/RollbackRequests.h"

#include <QList>
#include <QString>
#include <optional>

namespace steward {

// Everything the detail pane says about one version.
struct VersionDetailContent
{
    ModelVersion version;
    ActiveVersion active;
    QList<TrainingJob> jobs;
    QList<BacktestFoldRow> folds;
    QList<ForecastSummary> forecasts;
    qint64 forecastSeries = 0;
    std::optional<ImportRecord> import;
    QList<RollbackRequest> pendingRollbacks; // of this client's model versions
};

// The detail pane as HTML for a QTextBrowser. Every value from the database is escaped.
QString versionDetailHtml(const VersionDetailContent& content);

} // namespace steward
