#pragma once

#include "models/core/Outcome.h"

#include <QList>
#include <QStringList>

namespace steward {

class Database;

// Triggers stored in a SQLite file that Steward's own scripts did not create. A trigger runs
// whenever the file is written, Steward's decisions included, and can change other rows in the
// same transaction: such a file deserves a warning before anyone decides anything in it.
namespace ForeignTriggers {
// The names of the triggers Steward's SQLite scripts create.
QStringList stewardTriggers();
struct Trigger
{
    QString name;
    QString table;
};
// Every other trigger in the file, by name; none on PostgreSQL.
Result<QList<Trigger>> list(Database& database);
// "name (on table), ..." for a message.
QString describe(const QList<Trigger>& triggers);
} // namespace ForeignTriggers

} // namespace steward
