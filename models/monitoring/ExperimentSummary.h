#pragma once

#include "models/core/Outcome.h"
#include "models/monitoring/ExperimentResults.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace steward {

class Database;

// One A/B experiment with its variants and the decision they support.
struct ExperimentRow
{
    QString id;
    QString scope;
    QString name;
    QString status;
    QString metric;         // the primary metric, where the system names one
    QString controlModel;   // "name version" of the control's model, where known
    QString treatmentModel; // and of the treatment's
    QDateTime startedAt;
    QDateTime endedAt;
    ExperimentOutcome outcome;
    QString problem; // why the results could not be read (invalid JSON...); the row is still listed
};

namespace ExperimentSummary {
QString source(Database& database);
bool available(Database& database);
// Every experiment, by scope and name; results read from the system's result rows (the newest
// per variant) or its results JSON.
Result<QList<ExperimentRow>> load(Database& database, const QString& scope = {});
} // namespace ExperimentSummary

} // namespace steward
