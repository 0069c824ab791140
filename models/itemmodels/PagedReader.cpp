#include "PagedReader.h"

#include "models/db/Database.h"
#include "models/itemmodels/PagedTableModel.h"

#include <QSqlQuery>
#include <limits>

namespace steward {

namespace {
int clampedRow(qint64 row)
{
    return static_cast<int>(qMin<qint64>(row, std::numeric_limits<int>::max()));
}
} // namespace

PagedReader::PagedReader(Database& database, const PagedQuery& query, int pageSize,
                         QHash<int, QList<qint64>>& sortedKeys)
    : m_database(database), m_query(query), m_pageSize(pageSize), m_sortedKeys(sortedKeys)
{
}

QList<PagedQuery::Segment> PagedReader::segmentsOf(const PagedQuery& query)
{
    return query.segments.isEmpty() ? QList<PagedQuery::Segment>{PagedQuery::Segment{}} : query.segments;
}

bool PagedReader::hasRealKey(const PagedQuery& query)
{
    return !query.key.isEmpty() && !query.key.startsWith(QLatin1String("NULL"));
}

QString PagedReader::whereFor(const PagedQuery& query, const PagedQuery::Segment& segment, QVariantList* binds)
{
    QStringList conditions;
    *binds = query.binds;
    if (!query.where.isEmpty())
        conditions << QStringLiteral("(%1)").arg(query.where);
    if (!segment.where.isEmpty()) {
        conditions << QStringLiteral("(%1)").arg(segment.where);
        *binds << segment.binds;
    }
    return conditions.join(QStringLiteral(" AND "));
}

Outcome PagedReader::select(QSqlQuery& query, const QString& sql, const QVariantList& binds, const QString& context)
{
    if (Outcome prepared = m_database.prepare(query, sql); !prepared)
        return prepared;
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    return m_database.run(query, context);
}

QString PagedReader::tableName() const
{
    return m_query.from.section(QLatin1Char(' '), 0, 0);
}

Outcome PagedReader::probe(int probe, bool deferLongCounts, Layout* layout)
{
    *layout = {};
    QList<PagedQuery::Segment> parts = m_query.from.isEmpty() ? QList<PagedQuery::Segment>() : segmentsOf(m_query);
    if (m_query.keysFirst && !m_query.orderBy.isEmpty() && parts.size() > 1) {
        if (Outcome read = readKeysOfAllSegments(); !read)
            return read;
    }
    qint64 total = 0;
    Outcome outcome;
    for (int s = 0; s < parts.size(); ++s) {
        const Result<qint64> rows = probeSegment(s, parts.at(s), probe, deferLongCounts);
        if (!rows) {
            outcome = rows.failure();
            break;
        }
        layout->segmentStarts << clampedRow(total);
        total += *rows;
        if (*rows <= probe)
            continue;
        if (deferLongCounts) {
            // The rows after the probe, and the segments after this one, are shown once counted.
            layout->countPending = true;
            break;
        }
        const Result<QList<qint64>> counts = countSegments();
        if (!counts) {
            outcome = counts.failure();
            break;
        }
        total = 0;
        layout->segmentStarts.clear();
        for (const qint64 counted : *counts) {
            layout->segmentStarts << clampedRow(total);
            total += counted;
        }
        break;
    }
    layout->rowCount = clampedRow(total);
    return outcome;
}

Result<QList<qint64>> PagedReader::countSegments()
{
    QList<qint64> counts;
    for (const PagedQuery::Segment& segment : segmentsOf(m_query)) {
        QVariantList binds;
        const QString where = whereFor(m_query, segment, &binds);
        QString sql = QStringLiteral("SELECT count(*) FROM %1")
                          .arg(m_query.countFrom.isEmpty() ? m_query.from : m_query.countFrom);
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where;
        QSqlQuery count = m_database.query();
        if (Outcome run = select(count, sql, binds, PagedTableModel::tr("counting rows of %1").arg(tableName())); !run)
            return run;
        counts << (count.next() ? count.value(0).toLongLong() : 0);
    }
    return counts;
}

Result<qint64> PagedReader::probeSegment(int segmentIndex, const PagedQuery::Segment& segment, int probe,
                                         bool firstKeysOnly)
{
    if (const auto known = m_sortedKeys.constFind(segmentIndex); known != m_sortedKeys.constEnd())
        return known->size();
    if (m_query.keysFirst && !m_query.orderBy.isEmpty()) {
        // Every key is read for the order anyway: that is the count too. With the count deferred,
        // only the first keys: the database keeps the smallest few as it goes instead of sorting
        // every row (240,000 violations by urgency: 0.14 against 0.32 s), and the rest are read
        // with the first page past them.
        QList<qint64> keys;
        bool numeric = true;
        if (Outcome read =
                readKeys(segment, firstKeysOnly ? probe + 1 : 0, &keys, &numeric, PagedTableModel::tr("ordering rows"));
            !read)
            return read;
        if (!numeric)
            return Outcome::failed(
                PagedTableModel::tr("ordering rows: the key %1 is not a whole number").arg(m_query.key));
        const qint64 rows = keys.size();
        m_sortedKeys.insert(firstKeysOnly && rows > probe ? firstKeysSlot(segmentIndex) : segmentIndex,
                            std::move(keys));
        return rows;
    }
    if (hasRealKey(m_query) && !m_query.orderBy.isEmpty()) {
        QList<qint64> keys;
        bool numeric = true;
        if (Outcome read = readKeys(segment, probe + 1, &keys, &numeric,
                                    PagedTableModel::tr("counting rows of %1").arg(tableName()));
            !read)
            return read;
        const qint64 rows = keys.size();
        // All of the segment's keys, in order: its pages are read by key, without scanning again.
        if (numeric && rows <= probe)
            m_sortedKeys.insert(segmentIndex, std::move(keys));
        return rows;
    }
    QVariantList binds;
    const QString where = whereFor(m_query, segment, &binds);
    QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1").arg(m_query.from);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" LIMIT %1) probe").arg(probe + 1);
    QSqlQuery count = m_database.query();
    if (Outcome run = select(count, sql, binds, PagedTableModel::tr("counting rows of %1").arg(tableName())); !run)
        return run;
    return count.next() ? count.value(0).toLongLong() : 0;
}

