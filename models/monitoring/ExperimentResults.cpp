#include "ExperimentResults.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentResults)
};

// The first of `keys` present in `object` (snake_case and camelCase spellings both listed).
QJsonValue member(const QJsonObject& object, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull())
            return value;
    }
    return {};
}

std::optional<double> numberOf(const QJsonValue& value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(parsed))
            return parsed;
    }
    return std::nullopt;
}

ExperimentVariant variantFrom(const QJsonObject& object, const QString& fallbackName)
{
    ExperimentVariant v;
    v.name = member(object, {"name", "variant", "variant_name", "variantName"}).toString(fallbackName);
    if (auto n = numberOf(member(object, {"sample_size", "sampleSize", "samples", "n"})))
        v.samples = static_cast<qint64>(std::llround(*n));
    v.value =
        numberOf(member(object, {"mean", "mean_value", "meanValue", "value", "conversion_rate", "conversionRate"}));
    v.ciLow = numberOf(member(object, {"ci_lower", "ci_low", "ciLower", "ciLow", "confidence_interval_lower"}));
    v.ciHigh = numberOf(member(object, {"ci_upper", "ci_high", "ciUpper", "ciHigh", "confidence_interval_upper"}));
    const QJsonArray interval = member(object, {"confidence_interval", "confidenceInterval", "ci"}).toArray();
    if (interval.size() == 2) {
        v.ciLow = v.ciLow ? v.ciLow : numberOf(interval.at(0));
        v.ciHigh = v.ciHigh ? v.ciHigh : numberOf(interval.at(1));
    }
    v.pValue = numberOf(member(object, {"p_value", "pValue", "p"}));
    v.lift = numberOf(member(object, {"lift", "lift_percentage", "liftPercentage"}));
    const QJsonValue flag = member(object, {"is_significant", "isSignificant", "significant"});
    if (flag.isBool())
        v.flagged = flag.toBool();
    return v;
}
} // namespace

Result<ExperimentOutcome> ExperimentResults::parse(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Outcome::failed(
            Text::tr("results are not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    ExperimentOutcome outcome;
    QJsonArray list;
    QJsonObject settings;
    if (document.isArray()) {
        list = document.array();
    } else {
        settings = document.object();
        const QJsonValue variants = member(settings, {"variants", "arms", "groups"});
        if (variants.isArray()) {
            list = variants.toArray();
        } else {
            // Keyed by variant name: every member whose value is an object is a variant.
            const QJsonObject keyed = variants.isObject() ? variants.toObject() : settings;
            for (auto it = keyed.constBegin(); it != keyed.constEnd(); ++it) {
                if (it.value().isObject())
                    outcome.variants << variantFrom(it.value().toObject(), it.key());
            }
        }
    }
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return Outcome::failed(Text::tr("results list a variant that is not an object (item %1)").arg(i + 1));
        outcome.variants << variantFrom(list.at(i).toObject(), QStringLiteral("variant %1").arg(i + 1));
    }
    if (outcome.variants.isEmpty())
        return Outcome::failed(Text::tr("results name no variants"));
    if (auto level = numberOf(member(settings, {"significance_level", "significanceLevel", "alpha"}))) {
        outcome.significance = *level;
        outcome.significanceAssumed = false;
    }
    if (auto minimum = numberOf(member(settings, {"minimum_sample_size", "minimumSampleSize", "min_samples"})))
        outcome.minimumSamples = static_cast<qint64>(std::llround(*minimum));
    return outcome;
}

void ExperimentResults::decide(ExperimentOutcome& outcome)
{
    outcome.winner.clear();
    qsizetype control = -1;
    for (qsizetype i = 0; i < outcome.variants.size(); ++i) {
        if (outcome.variants.at(i).name.compare(QLatin1String("control"), Qt::CaseInsensitive) == 0)
            control = i;
    }
    if (control < 0 && !outcome.variants.isEmpty())
        control = 0;
    bool enough = true;
    for (qsizetype i = 0; i < outcome.variants.size(); ++i) {
        ExperimentVariant& v = outcome.variants[i];
        v.control = i == control;
        v.significant = v.pValue ? *v.pValue < outcome.significance : v.flagged.value_or(false);
        if (outcome.minimumSamples && (!v.samples || *v.samples < *outcome.minimumSamples))
            enough = false;
    }
    if (!enough) {
        outcome.why = Text::tr("a variant has fewer than %1 samples").arg(*outcome.minimumSamples);
        return;
    }
    const ExperimentVariant* best = nullptr;
    bool worse = false;
    for (const ExperimentVariant& v : std::as_const(outcome.variants)) {
        if (v.control || !v.significant || !v.lift)
            continue;
        if (*v.lift > 0 && (!best || *v.lift > *best->lift))
            best = &v;
        if (*v.lift < 0)
            worse = true;
    }
    if (best) {
        outcome.winner = best->name;
        outcome.why =
            Text::tr("%1 is significantly better than the control (p < %2)").arg(best->name).arg(outcome.significance);
    } else if (worse && control >= 0) {
        outcome.winner = outcome.variants.at(control).name;
        outcome.why = Text::tr("every significant variant is worse than the control");
    } else {
        outcome.why = Text::tr("no variant differs significantly (p < %1)").arg(outcome.significance);
    }
}

} // namespace steward
