#include "AuditChain.h"

#include "models/core/Clock.h"
#include "models/db/Database.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimeZone>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
};

const QString kColumns = QStringLiteral("seq, recorded_at, actor, action, target_kind, target_id, client_id, "
                                        "state_before, state_after, comment, details, prev_hash, hash");

void addField(QByteArray& out, const QString& value, bool isNull)
{
    if (isNull) {
        out += "-;";
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += ';';
}

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.recordedAt = parseTimestamp(q.value(1));
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.targetKind = q.value(4).toString();
    e.targetId = q.value(5).toString();
    e.clientId = q.value(6).toString();
    e.stateBefore = q.value(7).toString();
    e.stateAfter = q.value(8).toString();
    e.comment = q.value(9).toString();
    e.details = q.value(10).toString();
    e.prevHash = q.value(11).toString();
    e.hash = q.value(12).toString();
    return e;
}

QString describe(const AuditEntry& e)
{
    return Text::tr("record %1 (%2 %3 %4 by %5 at %6)")
        .arg(e.seq)
        .arg(e.action, e.targetKind, e.targetId.left(8), e.actor, AuditChain::timeText(e.recordedAt));
}
} // namespace

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditChain::timeText(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString AuditChain::computeHash(const AuditEntry& e)
{
    QByteArray content;
    content += "steward-audit-v1;";
    addField(content, QString::number(e.seq), false);
    addField(content, timeText(e.recordedAt), false);
    addField(content, e.actor, false);
    addField(content, e.action, false);
    addField(content, e.targetKind, false);
    addField(content, e.targetId, false);
    addField(content, e.clientId, e.clientId.isEmpty());
    addField(content, e.stateBefore, e.stateBefore.isEmpty());
    addField(content, e.stateAfter, e.stateAfter.isEmpty());
    addField(content, e.comment, e.comment.isEmpty());
    addField(content, e.details, e.details.isEmpty());
    addField(content, e.prevHash, false);
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Outcome AuditChain::append(Database& database, AuditEntry& entry)
{
    const QString head = database.appTable(QStringLiteral("audit_head"));
    auto locked = database.select(
        QStringLiteral("SELECT seq, hash FROM %1 WHERE id = 1%2").arg(head, database.dialect().forUpdate()),
        Text::tr("locking the audit chain"));
    if (!locked)
        return locked.failure();
    QSqlQuery lock = locked.take();
    if (!lock.next())
        return Outcome::failed(Text::tr("the audit chain has no head record; run `steward-cli init`"));
    entry.seq = lock.value(0).toLongLong() + 1;
    entry.prevHash = lock.value(1).toString();
    lock.finish();
    // Millisecond precision is what both backends store and what the hash covers.
    const QDateTime now = entry.recordedAt.isValid() ? entry.recordedAt : Clock::nowUtc();
    entry.recordedAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), QTimeZone::utc());
    entry.hash = computeHash(entry);

    QSqlQuery insert = database.query();
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(database.appTable(QStringLiteral("audit_log")), kColumns));
    insert.addBindValue(entry.seq);
    insert.addBindValue(timeText(entry.recordedAt));
    insert.addBindValue(entry.actor);
    insert.addBindValue(entry.action);
    insert.addBindValue(entry.targetKind);
    insert.addBindValue(entry.targetId);
    const auto nullable = [](const QString& s) {
        return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
    };
    insert.addBindValue(nullable(entry.clientId));
    insert.addBindValue(nullable(entry.stateBefore));
    insert.addBindValue(nullable(entry.stateAfter));
    insert.addBindValue(nullable(entry.comment));
    insert.addBindValue(nullable(entry.details));
    insert.addBindValue(entry.prevHash);
    insert.addBindValue(entry.hash);
    if (Outcome done = database.run(insert, Text::tr("writing the audit record")); !done)
        return done;

    QSqlQuery advance = database.query();
    advance.prepare(QStringLiteral("UPDATE %1 SET seq = ?, hash = ? WHERE id = 1").arg(head));
    advance.addBindValue(entry.seq);
    advance.addBindValue(entry.hash);
    return database.run(advance, Text::tr("advancing the audit chain"));
}

