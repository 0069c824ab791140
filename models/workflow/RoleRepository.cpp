#include "RoleRepository.h"

#include "models/db/Database.h"
#include "models/values/CellValue.h"
#include "models/workflow/ServerRoles.h"
#include "models/workflow/TransitionEngine.h"

#include <QCoreApplication>
#include <QSqlError>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RoleRepository)
};
} // namespace

Result<Role> RoleRepository::roleOf(const QString& user) const
{
    auto onServer = ServerRoles::active(m_database);
    if (!onServer)
        return onServer.failure();
    if (*onServer)
        return ServerRoles::roleOf(m_database, user);
    QSqlQuery q = m_database.query();
    q.prepare(
        QStringLiteral("SELECT role FROM %1 WHERE user_name = ?").arg(m_database.appTable(QStringLiteral("roles"))));
    q.addBindValue(user);
    if (Outcome ran = m_database.run(q, Text::tr("reading the role of %1").arg(user)); !ran)
        return ran;
    if (!q.next())
        return Role::Viewer;
    return roleFromName(q.value(0).toString()).value_or(Role::Viewer);
}

Result<QStringList> RoleRepository::clientsOf(const QString& user) const
{
    auto onServer = ServerRoles::active(m_database);
    if (!onServer)
        return onServer.failure();
    return *onServer ? ServerRoles::clientsOf(m_database, user) : QStringList();
}

Result<QList<RoleGrant>> RoleRepository::list() const
{
    auto onServer = ServerRoles::active(m_database);
    if (!onServer)
        return onServer.failure();
    // On the server, the grants made in this database, each with the role its membership gives.
    const QString sql =
        *onServer ? QStringLiteral("SELECT r.user_name, steward.role_of(r.user_name), r.granted_by, r.granted_at, "
                                   "(SELECT string_agg(client_id, ',' ORDER BY client_id) FROM steward.role_scopes s "
                                   "WHERE s.login = r.user_name) FROM steward.roles r ORDER BY r.user_name")
                  : QStringLiteral("SELECT user_name, role, granted_by, granted_at, NULL FROM %1 ORDER BY user_name")
                        .arg(m_database.appTable(QStringLiteral("roles")));
    auto qResult = m_database.select(sql, Text::tr("listing roles"));
    if (!qResult)
        return qResult.failure();
    QSqlQuery q = qResult.take();
    QList<RoleGrant> grants;
    while (q.next()) {
        const QString clients = q.value(4).toString();
        grants << RoleGrant{q.value(0).toString(), roleFromName(q.value(1).toString()).value_or(Role::Viewer),
                            q.value(2).toString(), parseTimestamp(q.value(3)),
                            clients.isEmpty() ? QStringList() : clients.split(QLatin1Char(','))};
    }
    return grants;
}

Outcome RoleRepository::grant(const QString& user, Role role, const QStringList& clients)
{
    if (user.trimmed().isEmpty())
        return Outcome::usage(Text::tr("grant needs a user name"));
    TransitionEngine engine(m_database);
    return engine.perform(Action::GrantRole, [&](TransitionContext& context) -> Outcome {
        if (context.onServer)
            return ServerRoles::grant(m_database, user, role, clients);
        if (!clients.isEmpty())
            return Outcome::usage(Text::tr("client scopes need a PostgreSQL server that enforces the roles "
                                           "(run `steward-cli init` as the database owner)"));
        auto previous = roleOf(user);
        if (!previous)
            return previous.failure();
        const QString table = m_database.appTable(QStringLiteral("roles"));
        QSqlQuery remove = m_database.query();
        remove.prepare(QStringLiteral("DELETE FROM %1 WHERE user_name = ?").arg(table));
        remove.addBindValue(user);
        if (Outcome done = m_database.run(remove, Text::tr("replacing the role of %1").arg(user)); !done)
            return done;
        QSqlQuery insert = m_database.query();
        insert.prepare(
            QStringLiteral("INSERT INTO %1 (user_name, role, granted_by, granted_at) VALUES (?, ?, ?, ?)").arg(table));
        insert.addBindValue(user);
        insert.addBindValue(roleName(role));
        insert.addBindValue(context.actor);
        insert.addBindValue(timestampText(context.now));
        if (Outcome done = m_database.run(insert, Text::tr("granting %1 to %2").arg(roleName(role), user)); !done)
            return done;
        AuditEntry entry;
        entry.action = QStringLiteral("grant_role");
        entry.targetKind = QStringLiteral("role");
        entry.targetId = user;
        entry.stateBefore = roleName(*previous);
        entry.stateAfter = roleName(role);
        context.extraAudit << entry;
        return Outcome::ok();
    });
}

Outcome RoleRepository::revoke(const QString& user, std::optional<Role> expected)
{
    TransitionEngine engine(m_database);
    return engine.perform(Action::RevokeRole, [&](TransitionContext& context) -> Outcome {
        if (context.onServer)
            return ServerRoles::revoke(m_database, user, expected);
        auto previous = roleOf(user);
        if (!previous)
            return previous.failure();
        const QString table = m_database.appTable(QStringLiteral("roles"));
        if (expected && *previous != *expected) {
            return Outcome::conflict(
                Text::tr("%1 is %2, not %3; nothing was revoked").arg(user, roleName(*previous), roleName(*expected)));
        }
        if (user == context.actor && *previous == Role::Admin) {
            auto adminsResult = m_database.select(
                QStringLiteral("SELECT count(*) FROM %1 WHERE role = 'admin'").arg(table), Text::tr("counting admins"));
            if (!adminsResult)
                return adminsResult.failure();
            QSqlQuery admins = adminsResult.take();
            if (!admins.next())
                return m_database.failure(admins.lastError(), Text::tr("counting admins"));
            if (admins.value(0).toInt() <= 1)
                return Outcome::conflict(Text::tr("%1 is the last admin; grant admin to someone else first").arg(user));
        }
        QSqlQuery remove = m_database.query();
        remove.prepare(QStringLiteral("DELETE FROM %1 WHERE user_name = ?").arg(table));
        remove.addBindValue(user);
        if (Outcome done = m_database.run(remove, Text::tr("revoking the role of %1").arg(user)); !done)
            return done;
        if (remove.numRowsAffected() == 0)
            return Outcome::notFound(Text::tr("%1 has no granted role").arg(user));
        AuditEntry entry;
        entry.action = QStringLiteral("revoke_role");
        entry.targetKind = QStringLiteral("role");
        entry.targetId = user;
        entry.stateBefore = roleName(*previous);
        entry.stateAfter = roleName(Role::Viewer);
        context.extraAudit << entry;
        return Outcome::ok();
    });
}

} // namespace steward
