#include "SnapshotDiff.h"

#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDiff)
};

// One side of a merge join: rows in byte order of their key, read one at a time.
class KeyedStream
{
public:
    explicit KeyedStream(Database& database) : m_database(database), m_query(database.query()) {}

    Outcome start(const QString& sql, const QString& context)
    {
        auto selected = m_database.select(sql, context);
        if (!selected)
            return selected.failure();
        m_query = selected.take();
        return advance();
    }
    Outcome advance()
    {
        m_atEnd = !m_query.next();
        if (m_atEnd) {
            if (m_query.lastError().isValid())
                return m_database.failure(m_query.lastError(), Text::tr("comparing"));
            return Outcome::ok();
        }
        m_key = m_query.value(0).toString().toUtf8();
        return Outcome::ok();
    }
    bool atEnd() const { return m_atEnd; }
    const QByteArray& key() const { return m_key; }
    QVariant value(int column) const { return m_query.value(column + 1); }
    QString text(int column) const { return m_query.value(column + 1).toString(); }

private:
    Database& m_database;
    QSqlQuery m_query;
    QByteArray m_key;
    bool m_atEnd = true;
};

// Visits both sides in key order: only-older, only-newer, or both.
template <typename OnlyOlder, typename OnlyNewer, typename Both>
Outcome mergeJoin(KeyedStream& older, KeyedStream& newer, OnlyOlder onlyOlder, OnlyNewer onlyNewer, Both both)
{
    while (!older.atEnd() || !newer.atEnd()) {
        Outcome step;
        if (newer.atEnd() || (!older.atEnd() && older.key() < newer.key())) {
            onlyOlder(older);
            step = older.advance();
        } else if (older.atEnd() || newer.key() < older.key()) {
            onlyNewer(newer);
            step = newer.advance();
        } else {
            both(older, newer);
            step = older.advance();
            if (step)
                step = newer.advance();
        }
        if (!step)
            return step;
    }
    return Outcome::ok();
}

struct Side
{
    Database& database;
    const SchemaCatalog& catalog;
    const std::optional<SnapshotManifest>& manifest;
};

bool sameDigest(const Side& older, const Side& newer, const QString& table)
{
    if (!older.manifest || !newer.manifest)
        return false;
    const SnapshotTableEntry* a = older.manifest->table(table);
    const SnapshotTableEntry* b = newer.manifest->table(table);
    return a && b && a->sha256 == b->sha256;
}

QString missingNote(const Side& older, const Side& newer, const QString& table, const QStringList& columns)
{
    for (const Side* side : {&older, &newer}) {
        const TableInfo* info = side->catalog.table(table);
        const QString which = side == &older ? Text::tr("the older database") : Text::tr("the newer database");
        if (!info)
            return Text::tr("%1 is missing in %2; not compared").arg(table, which);
        for (const QString& column : columns) {
            if (!info->hasColumn(column))
                return Text::tr("%1 has no column %2 in %3; not compared").arg(table, column, which);
        }
    }
    return {};
}

// Suggestions and violations: items keyed by their public id, compared by status.
Outcome compareStates(const Side& older, const Side& newer, const QString& item, const QString& table,
                      const QString& idColumn, const QString& kindColumn, const QString& labelColumn,
                      QList<StateChange>* changes, QStringList* notes)
{
    const QStringList needed{idColumn, QStringLiteral("status"), QStringLiteral("client_id"), kindColumn, labelColumn};
    if (const QString note = missingNote(older, newer, table, needed); !note.isEmpty()) {
        *notes << note;
        return Outcome::ok();
    }
    if (sameDigest(older, newer, table))
        return Outcome::ok();
    const auto sql = [&](const Database& database) {
        const QString key = QStringLiteral("lower(CAST(%1 AS TEXT))").arg(SqlDialect::quoteIdentifier(idColumn));
        return QStringLiteral("SELECT %1, status, client_id, %2, %3 FROM %4 ORDER BY %1%5")
            .arg(key, SqlDialect::quoteIdentifier(kindColumn), SqlDialect::quoteIdentifier(labelColumn),
                 SqlDialect::quoteIdentifier(table), database.dialect().byteOrder());
    };
    KeyedStream a(older.database);
    KeyedStream b(newer.database);
    if (Outcome started = a.start(sql(older.database), Text::tr("reading %1").arg(table)); !started)
        return started;
    if (Outcome started = b.start(sql(newer.database), Text::tr("reading %1").arg(table)); !started)
        return started;
    const auto change = [&item](const KeyedStream& side, const QString& before, const QString& after) {
        return StateChange{item, QString::fromUtf8(side.key()), side.text(1), side.text(2), side.text(3), before,
                           after};
    };
    return mergeJoin(
        a, b, [&](const KeyedStream& gone) { *changes << change(gone, gone.text(0), QString()); },
        [&](const KeyedStream& added) { *changes << change(added, QString(), added.text(0)); },
        [&](const KeyedStream& was, const KeyedStream& is) {
            if (was.text(0) != is.text(0))
                *changes << change(is, was.text(0), is.text(0));
        });
}

