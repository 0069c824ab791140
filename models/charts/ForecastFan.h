#pragma once

#include "models/core/Outcome.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

class ModelRegistry;

// One series' forecast: the predicted quantity with its P10-P90 band per day, the event tier of
// each day, and the actual quantities when the database has a table of actuals.
struct ForecastFanData
{
    struct Day
    {
        QDate date;
        double predicted = 0;
        std::optional<double> lower; // P10
        std::optional<double> upper; // P90
        int eventTier = 0;           // 0: no event
    };
    struct Actual
    {
        QDate date;
        double quantity = 0;
    };

    QString clientId;
    QString seriesKey;
    QString modelVersion;
    QList<Day> days;               // by date, one per date
    QList<Actual> actuals;         // by date, within the forecast's dates
    bool actualsAvailable = false; // the database has a table of actuals

    int indexOf(const QDate& date) const;
    std::optional<double> actualOn(const QDate& date) const;
};

namespace ForecastFan {
inline const QString kActualsTable = QStringLiteral("forecast_actuals");
// Sorts by date and keeps the last row given for a date (the newest forecast of that day).
QList<ForecastFanData::Day> byDate(QList<ForecastFanData::Day> rows);
// The client's series keys (at most `limit`), in order.
Result<QStringList> seriesKeys(const ModelRegistry& registry, const QString& clientId, int limit = 5000);
// The forecast of `seriesKey` (empty: the client's first series) made by `version` (empty: the
// version of the series' newest forecast).
Result<ForecastFanData> load(const ModelRegistry& registry, const QString& clientId, const QString& seriesKey,
                             const QString& version = {});
} // namespace ForecastFan

} // namespace steward
