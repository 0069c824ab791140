#include "Role.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Role)
};
} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Analyst:
        return QStringLiteral("analyst");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("viewer");
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role role : {Role::Viewer, Role::Analyst, Role::Manager, Role::Admin}) {
        if (roleName(role) == name.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

Role minimumRole(Permission permission)
{
    switch (permission) {
    case Permission::ReviewSuggestion:
    case Permission::RequestRollback:
    case Permission::WorkViolation:
    case Permission::ReviewFeedback:
        return Role::Analyst;
    case Permission::DecideRollback:
    case Permission::ReopenViolation:
    case Permission::CloseCriticalViolation:
    case Permission::ImportModels:
        return Role::Manager;
    case Permission::ChangeSettings:
    case Permission::ManageRoles:
        return Role::Admin;
    }
    return Role::Admin;
}

QString permissionDescription(Permission permission)
{
    switch (permission) {
    case Permission::ReviewSuggestion:
        return Text::tr("approving or rejecting suggestions");
    case Permission::RequestRollback:
        return Text::tr("requesting a rollback");
    case Permission::DecideRollback:
        return Text::tr("approving or denying rollback requests");
    case Permission::WorkViolation:
        return Text::tr("working on violations");
    case Permission::ReopenViolation:
        return Text::tr("reopening a closed violation");
    case Permission::CloseCriticalViolation:
        return Text::tr("closing a critical violation");
    case Permission::ImportModels:
        return Text::tr("importing model versions");
    case Permission::ChangeSettings:
        return Text::tr("changing shared settings");
    case Permission::ManageRoles:
        return Text::tr("granting and revoking roles");
    case Permission::ReviewFeedback:
        return Text::tr("processing or ignoring feedback");
    }
    return {};
}

bool roleAllows(Role role, Permission permission)
{
    return static_cast<int>(role) >= static_cast<int>(minimumRole(permission));
}

Outcome authorize(const QString& user, Role role, Permission permission)
{
    const Role needed = minimumRole(permission);
    if (roleAllows(role, permission))
        return Outcome::ok();
    // Whole sentences, so that no translation has to fit an activity into someone else's grammar.
    QString sentence;
    switch (permission) {
    case Permission::ReviewSuggestion:
        sentence = Text::tr("%1 is %2; approving or rejecting suggestions needs the %3 role");
        break;
    case Permission::RequestRollback:
        sentence = Text::tr("%1 is %2; requesting a rollback needs the %3 role");
        break;
    case Permission::DecideRollback:
        sentence = Text::tr("%1 is %2; approving or denying rollback requests needs the %3 role");
        break;
    case Permission::WorkViolation:
        sentence = Text::tr("%1 is %2; working on violations needs the %3 role");
        break;
    case Permission::ReopenViolation:
        sentence = Text::tr("%1 is %2; reopening a closed violation needs the %3 role");
        break;
    case Permission::CloseCriticalViolation:
        sentence = Text::tr("%1 is %2; closing a critical violation needs the %3 role");
        break;
    case Permission::ImportModels:
        sentence = Text::tr("%1 is %2; importing model versions needs the %3 role");
        break;
    case Permission::ChangeSettings:
        sentence = Text::tr("%1 is %2; changing shared settings needs the %3 role");
        break;
    case Permission::ManageRoles:
        sentence = Text::tr("%1 is %2; granting and revoking roles needs the %3 role");
        break;
    case Permission::ReviewFeedback:
        sentence = Text::tr("%1 is %2; processing or ignoring feedback needs the %3 role");
        break;
    }
    return Outcome::forbidden(sentence.arg(user, roleName(role), roleName(needed)));
}

} // namespace steward