Outcome PagedReader::readKeys(const PagedQuery::Segment& segment, int limit, QList<qint64>* keys, bool* numeric,
                              const QString& context)
{
    QVariantList binds;
    const QString where = whereFor(m_query, segment, &binds);
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(m_query.key, m_query.from);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY ") + m_query.orderBy;
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q = m_database.query();
    Outcome outcome = select(q, sql, binds, context);
    *numeric = true;
    while (outcome && q.next()) {
        bool isNumber = false;
        *keys << q.value(0).toLongLong(&isNumber);
        *numeric = *numeric && isNumber;
    }
    return outcome;
}

Outcome PagedReader::readKeysOfAllSegments()
{
    // One read for every segment: each row's segment is a CASE, and the rows come grouped by it.
    const QList<PagedQuery::Segment> parts = segmentsOf(m_query);
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
    QSqlQuery q = m_database.query();
    Outcome outcome = select(q, sql, binds, PagedTableModel::tr("ordering rows"));
    QHash<int, QList<qint64>> keys;
    for (int s = 0; s < parts.size(); ++s)
        keys.insert(s, {});
    while (outcome && q.next()) {
        if (q.value(1).isNull())
            continue; // in no segment
        bool isNumber = false;
        keys[q.value(1).toInt()] << q.value(0).toLongLong(&isNumber);
        if (!isNumber)
            outcome = Outcome::failed(
                PagedTableModel::tr("ordering rows: the key %1 is not a whole number").arg(m_query.key));
    }
    if (outcome)
        m_sortedKeys = keys;
    return outcome;
}

Result<const QList<qint64>*> PagedReader::sortedKeys(int segmentIndex, const PagedQuery::Segment& segment, int expected)
{
    if (const auto it = m_sortedKeys.constFind(segmentIndex); it != m_sortedKeys.constEnd())
        return &*it;
    if (const auto first = m_sortedKeys.constFind(firstKeysSlot(segmentIndex));
        first != m_sortedKeys.constEnd() && expected <= first->size())
        return &*first;
    QList<qint64> keys;
    keys.reserve(expected);
    bool numeric = true;
    Outcome outcome = readKeys(segment, 0, &keys, &numeric, PagedTableModel::tr("ordering rows"));
    if (outcome && !numeric)
        outcome =
            Outcome::failed(PagedTableModel::tr("ordering rows: the key %1 is not a whole number").arg(m_query.key));
    if (!outcome)
        return outcome;
    m_sortedKeys.remove(firstKeysSlot(segmentIndex));
    return &*m_sortedKeys.insert(segmentIndex, keys);
}