Outcome compareVersions(const Side& older, const Side& newer, QList<VersionChange>* changes, QStringList* notes)
{
    const QString table = QStringLiteral("model_metadata");
    const QStringList needed{QStringLiteral("client_id"), QStringLiteral("model_version"), QStringLiteral("created_at"),
                             QStringLiteral("metrics")};
    if (const QString note = missingNote(older, newer, table, needed); !note.isEmpty()) {
        *notes << note;
        return Outcome::ok();
    }
    if (sameDigest(older, newer, table))
        return Outcome::ok();
    const auto sql = [&](const Database& database) {
        const QString key = QStringLiteral("(client_id || %1 || model_version)").arg(database.dialect().character(31));
        return QStringLiteral("SELECT %1, client_id, model_version, created_at, %2 FROM model_metadata ORDER BY %1%3")
            .arg(key, database.dialect().jsonNumber(QStringLiteral("metrics"), QStringLiteral("wmape")),
                 database.dialect().byteOrder());
    };
    KeyedStream a(older.database);
    KeyedStream b(newer.database);
    if (Outcome started = a.start(sql(older.database), Text::tr("reading model versions")); !started)
        return started;
    if (Outcome started = b.start(sql(newer.database), Text::tr("reading model versions")); !started)
        return started;
    const auto version = [](const KeyedStream& side, bool appeared) {
        return VersionChange{side.text(0), side.text(1), mapValue(side.value(2), LogicalType::Timestamp).text(),
                             side.value(3).isNull() ? QVariant() : QVariant(side.value(3).toDouble()), appeared};
    };
    return mergeJoin(
        a, b, [&](const KeyedStream& gone) { *changes << version(gone, false); },
        [&](const KeyedStream& added) { *changes << version(added, true); },
        [](const KeyedStream&, const KeyedStream&) {});
}

Result<QPair<qint64, QString>> lastAuditEntry(Database& database, qint64 atOrBefore = -1)
{
    QSqlQuery q = database.query();
    const QString table = database.appTable(QStringLiteral("audit_log"));
    if (atOrBefore < 0) {
        q.prepare(QStringLiteral("SELECT seq, hash FROM %1 ORDER BY seq DESC LIMIT 1").arg(table));
    } else {
        q.prepare(QStringLiteral("SELECT seq, hash FROM %1 WHERE seq = ?").arg(table));
        q.addBindValue(atOrBefore);
    }
    if (Outcome ran = database.run(q, Text::tr("reading the audit trail")); !ran)
        return ran;
    if (!q.next())
        return QPair<qint64, QString>(0, QString());
    return QPair<qint64, QString>(q.value(0).toLongLong(), q.value(1).toString());
}

Outcome compareAudit(const Side& older, const Side& newer, SnapshotDiffReport* report)
{
    const QString newerTable = newer.database.appTable(QStringLiteral("audit_log"));
    if (!older.catalog.hasTable(older.database.appTable(QStringLiteral("audit_log")))) {
        report->notes << Text::tr("the older database has no audit trail; not compared");
        return Outcome::ok();
    }
    if (!newer.catalog.hasTable(newerTable)) {
        report->notes << Text::tr("the newer database has no audit trail; not compared");
        return Outcome::ok();
    }
    auto olderLast = lastAuditEntry(older.database);
    if (!olderLast)
        return olderLast.failure();
    auto newerLast = lastAuditEntry(newer.database);
    if (!newerLast)
        return newerLast.failure();
    if (olderLast->first > 0) {
        auto same = lastAuditEntry(newer.database, olderLast->first);
        if (!same)
            return same.failure();
        if (same->first != olderLast->first || same->second != olderLast->second) {
            report->auditContinues = false;
            report->notes << Text::tr("the newer audit trail does not continue the older one: entry %1 differs or is "
                                      "missing (a record was altered or removed, or these are different databases)")
                                 .arg(olderLast->first);
        }
    }
    QSqlQuery q = newer.database.query();
    q.prepare(
        QStringLiteral("SELECT seq, recorded_at, actor, action, target_kind, target_id, state_before, state_after, "
                       "comment FROM %1 WHERE seq > ? ORDER BY seq")
            .arg(newerTable));
    q.addBindValue(olderLast->first);
    if (Outcome ran = newer.database.run(q, Text::tr("reading the audit trail")); !ran)
        return ran;
    while (q.next()) {
        report->auditGained << AuditGain{q.value(0).toLongLong(), mapValue(q.value(1), LogicalType::Timestamp).text(),
                                         q.value(2).toString(),   q.value(3).toString(),
                                         q.value(4).toString(),   q.value(5).toString(),
                                         q.value(6).toString(),   q.value(7).toString(),
                                         q.value(8).toString()};
    }
    return Outcome::ok();
}

