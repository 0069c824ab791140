#include "ViolationChoices.h"

#include "models/db/Database.h"
#include "models/workflow/Role.h"
#include "models/workflow/RoleRepository.h"

namespace steward {

Result<ViolationChoices> ViolationChoicesRead::load(Database& database, const ViolationQueryContext& context)
{
    const auto values = [&](ViolationQuery::Column column) {
        auto found = ViolationQuery::distinctValues(database, column, context);
        return found ? *found : QStringList();
    };
    ViolationChoices choices;
    choices.statuses = values(ViolationQuery::Status);
    choices.severities = values(ViolationQuery::Severity);
    choices.types = values(ViolationQuery::Type);
    choices.clients = values(ViolationQuery::Client);
    choices.assignees = values(ViolationQuery::Assignee);
    if (context.hasAppTables) {
        if (auto grants = RoleRepository(database).list(); grants) {
            for (const RoleGrant& grant : *grants) {
                if (roleAllows(grant.role, Permission::WorkViolation))
                    choices.assignable << grant.user;
            }
        }
        choices.assignable.sort();
    }
    return choices;
}

} // namespace steward
