#pragma once

#include "models/registry/ModelVersion.h"
#include "models/workflow/RollbackRequests.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

// How many of a version's forecast series the detail lists (it says how many more there are).
inline constexpr int kDetailForecastSeries = 10;

// Everything the detail pane says about one version.
struct VersionDetailContent
{
    ModelVersion version;
    QString scopeWord = QStringLiteral("Client"); // what clientId names: Client, Company, Restaurant, Model
    ActiveVersion active;
    std::optional<ModelVersion> previous;      // the version trained just before, if any
    std::optional<ModelVersion> activeVersion; // the active version, when it is another one
    // Whether the pipeline tables behind each part exist: an empty part of a missing table says so.
    bool hasJobsTable = true;
    bool hasBacktestsTable = true;
    bool hasForecastsTable = true;
    QList<TrainingJob> jobs;
    QList<BacktestFoldRow> folds;
    QList<ForecastSummary> forecasts; // the first kDetailForecastSeries series
    qint64 forecastSeries = 0;        // how many there are
    std::optional<ImportRecord> import;
    QList<RollbackRequest> pendingRollbacks; // of this client's model versions
};

// The detail pane as HTML for a QTextBrowser. Every value from the database is escaped.
QString versionDetailHtml(const VersionDetailContent& content);
// The same in parts that follow one another (header, metrics and jobs; backtests; forecasts), for
// a view that lays out one part a turn: Qt lays out every cell of a table at once.
QStringList versionDetailHtmlParts(const VersionDetailContent& content);

} // namespace steward