Result<AuditChain::Verification> AuditChain::verify(Database& database)
{
    Verification result;
    auto qResult = database.select(
        QStringLiteral("SELECT %1 FROM %2 ORDER BY seq").arg(kColumns, database.appTable(QStringLiteral("audit_log"))),
        Text::tr("reading the audit trail"));
    if (!qResult)
        return qResult.failure();
    QSqlQuery q = qResult.take();
    QString previousHash = genesisHash();
    qint64 expectedSeq = 1;
    const auto fail = [&result](qint64 seq, QString problem) {
        if (result.intact) {
            result.intact = false;
            result.firstBadSeq = seq;
            result.problem = std::move(problem);
        }
    };
    while (q.next() && result.intact) {
        const AuditEntry e = entryFrom(q);
        ++result.recordsChecked;
        if (e.seq != expectedSeq) {
            // A gap names the missing record: that is where the chain breaks.
            fail(e.seq > expectedSeq ? expectedSeq : e.seq,
                 e.seq > expectedSeq
                     ? Text::tr("record %1 is missing (the next record found is %2)").arg(expectedSeq).arg(e.seq)
                     : Text::tr("record %1 appears out of order").arg(e.seq));
        } else if (e.prevHash != previousHash) {
            fail(e.seq, Text::tr("%1 does not follow the record before it (its previous-hash differs): a record was "
                                 "removed, inserted or reordered before it")
                            .arg(describe(e)));
        } else if (computeHash(e) != e.hash) {
            fail(e.seq, Text::tr("%1 was altered: its content does not match its hash").arg(describe(e)));
        }
        previousHash = e.hash;
        ++expectedSeq;
    }
    result.headHash = previousHash;
    if (!result.intact)
        return result;

    auto headResult = database.select(
        QStringLiteral("SELECT seq, hash FROM %1 WHERE id = 1").arg(database.appTable(QStringLiteral("audit_head"))),
        Text::tr("reading the audit chain head"));
    if (!headResult)
        return headResult.failure();
    QSqlQuery head = headResult.take();
    if (!head.next()) {
        fail(expectedSeq, Text::tr("the audit chain head record is missing"));
    } else {
        const qint64 headSeq = head.value(0).toLongLong();
        const qint64 lastSeq = expectedSeq - 1;
        if (headSeq > lastSeq) {
            fail(expectedSeq, Text::tr("record %1 and later are missing: the chain should end at record %2")
                                  .arg(expectedSeq)
                                  .arg(headSeq));
        } else if (headSeq < lastSeq) {
            // Records after the recorded end were not written through Steward.
            fail(headSeq + 1, Text::tr("the chain's recorded end (record %1) does not match its last record (%2)")
                                  .arg(headSeq)
                                  .arg(lastSeq));
        } else if (head.value(1).toString() != previousHash) {
            fail(lastSeq, Text::tr("the chain's recorded end does not match record %1: it was replaced").arg(lastSeq));
        }
    }
    return result;
}

namespace {
// The WHERE body and its values for a filter; every value is bound.
QString whereFor(const AuditChain::Filter& filter, QVariantList* binds)
{
    QStringList where;
    const auto add = [&](const QString& column, const QString& value) {
        if (!value.isEmpty()) {
            where << column + QStringLiteral(" = ?");
            *binds << value;
        }
    };
    add(QStringLiteral("target_kind"), filter.targetKind);
    add(QStringLiteral("target_id"), filter.targetId);
    add(QStringLiteral("actor"), filter.actor);
    add(QStringLiteral("action"), filter.action);
    if (filter.since.isValid()) {
        where << QStringLiteral("recorded_at >= ?");
        *binds << AuditChain::timeText(filter.since);
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("recorded_at < ?");
        *binds << AuditChain::timeText(filter.until);
    }
    return where.join(QStringLiteral(" AND "));
}
} // namespace

Result<QList<AuditEntry>> AuditChain::list(Database& database, const Filter& filter)
{
    QVariantList binds;
    const QString where = whereFor(filter, &binds);
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(kColumns, database.appTable(QStringLiteral("audit_log")));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ? OFFSET ?");
    binds << filter.limit << filter.offset;
    QSqlQuery q = database.query();
    if (Outcome prepared = database.prepare(q, sql); !prepared)
        return prepared;
    for (const QVariant& value : std::as_const(binds))
        q.addBindValue(value);
    if (Outcome ran = database.run(q, Text::tr("reading the audit trail")); !ran)
        return ran;
    QList<AuditEntry> entries;
    while (q.next())
        entries << entryFrom(q);
    return entries;
}

PagedQuery AuditChain::pagedQuery(const Database& database, const Filter& filter)
{
    PagedQuery query;
    for (const QString& name : kColumns.split(QStringLiteral(", "))) {
        const LogicalType type = name == QLatin1String("seq")           ? LogicalType::Integer
                                 : name == QLatin1String("recorded_at") ? LogicalType::Timestamp
                                 : name == QLatin1String("details")     ? LogicalType::Json
                                                                        : LogicalType::Text;
        query.columns << PagedQuery::Column{name, name, type, false};
    }
    query.from = database.appTable(QStringLiteral("audit_log"));
    query.where = whereFor(filter, &query.binds);
    query.orderBy = QStringLiteral("seq DESC");
    query.key = QStringLiteral("seq");
    return query;
}

Result<QStringList> AuditChain::distinctValues(Database& database, const QString& column)
{
    static const QStringList allowed{QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("target_kind")};
    if (!allowed.contains(column))
        return Outcome::usage(Text::tr("no list of values for %1").arg(column));
    auto qResult = database.select(QStringLiteral("SELECT DISTINCT %1 FROM %2 ORDER BY %1")
                                       .arg(column, database.appTable(QStringLiteral("audit_log"))),
                                   Text::tr("listing the values of %1").arg(column));
    if (!qResult)
        return qResult.failure();
    QSqlQuery q = qResult.take();
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

Result<std::optional<AuditEntry>> AuditChain::latestFor(Database& database, const QString& targetKind,
                                                        const QString& targetId)
{
    Filter filter;
    filter.targetKind = targetKind;
    filter.targetId = targetId;
    filter.limit = 1;
    auto entries = list(database, filter);
    if (!entries)
        return entries.failure();
    if (entries->isEmpty())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(entries->first());
}

} // namespace steward
