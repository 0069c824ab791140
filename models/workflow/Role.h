#pragma once

#include "models/core/Outcome.h"

#include <QString>
#include <optional>

namespace steward {

// Each role can do everything the ones before it can.
enum class Role { Viewer = 0, Analyst = 1, Manager = 2, Admin = 3 };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);

// Everything a person can decide in Steward, each with the least role it needs.
enum class Permission {
    ReviewSuggestion, // approve, reject
    RequestRollback,  // of an applied suggestion or to an older model version
    DecideRollback,   // approve or deny someone else's rollback request
    WorkViolation,    // assign, investigate, resolve, mark false positive, comment
    ReopenViolation,
    CloseCriticalViolation,
    ImportModels,
    ChangeSettings, // deadlines and other shared settings
    ManageRoles,
    ReviewFeedback, // process or ignore feedback on predictions
};

Role minimumRole(Permission permission);
// Whether `role` is enough for `permission`: the one place roles are compared.
bool roleAllows(Role role, Permission permission);
QString permissionDescription(Permission permission);
// Forbidden, with a sentence naming the user, their role and the role needed, unless allowed.
Outcome authorize(const QString& user, Role role, Permission permission);

} // namespace steward
