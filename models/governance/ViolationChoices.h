#pragma once

#include "models/core/Outcome.h"
#include "models/governance/ViolationQuery.h"

#include <QStringList>

namespace steward {

class Database;

// What the Governance view offers to choose from besides the queue: the values found in the
// violations for each filter, and who may be assigned one. Read as a job, as plain values, and
// put into the filter bar and the detail on the UI thread.
struct ViolationChoices
{
    QStringList statuses; // as found; the filter bar adds the known ones before them
    QStringList severities;
    QStringList types;
    QStringList clients;
    QStringList assignees;  // people violations are assigned to now
    QStringList assignable; // people whose role may work violations, sorted
};

namespace ViolationChoicesRead {
// A column whose values cannot be read leaves its list empty: the filter still offers the known
// values and "all".
Result<ViolationChoices> load(Database& database, const ViolationQueryContext& context);
} // namespace ViolationChoicesRead

} // namespace steward
