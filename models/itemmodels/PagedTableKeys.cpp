// The windowed model's keys and counts: reading a segment's keys in order, probing how many rows
// a query has without counting them all, and the count that completes later (PagedTableModel.h).
#include "PagedTableModel.h"
#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"

#include <QLocale>
#include <QSqlError>
#include <QTimer>
#include <algorithm>

namespace steward {

Result<QList<qint64>> PagedTableModel::countNow() const
{
    if (!m_database || m_query.from.isEmpty())
        return QList<qint64>();
    return countSegments(*m_database, m_query);
}

Result<QList<qint64>> PagedTableModel::countSegments(Database& database, const PagedQuery& query)
{
    QList<qint64> counts;
    for (const PagedQuery::Segment& segment : segmentsOf(query)) {
        QVariantList binds;
        const QString where = whereFor(query, segment, &binds);
        QString sql =
            QStringLiteral("SELECT count(*) FROM %1").arg(query.countFrom.isEmpty() ? query.from : query.countFrom);
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where;
        QSqlQuery count = database.query();
        Outcome outcome = database.prepare(count, sql);
        if (outcome) {
            for (const QVariant& bind : std::as_const(binds))
                count.addBindValue(bind);
            outcome = database.run(count, tr("counting rows of %1").arg(query.from.section(QLatin1Char(' '), 0, 0)));
        }
        if (!outcome)
            return outcome;
        counts << (count.next() ? count.value(0).toLongLong() : 0);
    }
    return counts;
}

void PagedTableModel::startCount()
{
    const ConnectionTarget target = m_database->target();
    if (target.backend == Backend::Sqlite &&
        (target.sqlitePath.isEmpty() || target.sqlitePath == QLatin1String(":memory:"))) {
        m_counter->start();
        return;
    }
    OpenOptions options = m_database->options();
    options.createIfMissing = false;
    const PagedQuery query = m_query;
    m_countJobs->start<Result<QList<qint64>>>(
        [target, options, query](JobControl& control) -> Result<QList<qint64>> {
            auto database = control.keptDatabase(target, options);
            if (!database)
                return database.failure();
            return countSegments(**database, query);
        },
        [this](const Result<QList<qint64>>& counts) {
            if (const Outcome counted = applyCount(counts); !counted)
                emit fetchFailed(counted.message());
        });
}

void PagedTableModel::stopCount()
{
    m_counter->stop();
    m_countJobs->abandon();
}

Result<qint64> PagedTableModel::probeSegment(int segmentIndex, const PagedQuery::Segment& segment)
{
    if (const auto known = m_sortedKeys.constFind(segmentIndex); known != m_sortedKeys.constEnd())
        return known->size();
    if (m_query.keysFirst && !m_query.orderBy.isEmpty()) {
        // Every key is read for the order anyway: that is the count too.
        QList<qint64> keys;
        bool numeric = true;
        if (Outcome read = readKeys(segment, 0, &keys, &numeric, tr("ordering rows")); !read)
            return read;
        if (!numeric)
            return Outcome::failed(tr("ordering rows: the key %1 is not a whole number").arg(m_query.key));
        const qint64 rows = keys.size();
        m_sortedKeys.insert(segmentIndex, std::move(keys));
        return rows;
    }
    if (hasRealKey() && !m_query.orderBy.isEmpty()) {
        QList<qint64> keys;
        bool numeric = true;
        if (Outcome read = readKeys(segment, kCountProbe + 1, &keys, &numeric,
                                    tr("counting rows of %1").arg(m_query.from.section(QLatin1Char(' '), 0, 0)));
            !read)
            return read;
        const qint64 rows = keys.size();
        // All of the segment's keys, in order: its pages are read by key, without scanning again.
        if (numeric && rows <= kCountProbe)
            m_sortedKeys.insert(segmentIndex, std::move(keys));
        return rows;
    }
    QVariantList binds;
    const QString where = whereFor(segment, &binds);
    QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1").arg(m_query.from);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" LIMIT %1) probe").arg(kCountProbe + 1);
    QSqlQuery count = m_database->query();
    Outcome outcome = m_database->prepare(count, sql);
    if (outcome) {
        for (const QVariant& bind : std::as_const(binds))
            count.addBindValue(bind);
        outcome = m_database->run(count, tr("counting rows of %1").arg(m_query.from.section(QLatin1Char(' '), 0, 0)));
    }
    if (!outcome)
        return outcome;
    return count.next() ? count.value(0).toLongLong() : 0;
}

Outcome PagedTableModel::completeCount()
{
    if (!m_countPending)
        return Outcome::ok();
    stopCount();
    return applyCount(countNow());
}

