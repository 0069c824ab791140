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
// rows counted along the ranges of (model, confidence), right and wrong predictions along
// (model, correct), first and last times and the longest latency at the ends of a range. Only
// the sums behind the means still read a value per row. A GROUP BY pays a dozen aggregates per
// row, which at a million rows is most of a second.
//
// With --since or --until: the whole log's figures less those of the rows the period leaves
// out, which one pass finds by the scan's own test of each row's time, when the period holds
// most of the log; else the scan, which then adds up few rows.
//
// SQLite only, and only when every model id is text and every confidence, latency and correct
// flag a number: then each range compares exactly as the scan does, and both give the same
// figures (the means to the last bits a different order of addition leaves).
namespace PredictionRanges {
struct Select
{
    // Empty: summarise with the scan. Else the scan's columns, a row per model, except that the
    // two mean columns hold sums (a period's figures are the whole log's less the rows it leaves
    // out, and means do not subtract): the mean is the sum over its count column.
    QString sql;
    QVariantList binds;
};
// `restrictedKeys`: the model keys a filter asks for, or null for all.
Result<Select> select(Database& database, const EntityMap& map, const MonitoringFilter& filter,
                      const QStringList* restrictedKeys);
} // namespace PredictionRanges

} // namespace steward
