#include "VersionComparison.h"

#include <QString>

namespace steward {

namespace {
std::optional<double> delta(const std::optional<double>& value, const std::optional<double>& base)
{
    if (!value || !base)
        return std::nullopt;
    // Twelve significant digits: 0.3152 - 0.3104 is 0.0048, not 0.00479999999999997.
    return QString::number(*value - *base, 'g', 12).toDouble();
}

void fillDeltas(VersionComparison::Row& row)
{
    for (int i = 0; i < row.values.size(); ++i)
        row.deltas << (i == 0 ? std::nullopt : delta(row.values.at(i), row.values.first()));
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
    Row features{QStringLiteral("feature_count"), false, Metrics::Direction::LowerIsBetter, {}, {}, -1};
    Row samples{QStringLiteral("training_samples"), false, Metrics::Direction::HigherIsBetter, {}, {}, -1};
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
