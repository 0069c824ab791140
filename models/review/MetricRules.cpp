#include "MetricRules.h"

#include "models/registry/MetricDelta.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MetricRules)
};

// Two readings this close are the same for a reviewer; it keeps rounding noise uncoloured.
constexpr double kTolerance = 1e-12;
} // namespace

const QList<MetricRule>& MetricRules::all()
{
    static const QList<MetricRule> rules{
        {QStringLiteral("wmape"), MetricDirection::LowerIsBetter, Text::tr("WMAPE")},
        {QStringLiteral("bias"), MetricDirection::CloserToZeroIsBetter, Text::tr("Bias")},
        {QStringLiteral("mae"), MetricDirection::LowerIsBetter, Text::tr("MAE")},
        {QStringLiteral("fnr"), MetricDirection::LowerIsBetter, Text::tr("FNR")},
    };
    return rules;
}

const MetricRule* MetricRules::find(const QString& key)
{
    for (const MetricRule& rule : all()) {
        if (rule.key == key)
            return &rule;
    }
    return nullptr;
}

MetricVerdict MetricRules::judge(const QString& key, double before, double after)
{
    const MetricRule* rule = find(key);
    return rule ? judge(rule->direction, before, after) : MetricVerdict::Uncoloured;
}

MetricVerdict MetricRules::judge(MetricDirection direction, double before, double after)
{
    if (!std::isfinite(before) || !std::isfinite(after))
        return MetricVerdict::Uncoloured;
    double gain = 0; // positive when the change is an improvement
    switch (direction) {
    case MetricDirection::LowerIsBetter:
        gain = before - after;
        break;
    case MetricDirection::HigherIsBetter:
        gain = after - before;
        break;
    case MetricDirection::CloserToZeroIsBetter:
        gain = std::fabs(before) - std::fabs(after);
        break;
    }
    if (std::fabs(gain) <= kTolerance * std::max({1.0, std::fabs(before), std::fabs(after)}))
        return MetricVerdict::Unchanged;
    return gain > 0 ? MetricVerdict::Better : MetricVerdict::Worse;
}

QList<MetricChange> MetricRules::compare(const QJsonValue& before, const QJsonValue& after)
{
    const QJsonObject b = before.toObject();
    const QJsonObject a = after.toObject();
    QStringList keys;
    for (const MetricRule& rule : all()) {
        if (b.contains(rule.key) || a.contains(rule.key))
            keys << rule.key;
    }
    QStringList others;
    for (const QJsonObject& object : {b, a}) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!find(it.key()) && !others.contains(it.key()))
                others << it.key();
        }
    }
    std::sort(others.begin(), others.end());
    keys << others;

    QList<MetricChange> changes;
    for (const QString& key : std::as_const(keys)) {
        MetricChange change;
        change.key = key;
        change.before = b.value(key);
        change.after = a.value(key);
        change.known = find(key) != nullptr;
        if (change.before.isDouble() && change.after.isDouble()) {
            const double x = change.before.toDouble();
            const double y = change.after.toDouble();
            // One convention with Models and the CLI: a bias change is of |bias|.
            const MetricRule* rule = find(key);
            const MetricDelta delta = MetricDelta::between(
                rule && rule->direction == MetricDirection::CloserToZeroIsBetter ? Metrics::Direction::CloserToZero
                                                                                 : Metrics::Direction::LowerIsBetter,
                x, y);
            change.delta = delta.change;
            change.ofMagnitude = delta.ofMagnitude;
            change.relative = delta.relative;
            change.verdict = judge(key, x, y);
        }
        changes << change;
    }
    return changes;
}

QString MetricRules::deltaColumn(const QString& key)
{
    return key + QStringLiteral("_delta");
}

QString MetricRules::magnitudeDeltaColumn(const QString& key)
{
    return key + QStringLiteral("_abs_delta");
}

} // namespace steward
