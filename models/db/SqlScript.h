#pragma once

#include "models/core/Outcome.h"

#include <QString>
#include <QStringList>

namespace steward {

class Database;

// SQL scripts shipped in the application's resources (:/sql/...).
namespace SqlScript {
// The text of a resource script, e.g. "app/sqlite/001_initial.sql".
QString load(const QString& resourcePath);
// Statements of a script, split at semicolons that end a line outside $$ bodies and
// BEGIN...END trigger bodies; comment-only pieces are dropped.
QStringList split(const QString& script);
// Runs every statement of a script on the connection (inside the caller's transaction).
Outcome run(Database& database, const QString& resourcePath);
} // namespace SqlScript

} // namespace steward
