#pragma once

#include "models/core/Outcome.h"
#include "models/workflow/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace steward {

class Database;

struct RoleGrant
{
    QString user;
    Role role = Role::Viewer;
    QString grantedBy;
    QDateTime grantedAt;
};

// Who may do what, kept in Steward's own roles table. On SQLite this is a workflow aid, not a
// security boundary: anyone who can write the file can edit it.
class RoleRepository
{
public:
    explicit RoleRepository(Database& database) : m_database(database) {}

    // Users without a grant are viewers.
    Result<Role> roleOf(const QString& user) const;
    Result<QList<RoleGrant>> list() const;
    // Admin only; audited. Granting replaces the user's previous role.
    Outcome grant(const QString& user, Role role);
    // With `expected`, refuses (conflict) when the user's role is not that one any more.
    Outcome revoke(const QString& user, std::optional<Role> expected = std::nullopt);

private:
    Database& m_database;
};

} // namespace steward