// The changes that no gained audit record explains: the item's last record in the newer trail
// must leave it in the state it is in now. New items are the pipeline's to add.
void findUnaudited(SnapshotDiffReport* report)
{
    QHash<QString, QString> recorded; // kind:id -> the state its last gained record left it in
    for (const AuditGain& gain : std::as_const(report->auditGained))
        recorded.insert(gain.targetKind + QLatin1Char(':') + gain.targetId.toLower(), gain.stateAfter);
    for (const QList<StateChange>* changes : {&report->suggestions, &report->violations}) {
        for (const StateChange& change : *changes) {
            if (change.before.isEmpty())
                continue;
            const auto last = recorded.constFind(change.item + QLatin1Char(':') + change.id);
            if (last == recorded.constEnd() || change.after.isEmpty() || *last != change.after)
                report->unaudited << change;
        }
    }
}

QString describe(Database& database, const std::optional<SnapshotManifest>& manifest)
{
    if (!manifest)
        return database.target().displayName();
    return Text::tr("%1 (snapshot of %2, exported %3 by %4)")
        .arg(database.target().displayName(), manifest->source, timestampText(manifest->exportedAt),
             manifest->exportedBy);
}

Result<std::unique_ptr<Database>> openForReading(ConnectionTarget target)
{
    target.readOnly = true;
    OpenOptions options;
    options.untrusted = target.backend == Backend::Sqlite;
    return Database::open(target, options);
}
} // namespace

Result<SnapshotDiffReport> SnapshotDiff::compare(Database& older, Database& newer, bool oldestFirst)
{
    SnapshotDiffReport report;
    auto olderManifest = SnapshotManifestStore::read(older);
    if (!olderManifest)
        return olderManifest.failure();
    auto newerManifest = SnapshotManifestStore::read(newer);
    if (!newerManifest)
        return newerManifest.failure();
    if (oldestFirst && *olderManifest && *newerManifest && (*olderManifest)->exportedAt > (*newerManifest)->exportedAt)
        return compare(newer, older, false);
    report.olderManifest = *olderManifest;
    report.newerManifest = *newerManifest;
    report.olderName = describe(older, report.olderManifest);
    report.newerName = describe(newer, report.newerManifest);
    if (report.olderManifest && report.newerManifest &&
        report.olderManifest->exportedAt > report.newerManifest->exportedAt)
        report.notes << Text::tr(
            "the \"older\" snapshot was exported after the \"newer\" one; the changes read backwards");

    auto olderCatalog = SchemaCatalog::load(older);
    if (!olderCatalog)
        return olderCatalog.failure();
    auto newerCatalog = SchemaCatalog::load(newer);
    if (!newerCatalog)
        return newerCatalog.failure();
    const Side a{older, *olderCatalog, report.olderManifest};
    const Side b{newer, *newerCatalog, report.newerManifest};

    if (Outcome done = compareStates(a, b, QStringLiteral("suggestion"), QStringLiteral("llm_suggestions"),
                                     QStringLiteral("suggestion_id"), QStringLiteral("category"),
                                     QStringLiteral("summary"), &report.suggestions, &report.notes);
        !done)
        return done;
    if (Outcome done = compareStates(a, b, QStringLiteral("violation"), QStringLiteral("governance_violations"),
                                     QStringLiteral("violation_id"), QStringLiteral("severity"),
                                     QStringLiteral("description"), &report.violations, &report.notes);
        !done)
        return done;
    if (Outcome done = compareVersions(a, b, &report.modelVersions, &report.notes); !done)
        return done;
    if (Outcome done = compareAudit(a, b, &report); !done)
        return done;
    if (newerCatalog->hasTable(newer.appTable(QStringLiteral("audit_log"))))
        findUnaudited(&report);
    return report;
}

Result<SnapshotDiffReport> SnapshotDiff::compareTargets(const QString& older, const QString& newer)
{
    auto olderTarget = ConnectionTarget::parse(older);
    if (!olderTarget)
        return olderTarget.failure();
    auto newerTarget = ConnectionTarget::parse(newer);
    if (!newerTarget)
        return newerTarget.failure();
    return compareTargets(*olderTarget, *newerTarget);
}

Result<SnapshotDiffReport> SnapshotDiff::compareTargets(ConnectionTarget older, ConnectionTarget newer,
                                                        bool oldestFirst)
{
    auto olderDb = openForReading(std::move(older));
    if (!olderDb)
        return olderDb.failure();
    auto newerDb = openForReading(std::move(newer));
    if (!newerDb)
        return newerDb.failure();
    return compare(**olderDb, **newerDb, oldestFirst);
}

} // namespace steward
