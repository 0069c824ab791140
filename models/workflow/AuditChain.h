#pragma once

#include "models/core/Outcome.h"
#include "models/itemmodels/PagedQuery.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace steward {

class Database;

// One decision as the audit trail keeps it.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime recordedAt; // UTC, millisecond precision
    QString actor;
    QString action;     // approve, reject, request_rollback, approve_rollback, assign, comment...
    QString targetKind; // suggestion, violation, rollback_request, model_version, role, setting
    QString targetId;
    QString clientId;
    QString stateBefore;
    QString stateAfter;
    QString comment;
    QString details; // compact JSON object, or empty
    QString prevHash;
    QString hash;
};

// The append-only, SHA-256 hash chain of audit records. Each record's hash covers its own
// content and the previous record's hash; a head row holds the newest seq and hash, so that
// an edited, deleted, inserted or reordered record, or a removed tail, is detected.
namespace AuditChain {
QString genesisHash();
// The canonical text form of a record time (always with milliseconds, UTC, 'Z').
QString timeText(const QDateTime& utc);
QString computeHash(const AuditEntry& entry);
// Appends inside the caller's write transaction: locks the head, fills seq, prevHash and hash.
Outcome append(Database& database, AuditEntry& entry);

struct Verification
{
    bool intact = true;
    qint64 recordsChecked = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;        // what is wrong with the first bad record
    QString headHash;       // the newest hash: note it elsewhere to anchor the chain
};
Result<Verification> verify(Database& database);

// Reads records, newest first, optionally for one target.
struct Filter
{
    QString targetKind;
    QString targetId;
    QString actor;
    QString action;
    QDateTime since;
    QDateTime until;
    int limit = 100;
    int offset = 0;
};
Result<QList<AuditEntry>> list(Database& database, const Filter& filter);
// The same records as a paged query for a windowed view, newest first (limit and offset are
// the view's business). Columns are the audit_log column names.
PagedQuery pagedQuery(const Database& database, const Filter& filter);
// The values in use for actor, action or target_kind (an allow-list), for filter lists.
Result<QStringList> distinctValues(Database& database, const QString& column);
// The newest record about one item, if any (who decided it and when).
Result<std::optional<AuditEntry>> latestFor(Database& database, const QString& targetKind, const QString& targetId);
} // namespace AuditChain

} // namespace steward
