// roles list|grant|revoke: who may decide what. On SQLite a workflow aid, not a security boundary.
#include "CliContext.h"
#include "CliText.h"
#include "commands/Commands.h"
#include "commands/DecisionOutput.h"
#include "commands/Subcommands.h"
#include "models/values/CellValue.h"
#include "models/workflow/RoleRepository.h"

#include <QCoreApplication>

namespace steward::cli {

namespace {
using Text = CliText;

Result<Role> roleArgument(const QString& name)
{
    const auto role = roleFromName(name);
    if (!role)
        return Outcome::usage(Text::tr("%1 is not a role; roles are viewer, analyst, manager and admin").arg(name));
    return *role;
}

Outcome list(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    if (Outcome parsed = arguments.parse({}, 0, 0, usage); !parsed)
        return parsed;
    auto db = context.appDatabase();
    if (!db)
        return db.failure();
    auto grants = RoleRepository(**db).list();
    if (!grants)
        return grants.failure();
    OutputTable table;
    table.columns = QStringList{QStringLiteral("user_name"), QStringLiteral("role"), QStringLiteral("granted_by"),
                                QStringLiteral("granted_at"), QStringLiteral("clients")};
    for (const RoleGrant& grant : *grants)
        table.rows << QList<QJsonValue>{
            grant.user, roleName(grant.role), grant.grantedBy, timestampText(grant.grantedAt),
            grant.clients.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(grant.clients.join(QLatin1Char(',')))};
    context.output().printList(table);
    return Outcome::ok();
}

// grant and revoke: USER ROLE, one audited change of the roles (a grant may name clients).
Outcome change(CliContext& context, CommandArguments& arguments, const QString& usage, bool grant)
{
    const QList<OptionSpec> options =
        grant ? QList<OptionSpec>{{QStringLiteral("client"), true, true}} : QList<OptionSpec>{};
    if (Outcome parsed = arguments.parse(options, 2, 2, usage); !parsed)
        return parsed;
    auto role = roleArgument(arguments.positional(1));
    if (!role)
        return role.failure();
    auto db = context.appDatabase();
    if (!db)
        return db.failure();
    const QString user = arguments.positional(0);
    RoleRepository roles(**db);
    QStringList clients = arguments.values(QStringLiteral("client"));
    clients.sort();
    if (Outcome changed = grant ? roles.grant(user, *role, clients) : roles.revoke(user, *role); !changed)
        return changed;
    OutputObject object{{QStringLiteral("user_name"), user},
                        {QStringLiteral("role"), roleName(grant ? *role : Role::Viewer)}};
    if (grant && !clients.isEmpty())
        object << qMakePair(QStringLiteral("clients"), QJsonValue(clients.join(QLatin1Char(','))));
    if (!grant)
        object << qMakePair(QStringLiteral("revoked"), QJsonValue(roleName(*role)));
    context.output().printObject(object);
    return Outcome::ok();
}

Outcome grant(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    return change(context, arguments, usage, true);
}

Outcome revoke(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    return change(context, arguments, usage, false);
}
} // namespace

Outcome runRoles(CliContext& context, CommandArguments& arguments)
{
    static const QList<Subcommand> verbs{
        {"list", "list", &list},
        {"grant", "grant USER ROLE [--client C ...]", &grant},
        {"revoke", "revoke USER ROLE", &revoke},
    };
    return runSubcommand(context, arguments, QStringLiteral("roles"), verbs);
}

} // namespace steward::cli
