#pragma once

#include "models/core/Outcome.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace steward {

// One arm of an A/B experiment as the system recorded it.
struct ExperimentVariant
{
    QString name;
    std::optional<qint64> samples;
    std::optional<double> value; // the primary metric: mean, or conversion rate
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    std::optional<double> pValue;
    std::optional<double> lift;  // percent against the control
    std::optional<bool> flagged; // the system's own "is significant", when it stores one
    bool significant = false;    // p-value below the experiment's significance level
    bool control = false;
};

struct ExperimentOutcome
{
    QList<ExperimentVariant> variants;
    double significance = 0.05;
    bool significanceAssumed = true;
    std::optional<qint64> minimumSamples;
    QString winner; // a variant's name; empty: none won (yet)
    QString why;    // how the winner was decided, or why there is none
};

namespace ExperimentResults {
inline constexpr double kDefaultSignificance = 0.05;

// UrutiIQ keeps an experiment's results as JSON text of no fixed shape. Accepted: {"variants":
// [{...}, ...]} or an array of variants, or an object keyed by variant name; each variant with
// any of name/variant, sample_size/samples/n, mean/value/conversion_rate, ci_lower/ci_low,
// ci_upper/ci_high (or confidence_interval: [low, high]), p_value, lift/lift_percentage, in
// snake_case or camelCase; the significance level as significance_level or alpha. Text that is
// not JSON, or JSON that names no variant, is a failure whose message says what is wrong.
Result<ExperimentOutcome> parse(const QByteArray& json);

// Marks significance (p-value below the level; the system's flag where no p-value is stored),
// the control (named "control", else the first), and the winner: among significant variants
// other than the control with enough samples, the one with the largest positive lift; the
// control when every significant variant is worse than it; none otherwise.
void decide(ExperimentOutcome& outcome);
} // namespace ExperimentResults

} // namespace steward
