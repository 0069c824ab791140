#include "AuditReconciliation.h"

#include "models/db/AppSchema.h"
#include "models/db/Database.h"
#include "models/profiles/SourceTables.h"
#include "models/workflow/ItemKind.h"
#include "models/workflow/Role.h"
#include "models/workflow/TransitionEngine.h"
#include "models/workflow/Workflow.h"

#include <QCoreApplication>
#include <QSqlError>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditReconciliation)
};

QString quoted(const QString& word)
{
    return QLatin1Char('\'') + word + QLatin1Char('\'');
}

// An item Steward decides on, and the states it may be in with no record at all: the ones its
// writer (the pipeline, or Steward filing a request) starts it in.
struct Tracked
{
    const ItemKind* kind;
    QString unrecordedFine; // an SQL condition on the columns i.state and i.resolved_by
};

QList<Tracked> trackedItems()
{
    const QString closed = QStringLiteral("%1, %2").arg(quoted(stateName(ViolationState::Resolved)),
                                                        quoted(stateName(ViolationState::FalsePositive)));
    return {
        {&ItemKinds::suggestion(), QStringLiteral("i.state = %1").arg(quoted(stateName(SuggestionState::Pending)))},
        // A monitor may close what it raised; it says who (resolved_by), and Steward has no record of it.
        {&ItemKinds::violation(), QStringLiteral("(i.state = %1 OR (i.state IN (%2) AND i.resolved_by IS NOT NULL))")
                                      .arg(quoted(stateName(ViolationState::Open)), closed)},
        {&ItemKinds::rollbackRequest(),
         QStringLiteral("i.state = %1").arg(quoted(stateName(RollbackRequestState::Requested)))},
        // The system processes its own feedback too: only what Steward decided is reconciled.
        {&ItemKinds::feedback(), QStringLiteral("1 = 1")},
    };
}

Result<bool> tableExists(Database& database, const ItemKind& kind)
{
    if (kind.systemOnly)
        return kind.keptIn(database);
    if (kind.appTable || SourceTables::adapted(database).contains(kind.table))
        return true;
    return database.hasRow(database.dialect().tableExists(kind.table),
                           Text::tr("looking for the table %1").arg(kind.table));
}

// The newest record per target of one kind.
QString latestRecords(const Database& database, const QString& kind)
{
    return QStringLiteral("latest AS (SELECT target_id, max(seq) AS seq FROM %1 WHERE target_kind = %2 "
                          "GROUP BY target_id)")
        .arg(database.appTable(QStringLiteral("audit_log")), quoted(kind));
}

// Before the migration that adopts states, nothing was adopted.
QString adoptedStates(const Database& database, bool adopted)
{
    return adopted ? database.appTable(QStringLiteral("adopted_states"))
                   : QStringLiteral("(SELECT CAST(NULL AS TEXT) AS target_kind, CAST(NULL AS TEXT) AS target_id, "
                                    "CAST(NULL AS TEXT) AS state)");
}

QString itemQuery(Database& database, const Tracked& tracked, bool adopted)
{
    // Another system's own table (feedback), read with its columns and state words.
    const ItemKind kind = tracked.kind->systemOnly ? tracked.kind->bound(database) : *tracked.kind;
    const bool violation = kind.name == ItemKinds::violation().name;
    return QStringLiteral("WITH %1 "
                          "SELECT i.id, i.state, a.state_after, a.seq, count(*) OVER () FROM "
                          "(SELECT CAST(%2 AS TEXT) AS id, %3 AS state, %4 AS resolved_by FROM %5) i "
                          "LEFT JOIN latest l ON l.target_id = i.id "
                          "LEFT JOIN %6 a ON a.seq = l.seq "
                          "LEFT JOIN %7 b ON b.target_kind = %8 AND b.target_id = i.id "
                          "WHERE CASE WHEN a.seq IS NOT NULL THEN coalesce(a.state_after, '') <> coalesce(i.state, '') "
                          "WHEN b.target_id IS NOT NULL THEN b.state <> coalesce(i.state, '') "
                          "ELSE NOT coalesce(%9, 1 = 0) END "
                          "ORDER BY i.id LIMIT %10")
        .arg(latestRecords(database, kind.name), kind.idColumn,
             ItemKind::stewardStateSql(kind.stateColumn, kind.states),
             violation ? QStringLiteral("resolved_by") : QStringLiteral("NULL"), kind.readTable(database),
             database.appTable(QStringLiteral("audit_log")), adoptedStates(database, adopted), quoted(kind.name),
             tracked.unrecordedFine)
        .arg(AuditReconciliation::kListedPerKind);
}

