#pragma once

#include "models/core/Outcome.h"

#include <QString>
#include <QVariantList>

namespace steward {

class Database;
struct EntityMap;
struct MonitoringFilter;

// The prediction summary read along the monitoring indexes, a model at a time, instead of one
// GROUP BY over every row: the models by skipping from one to the next in the index, each one's
// rows counted along its range of (model), the confidence buckets along their ranges of (model,
// confidence), right and wrong predictions along (model, correct), first and last times and the
// longest latency at the ends of a range. Only the means still add a value per row. A GROUP BY pays a few
// aggregates per row, which at a million rows is most of a second.
//
// SQLite only, without --since and --until (the period is not a range of these indexes), and
// only when every model id is text and every confidence, latency and correct flag a number: then each range
// compares exactly as the scan does, and both give the same figures.
namespace PredictionRanges {
struct Select
{
    QString sql; // empty: summarise with the scan; else the scan's columns, a row per model
    QVariantList binds;
    // The rows with a confidence are the buckets' sum (their column is NULL), and the rows'
    // count column holds only those without one: counting them apart would walk every row twice.
    bool countsFromBuckets = false;
};
// `restrictedKeys`: the model keys a filter asks for, or null for all.
Result<Select> select(Database& database, const EntityMap& map, const MonitoringFilter& filter,
                      const QStringList* restrictedKeys);
} // namespace PredictionRanges

} // namespace steward
