#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace steward {

// Which way is better for a metric: the colouring rules of before/after tables, kept as data
// so that adding a metric is one line in MetricRules.cpp.
enum class MetricDirection { LowerIsBetter, HigherIsBetter, CloserToZeroIsBetter };

struct MetricRule
{
    QString key; // as in before_metrics/after_metrics
    MetricDirection direction = MetricDirection::LowerIsBetter;
    QString label; // short display name
};

// How a change in one metric reads.
enum class MetricVerdict { Better, Worse, Unchanged, Uncoloured };

// One metric of a suggestion, before and after.
struct MetricChange
{
    QString key;
    QJsonValue before; // as stored; may be absent (Undefined), null, or not a number
    QJsonValue after;
    // When both are numbers, the change as MetricDelta measures it everywhere: after - before,
    // or for a metric where closer to zero is better the change of its distance from zero,
    // |after| - |before| (ofMagnitude).
    std::optional<double> delta;
    std::optional<double> relative; // delta / |before| when before is a non-zero number
    bool ofMagnitude = false;
    MetricVerdict verdict = MetricVerdict::Uncoloured;
    bool known = false; // the metric has a rule
};

namespace MetricRules {
// The metrics with a rule, in the order tables list them.
const QList<MetricRule>& all();
const MetricRule* find(const QString& key);
// Better, worse or unchanged for a known metric with two numbers; Uncoloured otherwise.
MetricVerdict judge(const QString& key, double before, double after);
MetricVerdict judge(MetricDirection direction, double before, double after);
// Every metric in either object: known ones first in rule order, then the others by name.
// A value that is not an object yields no rows (the caller shows the raw text).
QList<MetricChange> compare(const QJsonValue& before, const QJsonValue& after);
// The SQL column name of a metric's change in the queue (wmape_delta...).
QString deltaColumn(const QString& key);
// For a metric where closer to zero is better: the column of |after| - |before| (bias_abs_delta).
QString magnitudeDeltaColumn(const QString& key);
} // namespace MetricRules

} // namespace steward
