#include "MonitoringAvailability.h"

#include "models/db/Database.h"
#include "models/monitoring/DriftSummary.h"
#include "models/monitoring/ExperimentSummary.h"
#include "models/monitoring/PerformanceSummary.h"
#include "models/monitoring/PredictionSummary.h"

namespace steward {

QStringList MonitoringAvailability::missingEntities(Database& database)
{
    if (PerformanceSummary::available(database) || DriftSummary::available(database) ||
        PredictionSummary::available(database) || ExperimentSummary::available(database))
        return {};
    return {QStringLiteral("performance"), QStringLiteral("drift"), QStringLiteral("prediction"),
            QStringLiteral("experiment")};
}

} // namespace steward
