#pragma once

#include "models/registry/MetricDelta.h"
#include "models/registry/ModelVersion.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

// Two or more versions side by side: every metric any of them has, each version's value, its
// change against the first version (measured as MetricDelta says: for bias, of |bias|), and
// which version is best (by the metric's direction).
struct VersionComparison
{
    struct Row
    {
        QString name;         // metric key, or feature_count / training_samples
        bool isMetric = true; // only metrics have a best value
        Metrics::Direction direction = Metrics::Direction::LowerIsBetter;
        QList<std::optional<double>> values;    // one per version
        QList<std::optional<double>> deltas;    // against the first version; none for the first
        QList<std::optional<double>> relatives; // the delta over |first value|, when that is not 0
        bool ofMagnitude = false;               // deltas are of |value| (bias)
        int best = -1;                          // index of the best version, -1 for none
    };

    QList<ModelVersion> versions;
    QList<Row> rows;

    static VersionComparison build(const QList<ModelVersion>& versions);
    const Row* row(const QString& name) const;
};

} // namespace steward
