#include "Outcome.h"

namespace steward {

int exitCodeFor(OutcomeCode code)
{
    switch (code) {
    case OutcomeCode::Ok:
        return 0;
    case OutcomeCode::Usage:
        return 2;
    case OutcomeCode::NotFound:
        return 3;
    case OutcomeCode::Conflict:
        return 4;
    case OutcomeCode::Forbidden:
        return 5;
    case OutcomeCode::CannotOpen:
        return 6;
    case OutcomeCode::ReadOnly:
        return 7;
    case OutcomeCode::Failed:
        break;
    }
    return 1;
}

} // namespace steward
