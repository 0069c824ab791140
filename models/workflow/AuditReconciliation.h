#pragma once

#include "models/core/Outcome.h"

#include <QList>
#include <QString>

namespace steward {

class Database;

// Whether every item Steward decides on is in the state its last audit record left it in:
// suggestions, violations, rollback requests, roles and settings, and another system's feedback
// that Steward decided. The hash chain proves that
// the records were not edited; this proves that the items were not changed behind their backs
// (a raw UPDATE, a trigger stored in the file).
namespace AuditReconciliation {

// The findings listed per kind; the count covers them all.
constexpr int kListedPerKind = 50;

struct Finding
{
    QString kind; // as in the audit trail: suggestion, violation, rollback_request, feedback, role, setting
    QString targetId;
    QString stateNow;      // empty: the row is gone
    QString stateRecorded; // empty: no record (and not a state the item may start in)
    qint64 recordSeq = 0;  // the last record about it, 0 when none
    QString problem;       // one sentence naming the item
};

struct KindResult
{
    QString kind;
    qint64 count = 0; // every finding of this kind
    QList<Finding> findings;
};

struct Reconciliation
{
    QList<KindResult> kinds; // those that could be checked (a missing pipeline table skips its kind)
    qint64 totalCount() const;
    bool reconciled() const { return totalCount() == 0; }
    // At most `limit` problems, every kind's first ones, for a one-line summary.
    QStringList problems(int limit) const;
};

Result<Reconciliation> run(Database& database);

// Accepts as they are, without records, the states that pipeline items are in now when they are
// not the state the pipeline first writes: what Steward finds when it begins keeping records.
// Runs once, inside the migration that creates the table of adopted states.
Outcome adoptPipelineStates(Database& database, const QString& now);

} // namespace AuditReconciliation

} // namespace steward
