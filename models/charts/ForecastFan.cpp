#include "ForecastFan.h"

#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/registry/ModelRegistry.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ForecastFan)
};

QDate dateOf(const QVariant& raw)
{
    return mapValue(raw, LogicalType::Date).value.toDate();
}

std::optional<double> number(const QVariant& raw)
{
    return raw.isNull() ? std::nullopt : std::optional<double>(raw.toDouble());
}

bool hasActualsTable(const ModelRegistry& registry)
{
    const TableInfo* table = registry.catalog().table(ForecastFan::kActualsTable);
    return table && table->hasColumn(QStringLiteral("client_id")) && table->hasColumn(QStringLiteral("series_key")) &&
           table->hasColumn(QStringLiteral("actual_date")) && table->hasColumn(QStringLiteral("actual_quantity"));
}

Result<QString> newestVersion(Database& db, const QString& clientId, const QString& seriesKey)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT model_version FROM forecast_results WHERE client_id = ? AND series_key = ? "
                             "ORDER BY created_at DESC, id DESC LIMIT 1"));
    q.addBindValue(clientId);
    q.addBindValue(seriesKey);
    if (Outcome ran = db.run(q, Text::tr("finding the newest forecast of %1").arg(seriesKey)); !ran)
        return ran;
    if (!q.next())
        return Outcome::notFound(Text::tr("client %1 has no forecasts for series %2").arg(clientId, seriesKey));
    return q.value(0).toString();
}
} // namespace

int ForecastFanData::indexOf(const QDate& date) const
{
    const auto it = std::lower_bound(days.begin(), days.end(), date,
                                     [](const Day& d, const QDate& value) { return d.date < value; });
    return it != days.end() && it->date == date ? static_cast<int>(it - days.begin()) : -1;
}

std::optional<double> ForecastFanData::actualOn(const QDate& date) const
{
    const auto it = std::lower_bound(actuals.begin(), actuals.end(), date,
                                     [](const Actual& a, const QDate& value) { return a.date < value; });
    return it != actuals.end() && it->date == date ? std::optional<double>(it->quantity) : std::nullopt;
}

QList<ForecastFanData::Day> ForecastFan::byDate(QList<ForecastFanData::Day> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    QList<ForecastFanData::Day> days;
    for (const ForecastFanData::Day& row : rows) {
        if (!row.date.isValid())
            continue;
        if (!days.isEmpty() && days.last().date == row.date)
            days.last() = row;
        else
            days << row;
    }
    return days;
}

Result<QStringList> ForecastFan::seriesKeys(const ModelRegistry& registry, const QString& clientId, int limit)
{
    if (!registry.hasTable(QStringLiteral("forecast_results")))
        return Outcome::notFound(Text::tr("this database has no forecast_results table"));
    Database& db = registry.database();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral(
        "SELECT DISTINCT series_key FROM forecast_results WHERE client_id = ? ORDER BY series_key LIMIT ?"));
    q.addBindValue(clientId);
    q.addBindValue(limit);
    if (Outcome ran = db.run(q, Text::tr("listing the series of %1").arg(clientId)); !ran)
        return ran;
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    return keys;
}

Result<ForecastFanData> ForecastFan::load(const ModelRegistry& registry, const QString& clientId,
                                          const QString& seriesKey, const QString& version)
{
    ForecastFanData data;
    data.clientId = clientId;
    data.seriesKey = seriesKey;
    if (data.seriesKey.isEmpty()) {
        auto keys = seriesKeys(registry, clientId, 1);
        if (!keys)
            return keys.failure();
        if (keys->isEmpty())
            return Outcome::notFound(Text::tr("client %1 has no forecasts").arg(clientId));
        data.seriesKey = keys->first();
    }
    Database& db = registry.database();
    data.modelVersion = version;
    if (data.modelVersion.isEmpty()) {
        auto newest = newestVersion(db, clientId, data.seriesKey);
        if (!newest)
            return newest.failure();
        data.modelVersion = *newest;
    }
    const SqlDialect& dialect = db.dialect();
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT forecast_date, %1, %2, %3, event_tier FROM forecast_results "
                             "WHERE client_id = ? AND series_key = ? AND coalesce(model_version, '') = ? "
                             "ORDER BY forecast_date, created_at, id")
                  .arg(dialect.asReal(QStringLiteral("predicted_quantity")),
                       dialect.asReal(QStringLiteral("confidence_lower")),
                       dialect.asReal(QStringLiteral("confidence_upper"))));
    q.addBindValue(clientId);
    q.addBindValue(data.seriesKey);
    q.addBindValue(data.modelVersion);
    if (Outcome ran = db.run(q, Text::tr("reading the forecast of %1").arg(data.seriesKey)); !ran)
        return ran;
    QList<ForecastFanData::Day> rows;
    while (q.next())
        rows << ForecastFanData::Day{dateOf(q.value(0)), q.value(1).toDouble(), number(q.value(2)), number(q.value(3)),
                                     q.value(4).isNull() ? 0 : q.value(4).toInt()};
    q.finish();
    data.days = byDate(rows);
    if (data.days.isEmpty())
        return Outcome::notFound(
            Text::tr("version %1 made no forecasts for series %2").arg(data.modelVersion, data.seriesKey));

    data.actualsAvailable = hasActualsTable(registry);
    if (!data.actualsAvailable)
        return data;
    QSqlQuery actuals = db.query();
    actuals.prepare(
        QStringLiteral("SELECT actual_date, %1 FROM %2 WHERE client_id = ? AND series_key = ? "
                       "AND actual_date >= ? AND actual_date <= ? ORDER BY actual_date")
            .arg(dialect.asReal(QStringLiteral("actual_quantity")), SqlDialect::quoteIdentifier(kActualsTable)));
    actuals.addBindValue(clientId);
    actuals.addBindValue(data.seriesKey);
    actuals.addBindValue(data.days.first().date.toString(Qt::ISODate));
    actuals.addBindValue(data.days.last().date.toString(Qt::ISODate));
    if (Outcome ran = db.run(actuals, Text::tr("reading the actuals of %1").arg(data.seriesKey)); !ran)
        return ran;
    while (actuals.next()) {
        const QDate date = dateOf(actuals.value(0));
        if (!date.isValid())
            continue;
        if (!data.actuals.isEmpty() && data.actuals.last().date == date)
            data.actuals.last().quantity = actuals.value(1).toDouble();
        else
            data.actuals << ForecastFanData::Actual{date, actuals.value(1).toDouble()};
    }
    return data;
}

} // namespace steward