Outcome PagedTableModel::applyCount(const Result<QList<qint64>>& counts)
{
    if (!m_countPending)
        return Outcome::ok();
    m_countPending = false;
    if (!counts) {
        m_lastError = counts.failure();
        emit countKnown();
        return m_lastError;
    }
    const int shown = m_rowCount;
    qint64 total = 0;
    QList<int> starts;
    for (const qint64 rows : *counts) {
        starts << static_cast<int>(qMin<qint64>(total, std::numeric_limits<int>::max()));
        total += rows;
    }
    const int counted = static_cast<int>(qMin<qint64>(total, std::numeric_limits<int>::max()));
    // The page holding the last row shown may have been cut short at it: read it again.
    if (shown > 0)
        m_pages.remove((shown - 1) / m_pageSize);
    if (counted > shown) {
        beginInsertRows({}, shown, counted - 1);
        m_segmentStarts = starts;
        m_rowCount = counted;
        endInsertRows();
    } else if (counted < shown) {
        beginRemoveRows({}, counted, shown - 1);
        m_segmentStarts = starts;
        m_rowCount = counted;
        endRemoveRows();
    } else {
        m_segmentStarts = starts;
    }
    if (m_rowCount > 0 && columnCount() > 0) {
        const int first = ((qMin(shown, m_rowCount) - 1) / m_pageSize) * m_pageSize;
        if (first >= 0)
            emit dataChanged(index(first, 0), index(m_rowCount - 1, columnCount() - 1));
    }
    emit countKnown();
    return Outcome::ok();
}

bool PagedTableModel::isSegmentCounted(int segment) const
{
    return !m_countPending || segment + 1 < m_segmentStarts.size();
}

QString PagedTableModel::countText(qint64 rows, bool counted) const
{
    return counted ? QLocale().toString(rows) : QLocale().toString(kCountProbe) + QLatin1Char('+');
}

Outcome PagedTableModel::readKeys(const PagedQuery::Segment& segment, int limit, QList<qint64>* keys, bool* numeric,
                                  const QString& context) const
{
    QVariantList binds;
    const QString where = whereFor(segment, &binds);
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(m_query.key, m_query.from);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY ") + m_query.orderBy;
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q = m_database->query();
    Outcome outcome = m_database->prepare(q, sql);
    if (outcome) {
        for (const QVariant& bind : std::as_const(binds))
            q.addBindValue(bind);
        outcome = m_database->run(q, context);
    }
    *numeric = true;
    while (outcome && q.next()) {
        bool isNumber = false;
        *keys << q.value(0).toLongLong(&isNumber);
        *numeric = *numeric && isNumber;
    }
    return outcome;
}

Outcome PagedTableModel::readKeysOfAllSegments()
{
    // One read for every segment: each row's segment is a CASE, and the rows come grouped by it.
    const QList<PagedQuery::Segment> parts = segments();
    QStringList cases;
    QVariantList binds;
    for (int s = 0; s < parts.size(); ++s) {
        cases << QStringLiteral("WHEN (%1) THEN %2").arg(parts.at(s).where).arg(s);
        binds << parts.at(s).binds;
    }
    QString sql =
        QStringLiteral("SELECT %1, CASE %2 END FROM %3").arg(m_query.key, cases.join(QLatin1Char(' ')), m_query.from);
    if (!m_query.where.isEmpty())
        sql += QStringLiteral(" WHERE ") + m_query.where;
    sql += QStringLiteral(" ORDER BY 2, ") + m_query.orderBy;
    binds << m_query.binds;
    QSqlQuery q = m_database->query();
    Outcome outcome = m_database->prepare(q, sql);
    if (outcome) {
        for (const QVariant& bind : std::as_const(binds))
            q.addBindValue(bind);
        outcome = m_database->run(q, tr("ordering rows"));
    }
    QHash<int, QList<qint64>> keys;
    for (int s = 0; s < parts.size(); ++s)
        keys.insert(s, {});
    while (outcome && q.next()) {
        if (q.value(1).isNull())
            continue; // in no segment
        bool isNumber = false;
        keys[q.value(1).toInt()] << q.value(0).toLongLong(&isNumber);
        if (!isNumber)
            outcome = Outcome::failed(tr("ordering rows: the key %1 is not a whole number").arg(m_query.key));
    }
    if (outcome)
        m_sortedKeys = keys;
    return outcome;
}

const QList<qint64>* PagedTableModel::sortedKeys(int segmentIndex, const PagedQuery::Segment& segment) const
{
    if (const auto it = m_sortedKeys.constFind(segmentIndex); it != m_sortedKeys.constEnd())
        return &*it;
    QList<qint64> keys;
    keys.reserve(rowsInSegment(segmentIndex));
    bool numeric = true;
    Outcome outcome = readKeys(segment, 0, &keys, &numeric, tr("ordering rows"));
    if (outcome && !numeric)
        outcome = Outcome::failed(tr("ordering rows: the key %1 is not a whole number").arg(m_query.key));
    if (!outcome) {
        m_lastError = outcome;
        m_failureToReport = true;
        m_loader->start();
        return nullptr;
    }
    return &*m_sortedKeys.insert(segmentIndex, keys);
}

} // namespace steward
