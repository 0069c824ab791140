#pragma once

#include "models/core/Outcome.h"

#include <QDateTime>
#include <QString>

namespace steward {

struct MonitoredModel;

// `--model NAME[:VERSION]`: a model by its name (the client, for the forecasting pipeline whose
// versions have no name), and optionally one of its versions.
struct ModelFilter
{
    QString name;
    QString version;

    static Result<ModelFilter> parse(const QString& text);
    bool isEmpty() const { return name.isEmpty(); }
    bool matches(const MonitoredModel& model) const;
};

// What a monitoring summary is asked for; every part is optional.
struct MonitoringFilter
{
    ModelFilter model;
    QString scope;           // one client, company or restaurant
    QString metric;          // performance: one metric
    QString status;          // drift: detected, warning or normal
    QDateTime since;         // UTC, inclusive
    QDateTime until;         // UTC, inclusive
    int limit = 0;           // drift: at most this many records (0: all)
    bool activeOnly = false; // performance: the active versions (and the one before each) only
};

} // namespace steward
