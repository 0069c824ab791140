#include "VersionComparison.h"

namespace steward {

namespace {
void fillDeltas(VersionComparison::Row& row)
{
    row.ofMagnitude = row.isMetric && row.direction == Metrics::Direction::CloserToZero;
    const Metrics::Direction measured = row.isMetric ? row.direction : Metrics::Direction::LowerIsBetter;
    for (int i = 0; i < row.values.size(); ++i) {
        if (i == 0 || !row.values.at(i) || !row.values.first()) {
            row.deltas << std::nullopt;
            row.relatives << std::nullopt;
            continue;
        }
        const MetricDelta delta = MetricDelta::between(measured, *row.values.first(), *row.values.at(i));
        row.deltas << delta.change;
        row.relatives << delta.relative;
    }
}

std::optional<double> optionalNumber(const std::optional<qint64>& value)
{
    return value ? std::optional<double>(static_cast<double>(*value)) : std::nullopt;
}
} // namespace

VersionComparison VersionComparison::build(const QList<ModelVersion>& versions)
{
    VersionComparison comparison;
    comparison.versions = versions;
    QStringList keys;
    for (const ModelVersion& v : versions)
        keys << v.metrics.keys();
    for (const QString& key : Metrics::ordered(keys)) {
        Row row;
        row.name = key;
        row.direction = Metrics::direction(key);
        for (const ModelVersion& v : versions)
            row.values << (v.metrics.contains(key) ? std::optional<double>(v.metrics.value(key)) : std::nullopt);
        fillDeltas(row);
        // A best value means something only when there is something to compare it with.
        if (versions.size() > 1)
            row.best = Metrics::bestIndex(key, row.values);
        comparison.rows << row;
    }
    Row features;
    features.name = QStringLiteral("feature_count");
    features.isMetric = false;
    Row samples;
    samples.name = QStringLiteral("training_samples");
    samples.isMetric = false;
    samples.direction = Metrics::Direction::HigherIsBetter;
    for (const ModelVersion& v : versions) {
        features.values << optionalNumber(v.featureCount);
        samples.values << optionalNumber(v.trainingSamples);
    }
    fillDeltas(features);
    fillDeltas(samples);
    comparison.rows << features << samples;
    return comparison;
}

const VersionComparison::Row* VersionComparison::row(const QString& name) const
{
    for (const Row& r : rows) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

} // namespace steward