// Rows of one of Steward's keyed tables (roles, settings) against the last record per key, and
// keys whose last record left a value whose row is gone. `unrecordedFine` (on alias r) says
// which rows may have no record; `goneFine` (on alias a) which recorded values need no row.
QString keyedQuery(const Database& database, const QString& kind, const QString& table, const QString& key,
                   const QString& value, const QString& unrecordedFine, const QString& goneFine)
{
    const QString audit = database.appTable(QStringLiteral("audit_log"));
    return QStringLiteral("WITH %1 SELECT f.id, f.state, f.state_after, f.seq, count(*) OVER () FROM ("
                          "SELECT r.%2 AS id, r.%3 AS state, a.state_after, a.seq, "
                          "CASE WHEN a.seq IS NOT NULL THEN r.%3 = a.state_after ELSE %4 END AS fine "
                          "FROM %5 r LEFT JOIN latest l ON l.target_id = r.%2 LEFT JOIN %6 a ON a.seq = l.seq "
                          "UNION ALL "
                          "SELECT a.target_id, NULL, a.state_after, a.seq, %7 "
                          "FROM latest l JOIN %6 a ON a.seq = l.seq "
                          "WHERE NOT EXISTS (SELECT 1 FROM %5 r WHERE r.%2 = a.target_id)"
                          ") f WHERE NOT coalesce(f.fine, 1 = 0) ORDER BY f.id LIMIT %8")
        .arg(latestRecords(database, kind), key, value, unrecordedFine, database.appTable(table), audit, goneFine)
        .arg(AuditReconciliation::kListedPerKind);
}

// A role with no record is the first admin, whom creating Steward's tables grants (as that
// version's applied_by, at its applied_at); a revoked role (viewer) has no row.
QString roleQuery(const Database& database)
{
    return keyedQuery(database, QStringLiteral("role"), QStringLiteral("roles"), QStringLiteral("user_name"),
                      QStringLiteral("role"),
                      QStringLiteral("(r.role = %1 AND r.granted_by = r.user_name AND EXISTS (SELECT 1 FROM %2 v "
                                     "WHERE v.applied_by = r.user_name AND v.applied_at = r.granted_at))")
                          .arg(quoted(roleName(Role::Admin)), database.appTable(QStringLiteral("schema_version"))),
                      QStringLiteral("a.state_after = %1").arg(quoted(roleName(Role::Viewer))));
}

// A setting with no record was never changed through Steward.
QString settingQuery(const Database& database)
{
    return keyedQuery(database, QStringLiteral("setting"), QStringLiteral("settings"), QStringLiteral("key"),
                      QStringLiteral("value"), QStringLiteral("1 = 0"), QStringLiteral("1 = 0"));
}

QString problemFor(const AuditReconciliation::Finding& f)
{
    const QString now = f.stateNow.isEmpty() ? Text::tr("gone") : f.stateNow;
    if (f.recordSeq == 0)
        return Text::tr("%1 %2 is %3, but the audit trail has no record of it").arg(f.kind, shortId(f.targetId), now);
    return Text::tr("%1 %2 is %3, but the audit trail last left it %4 (record %5)")
        .arg(f.kind, shortId(f.targetId), now, f.stateRecorded)
        .arg(f.recordSeq);
}

