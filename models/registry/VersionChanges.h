#pragma once

#include "models/registry/MetricDelta.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace steward {

// How one version's metrics moved against another's: the version trained before it, or the
// active one. This is where a rollback is decided, so a metric that got worse is called a
// regression, by the metric's direction (lower wmape, mae and |bias|, higher accuracy and f1).
namespace VersionChanges {
struct Move
{
    QString key;
    double base = 0;  // the other version's value
    double value = 0; // this version's
    MetricDelta delta;

    bool isRegression() const { return delta.verdict < 0; }
};

// Every metric both have, well-known ones first (Metrics::ordered).
QList<Move> compare(const QMap<QString, double>& base, const QMap<QString, double>& metrics);
// The keys of the metrics that got worse.
QStringList regressions(const QList<Move>& moves);
// The metrics of a list cell holding a metrics object as JSON text (nothing when it is not one).
QMap<QString, double> metricsOfText(const QString& json);
} // namespace VersionChanges

} // namespace steward
