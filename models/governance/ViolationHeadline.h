#pragma once

#include "models/core/Outcome.h"
#include "models/governance/ViolationQuery.h"

namespace steward {

class Database;

// The three numbers at the top of the Governance view: the work that matters most. Each is the
// count of one queue filter, so that choosing it shows exactly the rows it counted.
namespace ViolationHeadline {
enum class Kind {
    OpenCriticals, // critical and not closed
    Overdue,       // not closed and past the deadline for its severity
    Unassigned,    // not closed and nobody assigned
};
inline constexpr Kind kAllKinds[] = {Kind::OpenCriticals, Kind::Overdue, Kind::Unassigned};

struct Counts
{
    qint64 openCriticals = 0;
    qint64 overdue = 0;
    qint64 unassigned = 0;

    qint64 of(Kind kind) const;
};

// The queue filter whose rows a headline number counts.
ViolationFilter filterFor(Kind kind);
// The filter `filter` stands for, when it is exactly one headline's.
std::optional<Kind> kindOf(const ViolationFilter& filter);
// All three, counted by the database in one statement, as of `context.now`.
Result<Counts> count(Database& database, const ViolationQueryContext& context);
} // namespace ViolationHeadline

} // namespace steward