Outcome collect(Database& database, const QString& kind, const QString& sql, AuditReconciliation::Reconciliation& out)
{
    QSqlQuery q = database.query();
    if (!q.exec(sql))
        return database.failure(q.lastError(), Text::tr("reconciling the %1 items with the audit trail").arg(kind));
    AuditReconciliation::KindResult result;
    result.kind = kind;
    while (q.next()) {
        AuditReconciliation::Finding f;
        f.kind = kind;
        f.targetId = q.value(0).toString();
        f.stateNow = q.value(1).toString();
        f.stateRecorded = q.value(2).toString();
        f.recordSeq = q.value(3).toLongLong();
        f.problem = problemFor(f);
        result.count = q.value(4).toLongLong();
        result.findings << f;
    }
    out.kinds << result;
    return Outcome::ok();
}
} // namespace

qint64 AuditReconciliation::Reconciliation::totalCount() const
{
    qint64 total = 0;
    for (const KindResult& kind : kinds)
        total += kind.count;
    return total;
}

QStringList AuditReconciliation::Reconciliation::problems(int limit) const
{
    QStringList out;
    for (const KindResult& kind : kinds) {
        for (const Finding& finding : kind.findings) {
            if (out.size() >= limit)
                return out;
            out << finding.problem;
        }
    }
    return out;
}

Result<AuditReconciliation::Reconciliation> AuditReconciliation::run(Database& database)
{
    auto version = AppSchema::installedVersion(database);
    if (!version)
        return version.failure();
    const bool adopted = *version >= 2;
    Reconciliation result;
    for (const Tracked& tracked : trackedItems()) {
        auto exists = tableExists(database, *tracked.kind);
        if (!exists)
            return exists.failure();
        if (!*exists)
            continue;
        if (Outcome done = collect(database, tracked.kind->name, itemQuery(database, tracked, adopted), result); !done)
            return done;
    }
    if (Outcome done = collect(database, QStringLiteral("role"), roleQuery(database), result); !done)
        return done;
    if (Outcome done = collect(database, QStringLiteral("setting"), settingQuery(database), result); !done)
        return done;
    return result;
}

Outcome AuditReconciliation::adoptPipelineStates(Database& database, const QString& now)
{
    for (const Tracked& tracked : trackedItems()) {
        const ItemKind& kind = *tracked.kind;
        if (kind.appTable || kind.systemOnly) // nothing is adopted where an unrecorded state is fine
            continue;
        auto exists = tableExists(database, kind);
        if (!exists)
            return exists.failure();
        if (!*exists)
            continue;
        const bool violation = kind.name == ItemKinds::violation().name;
        QSqlQuery adopt = database.query();
        adopt.prepare(QStringLiteral("INSERT INTO %1 (target_kind, target_id, state, adopted_at) "
                                     "SELECT %2, i.id, i.state, ? FROM "
                                     "(SELECT CAST(%3 AS TEXT) AS id, %4 AS state, %5 AS resolved_by FROM %6) i "
                                     "WHERE i.state IS NOT NULL AND NOT coalesce(%7, 1 = 0) AND NOT EXISTS "
                                     "(SELECT 1 FROM %8 a WHERE a.target_kind = %2 AND a.target_id = i.id)")
                          .arg(database.appTable(QStringLiteral("adopted_states")), quoted(kind.name), kind.idColumn,
                               kind.stateColumn, violation ? QStringLiteral("resolved_by") : QStringLiteral("NULL"),
                               kind.readTable(database), tracked.unrecordedFine,
                               database.appTable(QStringLiteral("audit_log"))));
        adopt.addBindValue(now);
        if (Outcome done = database.run(adopt, Text::tr("adopting the states of %1 items").arg(kind.name)); !done)
            return done;
    }
    return Outcome::ok();
}

} // namespace steward
