#pragma once

#include "models/core/Outcome.h"
#include "models/monitoring/MonitoredModels.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <optional>

namespace steward {

class Database;
struct EntityMap;
struct MonitoringFilter;

// SQL pieces the monitoring summaries share. Columns come from profiles, never from users;
// every value a user gives is bound.
namespace MonitoringSql {
// `alias.column` for a profile field, quoted as the system spells it; NULL when unmapped.
QString field(const EntityMap& map, const QString& name, const QString& alias);
// A number column as a floating-point value (PostgreSQL's numeric included; NULL typed as one).
QString number(const Database& database, const QString& expression);
// Whether `column` of `table` is PostgreSQL's numeric: compared and averaged as it is, since
// converting a numeric to float8 costs microseconds a row (it goes through its text).
bool isNumeric(Database& database, const QString& table, const QString& column);
// Days from the reference instant bound at `binds` (one ?) to a timestamp or date column.
QString daysFrom(const Database& database, const QString& expression);
// The reference instant days are counted from: midnight (UTC) of the database's "now", so that
// whole-second times come back whole.
QDateTime reference(const Database& database);
// `days` after `reference` as a UTC time (to the millisecond); invalid for NULL.
QDateTime timeAt(const QDateTime& reference, const QVariant& days);
// Conditions for --since and --until on a timestamp or date column (appended to `where`).
void period(const Database& database, const QString& expression, const MonitoringFilter& filter, QStringList& where,
            QVariantList& binds);
// `expression IN (?, ...)` for the given model keys.
QString keyIn(const QString& expression, const QStringList& keys, QVariantList& binds);
// The same for the pipeline's keys (MonitoredModels::keyFor: client and version), per client its
// versions, so that an index on (client, version) serves it. A client with more than 500 versions
// asked for is asked for whole: callers keep only the rows of the keys they asked for.
QString pipelineKeyIn(const QString& clientColumn, const QString& versionColumn, const QStringList& keys,
                      QVariantList& binds);
// Whether a filter asks for some model versions in particular (by --model, scope or active).
bool restricts(const MonitoringFilter& filter);
// The model versions a filter asks for (by --model and scope), with the versions before them;
// empty when the filter asks for none in particular (`restricted` false).
QStringList wantedKeys(const MonitoredModels& models, const MonitoringFilter& filter, bool* restricted);
// The database's model versions and the keys a summary asks for (see wantedKeys).
struct Wanted
{
    MonitoredModels models;
    QStringList keys;
    bool restricted = false;
    // The filter names versions, and none exist: the summary is empty without reading.
    bool none() const { return restricted && keys.isEmpty(); }
    const QStringList* keysOrAll() const { return restricted ? &keys : nullptr; }
};
Result<Wanted> wanted(Database& database, const MonitoringFilter& filter);
// A literal for a name that comes from a profile (quotes doubled), never from a user.
QString literal(const QString& text);
// A number read back, or nothing for NULL or a value that is not a finite number.
std::optional<double> optionalNumber(const QVariant& value);
// A summary row's model as "scope", "model_name", "model_version" values.
struct ModelNames
{
    QString scope;
    QString name;
    QString version;
    bool active = false;
};
ModelNames names(const MonitoredModel* model, const QString& fallbackScope = {});
} // namespace MonitoringSql

} // namespace steward
