#pragma once

#include "models/core/Outcome.h"
#include "models/workflow/Role.h"
#include "models/workflow/Workflow.h"

#include <QJsonObject>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace steward {

class Database;

// Steward's roles as the PostgreSQL server keeps them: group roles steward_viewer ...
// steward_admin, whose membership is a login's role, optional client scopes, and the functions
// (resources/sql/app/postgres/server/) through which every decision is made and audited by the
// server. SQLite has none of this; there the roles table is a workflow aid.
namespace ServerRoles {
// Whether the server makes the decisions: PostgreSQL with Steward's decision functions installed
// and, in another system's database (UrutiIQ...), init having bound its tables to that profile.
Result<bool> active(Database& database);
// Creates or refreshes the group roles, their privileges and the functions, and writes the
// workflow table for the server; inside init's transaction, as the database owner.
Outcome install(Database& database);
// Whether the connected login may install them: a superuser, or the owner of schema steward
// with CREATEROLE.
Result<bool> canInstall(Database& database);

Result<Role> roleOf(Database& database, const QString& login);
// The clients a login's grant is limited to; empty: every client.
Result<QStringList> clientsOf(Database& database, const QString& login);

// The server's calls; each writes its own audit record.
Outcome decide(Database& database, Action action, const QString& targetId, const QString& expectedState,
               const QString& comment, const QJsonObject& arguments, qint64* auditSeq);
Outcome grant(Database& database, const QString& login, Role role, const QStringList& clients);
Outcome revoke(Database& database, const QString& login, std::optional<Role> expected);
Outcome changeSetting(Database& database, const QString& key, const QString& value);
Result<QString> requestModelRollback(Database& database, const QString& clientId, const QString& version,
                                     const QString& reason);
Outcome recordImport(Database& database, const QString& clientId, const QString& version);

// A refusal raised by a server function as the outcome it stands for.
Outcome refusal(Database& database, const QSqlError& error, const QString& context);
} // namespace ServerRoles

} // namespace steward