Outcome PagedReader::fetchRows(int segmentIndex, const PagedQuery::Segment& segment, int offset, int count,
                               const QVariant& afterKey, QList<QVariantList>* rows)
{
    const int width = static_cast<int>(m_query.columns.size()) + 1;
    const bool farPage = m_query.keysForFarPages && offset >= kFarPages * m_pageSize;
    if ((m_query.keysFirst && !m_query.orderBy.isEmpty()) || m_sortedKeys.contains(segmentIndex) ||
        (farPage && hasRealKey(m_query) && !m_query.orderBy.isEmpty())) {
        const Result<const QList<qint64>*> keys = sortedKeys(segmentIndex, segment, offset + count);
        if (!keys)
            return keys.failure();
        QVariantList wanted;
        for (qsizetype i = offset; i < qMin<qsizetype>(offset + count, (*keys)->size()); ++i)
            wanted << (*keys)->at(i);
        if (wanted.isEmpty())
            return Outcome::ok();
        const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                                .arg(m_query.selectList(), m_query.from, m_query.key,
                                     QStringList(wanted.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        QList<QVariantList> found;
        if (Outcome read = readRows(sql, wanted, width, &found); !read)
            return read;
        QHash<qint64, qsizetype> position;
        for (qsizetype i = 0; i < found.size(); ++i)
            position.insert(found.at(i).last().toLongLong(), i);
        for (const QVariant& key : std::as_const(wanted)) {
            // A row deleted since the keys were read is skipped, as the next count would.
            if (const auto it = position.constFind(key.toLongLong()); it != position.constEnd())
                *rows << found.at(*it);
        }
        return Outcome::ok();
    }

    QVariantList binds;
    QString where = whereFor(m_query, segment, &binds);
    const bool byKey = afterKey.isValid() && !afterKey.isNull();
    if (byKey) {
        where += (where.isEmpty() ? QString() : QStringLiteral(" AND ")) + QStringLiteral("%1 > ?").arg(m_query.key);
        binds << afterKey;
    }
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    const QString order = m_query.orderBy.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + m_query.orderBy;
    QString sql;
    if (!byKey && offset > 0 && hasRealKey(m_query)) {
        // Skipping rows costs what computing their columns costs (PostgreSQL projects every
        // skipped row: jsonb as text, for one): skip over the keys alone, then read the page.
        sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (SELECT %3 FROM %2%4%5 LIMIT ? OFFSET ?)%5")
                  .arg(m_query.selectList(), m_query.from, m_query.key, filter, order);
    } else {
        sql = QStringLiteral("SELECT %1 FROM %2%3%4").arg(m_query.selectList(), m_query.from, filter, order) +
              (byKey ? QStringLiteral(" LIMIT ?") : QStringLiteral(" LIMIT ? OFFSET ?"));
    }
    binds << count;
    if (!byKey)
        binds << offset;
    return readRows(sql, binds, width, rows);
}

Outcome PagedReader::readRows(const QString& sql, const QVariantList& binds, int width, QList<QVariantList>* rows)
{
    QSqlQuery q = m_database.query();
    if (Outcome run = select(q, sql, binds, PagedTableModel::tr("reading rows")); !run)
        return run;
    while (q.next()) {
        QVariantList row;
        row.reserve(width);
        for (int c = 0; c < width; ++c)
            row << q.value(c);
        *rows << row;
    }
    return Outcome::ok();
}

Outcome PagedReader::readPage(int pageIndex, const Layout& layout, const std::function<QVariant(int row)>& cachedKey,
                              QList<QVariantList>* rows)
{
    const int first = pageIndex * m_pageSize;
    const int end = qMin(first + m_pageSize, layout.rowCount);
    const QList<PagedQuery::Segment> parts = segmentsOf(m_query);
    const int width = static_cast<int>(m_query.columns.size()) + 1;
    rows->reserve(m_pageSize);
    for (int s = 0; s < parts.size() && s < layout.segmentStarts.size(); ++s) {
        const int segmentStart = layout.segmentStarts.at(s);
        const int segmentEnd = s + 1 < layout.segmentStarts.size() ? layout.segmentStarts.at(s + 1) : layout.rowCount;
        const int from = qMax(first, segmentStart);
        const int to = qMin(end, segmentEnd);
        if (from >= to)
            continue;
        // Continuing right after a cached row of the same segment: seek by key, not by OFFSET.
        const QVariant afterKey = m_query.orderedByKey && from > segmentStart ? cachedKey(from - 1) : QVariant();
        if (Outcome read = fetchRows(s, parts.at(s), from - segmentStart, to - from, afterKey, rows); !read)
            return read;
        // Rows removed since the count leave blank rows, so that later segments stay in place.
        while (rows->size() < to - first && to < end)
            *rows << QVariantList(width);
    }
    return Outcome::ok();
}

} // namespace steward
