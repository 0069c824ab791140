#include "MonitoringSql.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoredModels.h"
#include "models/monitoring/MonitoringFilter.h"
#include "models/profiles/Profile.h"

#include <QMap>
#include <QTimeZone>
#include <cmath>

namespace steward {

QString MonitoringSql::field(const EntityMap& map, const QString& name, const QString& alias)
{
    if (!map.has(name))
        return QStringLiteral("NULL");
    return alias + QLatin1Char('.') + SqlDialect::quoteIdentifier(map.column(name));
}

QString MonitoringSql::number(const Database& database, const QString& expression)
{
    // A NULL too: PostgreSQL takes an untyped NULL for text, and a UNION or AVG over it fails.
    return database.dialect().asReal(expression);
}

bool MonitoringSql::isNumeric(Database& database, const QString& table, const QString& column)
{
    if (database.isSqlite() || column.isEmpty())
        return false;
    auto found = database.hasRow({QStringLiteral("SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?) AND "
                                                 "attname = ? AND atttypid = 'numeric'::regtype"),
                                  {SqlDialect::quoteIdentifier(table), column}},
                                 QStringLiteral("reading the type of %1.%2").arg(table, column));
    return found && *found;
}

QString MonitoringSql::daysFrom(const Database& database, const QString& expression)
{
    if (database.isSqlite())
        return QStringLiteral("(julianday(%1) - julianday(?))").arg(expression);
    // A timestamp without time zone holds UTC (the session's zone), a date its midnight.
    // date_part, not EXTRACT: since PostgreSQL 14 EXTRACT gives numeric, and sums of squares of
    // numerics over 100,000 performance rows took a third of the summary's time.
    return QStringLiteral("(date_part('epoch', CAST(%1 AS timestamptz) - CAST(? AS timestamptz)) / 86400.0)")
        .arg(expression);
}

QDateTime MonitoringSql::reference(const Database& database)
{
    return QDateTime(database.asOf().toUTC().date(), QTime(0, 0), QTimeZone::utc());
}

QDateTime MonitoringSql::timeAt(const QDateTime& reference, const QVariant& days)
{
    if (days.isNull())
        return {};
    return reference.addMSecs(std::llround(days.toDouble() * 86400000.0)).toTimeZone(QTimeZone::utc());
}

void MonitoringSql::period(const Database& database, const QString& expression, const MonitoringFilter& filter,
                           QStringList& where, QVariantList& binds)
{
    const QString instant = database.isSqlite() ? QStringLiteral("julianday(%1)").arg(expression)
                                                : QStringLiteral("CAST(%1 AS timestamptz)").arg(expression);
    if (filter.since.isValid()) {
        where << QStringLiteral("%1 >= %2").arg(instant, database.dialect().boundInstant());
        binds << SqlDialect::instantValue(filter.since);
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("%1 <= %2").arg(instant, database.dialect().boundInstant());
        binds << SqlDialect::instantValue(filter.until);
    }
}

QString MonitoringSql::keyIn(const QString& expression, const QStringList& keys, QVariantList& binds)
{
    if (keys.isEmpty())
        return QStringLiteral("1 = 0");
    QStringList marks;
    for (const QString& key : keys) {
        marks << QStringLiteral("?");
        binds << key;
    }
    return QStringLiteral("%1 IN (%2)").arg(expression, marks.join(QStringLiteral(", ")));
}

QString MonitoringSql::pipelineKeyIn(const QString& clientColumn, const QString& versionColumn, const QStringList& keys,
                                     QVariantList& binds)
{
    QMap<QString, QStringList> versionsOf;
    for (const QString& key : keys) {
        if (const auto parts = MonitoredModels::scopeAndVersion(key))
            versionsOf[parts->first] << parts->second;
    }
    // A client's 40,000 versions listed one by one made a statement of 120,000 characters that
    // SQLite took 4.7 s to prepare; past a few hundred, the client alone says it.
    constexpr qsizetype kMostVersionsListed = 500;
    QStringList pairs;
    for (auto it = versionsOf.cbegin(); it != versionsOf.cend(); ++it) {
        binds << it.key();
        if (it->size() > kMostVersionsListed)
            pairs << QStringLiteral("(%1 = ?)").arg(clientColumn);
        else
            pairs << QStringLiteral("(%1 = ? AND %2)").arg(clientColumn, keyIn(versionColumn, *it, binds));
    }
    return pairs.isEmpty() ? QStringLiteral("1 = 0") : QStringLiteral("(%1)").arg(pairs.join(QStringLiteral(" OR ")));
}

bool MonitoringSql::restricts(const MonitoringFilter& filter)
{
    return !filter.model.isEmpty() || !filter.scope.isEmpty() || filter.activeOnly;
}

QStringList MonitoringSql::wantedKeys(const MonitoredModels& models, const MonitoringFilter& filter, bool* restricted)
{
    *restricted = restricts(filter);
    if (!*restricted)
        return {};
    QStringList keys;
    if (filter.activeOnly) {
        // A client can have 40,000 versions: read the figures of the few that are active.
        for (const MonitoredModel& model : models.all()) {
            if (!model.active || !filter.model.matches(model) ||
                (!filter.scope.isEmpty() && model.scope != filter.scope))
                continue;
            keys << model.key();
            if (const MonitoredModel* before = models.previous(model))
                keys << before->key();
        }
        keys.removeDuplicates();
        return keys;
    }
    for (const QString& key : models.keysWithPrevious(filter.model)) {
        const MonitoredModel* model = models.find(key);
        if (model && (filter.scope.isEmpty() || model->scope == filter.scope))
            keys << key;
    }
    return keys;
}

MonitoringSql::ModelNames MonitoringSql::names(const MonitoredModel* model, const QString& fallbackScope)
{
    if (!model)
        return {fallbackScope, {}, {}, false};
    return {model->scope, model->name, model->version, model->active};
}

} // namespace steward

namespace steward {

QString MonitoringSql::literal(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

std::optional<double> MonitoringSql::optionalNumber(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok && std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

Result<MonitoringSql::Wanted> MonitoringSql::wanted(Database& database, const MonitoringFilter& filter)
{
    // Only the active versions wanted, of one client: those two, not the client's 40,000.
    const bool activeOfOne = filter.activeOnly && !filter.scope.isEmpty() && filter.model.version.isEmpty();
    auto models = activeOfOne ? MonitoredModels::loadActive(database, filter.scope)
                              : MonitoredModels::load(database, filter.scope);
    if (!models)
        return models.failure();
    Wanted result;
    result.models = models.take();
    result.keys = wantedKeys(result.models, filter, &result.restricted);
    return result;
}

} // namespace steward
