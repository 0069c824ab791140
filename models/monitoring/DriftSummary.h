#pragma once

#include "models/core/Outcome.h"
#include "models/monitoring/MonitoringFilter.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

class Database;

// One drift measurement, with Steward's status for it.
struct DriftRecord
{
    QString scope;
    QString modelName;
    QString modelVersion;
    QString type;    // data_drift, concept_drift...; "performance" or "feature" where the system has no type
    QString feature; // the feature (or metric) that drifted; empty for the model as a whole
    double score = 0;
    std::optional<double> threshold;
    bool thresholdAssumed = false; // the system stores none: DriftSummary::kDefaultThreshold
    QString status;                // detected, warning or normal
    QString systemStatus;          // the system's own word or flag, as stored
    QDateTime at;
    bool current = false; // the newest record of its model, type and feature
    QString source;       // the table it was read from
};

namespace DriftSummary {
// Where a system stores a score but no threshold (WITHIN), this is the threshold.
inline constexpr double kDefaultThreshold = 0.2;
// A score from this share of the threshold up is a warning.
inline constexpr double kWarningShare = 0.5;

const QStringList& statuses(); // detected, warning, normal
// The tables drift is read from, or empty.
QStringList sources(Database& database);
bool available(Database& database);
// Drifting now first (current records: detected, then warning, then normal), then history by
// time, newest first. filter.status and filter.limit apply.
Result<QList<DriftRecord>> load(Database& database, const MonitoringFilter& filter);
} // namespace DriftSummary

} // namespace steward
