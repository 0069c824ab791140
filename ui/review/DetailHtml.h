#pragma once

#include "models/review/ParameterDiff.h"
#include "models/review/SuggestionRepository.h"

#include <QString>

namespace steward {

// The detail pane's rich-text parts, built from data that is unit-tested on its own.
namespace DetailHtml {
// Added, removed and changed settings as a table; unchanged ones only when asked for (the
// "#unchanged" link asks).
QString parameterDiff(const ParameterDiff& diff, bool showUnchanged);
// The cycle's place in PROFILING → … → COMPLETE, its iterations, MAPE and config snapshot.
// The "#only-cycle" link filters the queue to it.
QString cycle(const CycleInfo& cycle);
// Decisions and rollback requests, newest first.
QString history(const QList<AuditEntry>& decisions, const QList<RollbackRequest>& rollbacks);
// The stored JSON columns, indented when valid and exactly as stored when not.
QString rawJson(const SuggestionDetail& detail);
} // namespace DetailHtml

} // namespace steward
