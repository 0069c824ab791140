#pragma once

#include "models/core/Outcome.h"
#include "models/workflow/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

class Database;

struct RoleGrant
{
    QString user;
    Role role = Role::Viewer;
    QString grantedBy;
    QDateTime grantedAt;
    QStringList clients; // the clients the grant is limited to (PostgreSQL); empty: all
};

// Who may do what. On SQLite, Steward's own roles table: a workflow aid, not a security boundary
// (anyone who can write the file can edit it). On a PostgreSQL server that enforces the roles
// (ServerRoles), membership of its group roles, granted and revoked by its functions.
class RoleRepository
{
public:
    explicit RoleRepository(Database& database) : m_database(database) {}

    // Users without a grant are viewers.
    Result<Role> roleOf(const QString& user) const;
    Result<QList<RoleGrant>> list() const;
    // Admin only; audited. Granting replaces the user's previous role; `clients` limits the grant
    // to those clients' rows (PostgreSQL only).
    Outcome grant(const QString& user, Role role, const QStringList& clients = {});
    // The clients `user` sees; empty: every client.
    Result<QStringList> clientsOf(const QString& user) const;
    // With `expected`, refuses (conflict) when the user's role is not that one any more.
    Outcome revoke(const QString& user, std::optional<Role> expected = std::nullopt);

private:
    Database& m_database;
};

} // namespace steward
