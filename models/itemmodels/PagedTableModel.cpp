#include "PagedTableModel.h"

#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QTimer>
#include <algorithm>

namespace steward {

PagedTableModel::PagedTableModel(QObject* parent)
    : QAbstractTableModel(parent), m_loader(new QTimer(this)), m_counter(new QTimer(this)),
      m_countJobs(new JobRunner(this))
{
    m_loader->setSingleShot(true);
    m_loader->setInterval(0);
    connect(m_loader, &QTimer::timeout, this, &PagedTableModel::loadRequested);
    m_counter->setSingleShot(true);
    m_counter->setInterval(0);
    connect(m_counter, &QTimer::timeout, this, [this] {
        if (const Outcome counted = completeCount(); !counted)
            emit fetchFailed(counted.message());
    });
}

void PagedTableModel::setDatabase(Database* database)
{
    beginResetModel();
    m_database = database;
    m_query = {};
    m_rowCount = 0;
    m_countPending = false;
    stopCount();
    m_countJobs->release(); // the count's connection was to the database before
    m_segmentStarts.clear();
    m_sortedKeys.clear();
    m_pages.clear();
    m_requestedPages.clear();
    endResetModel();
}

void PagedTableModel::clear()
{
    beginResetModel();
    m_query = {};
    m_rowCount = 0;
    m_countPending = false;
    stopCount();
    m_segmentStarts.clear();
    m_sortedKeys.clear();
    m_pages.clear();
    m_requestedPages.clear();
    endResetModel();
}

QList<PagedQuery::Segment> PagedTableModel::segments() const
{
    return segmentsOf(m_query);
}

QList<PagedQuery::Segment> PagedTableModel::segmentsOf(const PagedQuery& query)
{
    return query.segments.isEmpty() ? QList<PagedQuery::Segment>{PagedQuery::Segment{}} : query.segments;
}

bool PagedTableModel::hasRealKey() const
{
    return !m_query.key.isEmpty() && !m_query.key.startsWith(QLatin1String("NULL"));
}

QString PagedTableModel::whereFor(const PagedQuery::Segment& segment, QVariantList* binds) const
{
    return whereFor(m_query, segment, binds);
}

QString PagedTableModel::whereFor(const PagedQuery& query, const PagedQuery::Segment& segment, QVariantList* binds)
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

Outcome PagedTableModel::setQuery(const PagedQuery& query)
{
    beginResetModel();
    m_query = query;
    m_pages.clear();
    m_requestedPages.clear();
    m_sortedKeys.clear();
    m_rowCount = 0;
    m_segmentStarts.clear();
    m_countPending = false;
    stopCount();
    m_lastError = Outcome::ok();
    QList<PagedQuery::Segment> parts =
        m_database && !m_query.from.isEmpty() ? segments() : QList<PagedQuery::Segment>();
    qint64 total = 0;
    if (m_query.keysFirst && !m_query.orderBy.isEmpty() && parts.size() > 1) {
        if (Outcome read = readKeysOfAllSegments(); !read) {
            m_lastError = read;
            parts.clear();
        }
    }
    for (int s = 0; s < parts.size(); ++s) {
        const Result<qint64> rows = probeSegment(s, parts.at(s));
        if (!rows) {
            m_lastError = rows.failure();
            break;
        }
        m_segmentStarts << static_cast<int>(qMin<qint64>(total, std::numeric_limits<int>::max()));
        total += *rows;
        if (*rows <= kCountProbe)
            continue;
        if (m_deferLongCounts) {
            // The rows after the probe, and the segments after this one, are shown once counted.
            m_countPending = true;
            startCount();
            break;
        }
        const Result<QList<qint64>> counts = countNow();
        if (!counts) {
            m_lastError = counts.failure();
            break;
        }
        total = 0;
        m_segmentStarts.clear();
        for (const qint64 counted : *counts) {
            m_segmentStarts << static_cast<int>(qMin<qint64>(total, std::numeric_limits<int>::max()));
            total += counted;
        }
        break;
    }
    m_rowCount = static_cast<int>(qMin<qint64>(total, std::numeric_limits<int>::max()));
    endResetModel();
    return m_lastError;
}

Outcome PagedTableModel::refresh()
{
    return setQuery(PagedQuery(m_query));
}

void PagedTableModel::setPageSize(int rows)
{
    beginResetModel();
    m_pageSize = qMax(1, rows);
    m_pages.clear();
    m_requestedPages.clear();
    endResetModel();
}

void PagedTableModel::setMaxCachedPages(int pages)
{
    m_maxPages = qMax(2, pages);
    evictIfNeeded();
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_query.columns.size());
}

void PagedTableModel::evictIfNeeded() const
{
    while (m_pages.size() > m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

QVariant PagedTableModel::cachedKey(int row) const
{
    const auto it = m_pages.constFind(row / m_pageSize);
    const int offset = row % m_pageSize;
    if (it == m_pages.constEnd() || offset >= it->rows.size() || it->rows.at(offset).isEmpty())
        return {};
    return it->rows.at(offset).last();
}

bool PagedTableModel::fetchRows(int segmentIndex, const PagedQuery::Segment& segment, int offset, int count,
                                const QVariant& afterKey, QList<QVariantList>* rows) const
{
    const int width = static_cast<int>(m_query.columns.size()) + 1;
    const bool farPage = m_query.keysForFarPages && offset >= kFarPages * m_pageSize;
    if ((m_query.keysFirst && !m_query.orderBy.isEmpty()) || m_sortedKeys.contains(segmentIndex) ||
        (farPage && hasRealKey() && !m_query.orderBy.isEmpty())) {
        const QList<qint64>* keys = sortedKeys(segmentIndex, segment);
        if (!keys)
            return false;
        QVariantList wanted;
        for (qsizetype i = offset; i < qMin<qsizetype>(offset + count, keys->size()); ++i)
            wanted << keys->at(i);
        if (wanted.isEmpty())
            return true;
        const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                                .arg(m_query.selectList(), m_query.from, m_query.key,
                                     QStringList(wanted.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        QList<QVariantList> found;
        if (!readRows(sql, wanted, width, &found))
            return false;
        QHash<qint64, qsizetype> position;
        for (qsizetype i = 0; i < found.size(); ++i)
            position.insert(found.at(i).last().toLongLong(), i);
        for (const QVariant& key : std::as_const(wanted)) {
            // A row deleted since the keys were read is skipped, as the next count would.
            if (const auto it = position.constFind(key.toLongLong()); it != position.constEnd())
                *rows << found.at(*it);
        }
        return true;
    }

    QVariantList binds;
    QString where = whereFor(segment, &binds);
    const bool byKey = afterKey.isValid() && !afterKey.isNull();
    if (byKey) {
        where += (where.isEmpty() ? QString() : QStringLiteral(" AND ")) + QStringLiteral("%1 > ?").arg(m_query.key);
        binds << afterKey;
    }
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    const QString order = m_query.orderBy.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + m_query.orderBy;
    QString sql;
    if (!byKey && offset > 0 && hasRealKey()) {
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

bool PagedTableModel::readRows(const QString& sql, const QVariantList& binds, int width,
                               QList<QVariantList>* rows) const
{
    QSqlQuery q = m_database->query();
    Outcome outcome = m_database->prepare(q, sql);
    if (outcome) {
        for (const QVariant& bind : binds)
            q.addBindValue(bind);
        outcome = m_database->run(q, tr("reading rows"));
    }
    if (!outcome) {
        m_lastError = outcome;
        m_failureToReport = true; // reported by loadRequested(), from the event loop
        m_loader->start();
        return false;
    }
    while (q.next()) {
        QVariantList row;
        row.reserve(width);
        for (int c = 0; c < width; ++c)
            row << q.value(c);
        *rows << row;
    }
    return true;
}

bool PagedTableModel::fetchPage(int pageIndex) const
{
    if (!m_database)
        return false;
    const int first = pageIndex * m_pageSize;
    const int end = qMin(first + m_pageSize, m_rowCount);
    const QList<PagedQuery::Segment> parts = segments();
    const int width = static_cast<int>(m_query.columns.size()) + 1;
    Page fetched;
    fetched.rows.reserve(m_pageSize);
    for (int s = 0; s < parts.size() && s < m_segmentStarts.size(); ++s) {
        const int segmentStart = m_segmentStarts.at(s);
        const int segmentEnd = s + 1 < m_segmentStarts.size() ? m_segmentStarts.at(s + 1) : m_rowCount;
        const int from = qMax(first, segmentStart);
        const int to = qMin(end, segmentEnd);
        if (from >= to)
            continue;
        // Continuing right after a cached row of the same segment: seek by key, not by OFFSET.
        const QVariant afterKey = m_query.orderedByKey && from > segmentStart ? cachedKey(from - 1) : QVariant();
        if (!fetchRows(s, parts.at(s), from - segmentStart, to - from, afterKey, &fetched.rows))
            return false;
        // Rows removed since the count leave blank rows, so that later segments stay in place.
        while (fetched.rows.size() < to - first && to < end)
            fetched.rows << QVariantList(width);
    }
    fetched.lastUse = ++m_useClock;
    m_pages.insert(pageIndex, fetched);
    ++m_pagesFetched;
    evictIfNeeded();
    return true;
}

const PagedTableModel::Page* PagedTableModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        if (!fetchPage(pageIndex))
            return nullptr;
        it = m_pages.find(pageIndex);
        if (it == m_pages.end())
            return nullptr;
    }
    it->lastUse = ++m_useClock;
    return &*it;
}

const PagedTableModel::Page* PagedTableModel::cachedPage(int pageIndex) const
{
    const auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        m_requestedPages.insert(pageIndex);
        m_loader->start();
        return nullptr;
    }
    it->lastUse = ++m_useClock;
    return &*it;
}

void PagedTableModel::loadRequested()
{
    QList<int> requested = std::exchange(m_requestedPages, {}).values();
    std::sort(requested.begin(), requested.end());
    for (const int pageIndex : std::as_const(requested)) {
        const int first = pageIndex * m_pageSize;
        if (m_pages.contains(pageIndex) || first >= m_rowCount)
            continue;
        if (!fetchPage(pageIndex))
            break;
        const int last = qMin(first + m_pageSize, m_rowCount) - 1;
        if (columnCount() > 0)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
    if (std::exchange(m_failureToReport, false))
        emit fetchFailed(m_lastError.message());
}

bool PagedTableModel::refreshRow(int row)
{
    if (!m_database || !hasRealKey() || row < 0 || row >= m_rowCount)
        return false;
    const auto it = m_pages.find(row / m_pageSize);
    const int offset = row % m_pageSize;
    if (it == m_pages.end() || offset >= it->rows.size() || it->rows.at(offset).isEmpty())
        return true; // not in memory: read as it is when next shown
    const QVariant key = it->rows.at(offset).last();
    if (!key.isValid() || key.isNull())
        return true; // a blank left by a row removed since the count
    QList<QVariantList> found;
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(m_query.selectList(), m_query.from, m_query.key);
    if (!readRows(sql, {key}, static_cast<int>(m_query.columns.size()) + 1, &found)) {
        m_failureToReport = false;
        emit fetchFailed(m_lastError.message());
        return false;
    }
    // A row deleted meanwhile keeps its last values until the next refresh, as other rows do.
    if (found.isEmpty())
        return true;
    it->rows[offset] = found.first();
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

QVariant PagedTableModel::keyAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    const Page* p = page(row / m_pageSize);
    const int offset = row % m_pageSize;
    if (!p || offset >= p->rows.size())
        return {};
    return p->rows.at(offset).last();
}

int PagedTableModel::rowsInSegment(int segment) const
{
    if (segment < 0 || segment >= m_segmentStarts.size())
        return 0;
    const int end = segment + 1 < m_segmentStarts.size() ? m_segmentStarts.at(segment + 1) : m_rowCount;
    return end - m_segmentStarts.at(segment);
}

int PagedTableModel::cachedRowOfValue(int column, const QVariant& raw) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (column < it->rows.at(i).size() && it->rows.at(i).at(column) == raw)
                return it.key() * m_pageSize + i;
        }
    }
    return -1;
}

CellValue PagedTableModel::valueAt(const Page* p, int row, int column) const
{
    const int offset = row % m_pageSize;
    if (!p || offset >= p->rows.size())
        return {};
    const PagedQuery::Column& spec = m_query.columns.at(column);
    if (spec.secret) {
        CellValue hidden;
        if (!p->rows.at(offset).at(column).isNull())
            hidden.value = secretPlaceholder();
        return hidden;
    }
    return mapValue(p->rows.at(offset).at(column), spec.type);
}

CellValue PagedTableModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= m_query.columns.size())
        return {};
    return valueAt(page(row / m_pageSize), row, column);
}

std::optional<CellValue> PagedTableModel::loadedCell(int row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= m_query.columns.size())
        return CellValue();
    const Page* p = cachedPage(row / m_pageSize);
    if (!p)
        return std::nullopt;
    return valueAt(p, row, column);
}

bool PagedTableModel::isRowLoaded(int row) const
{
    return row < 0 || row >= m_rowCount || cachedPage(row / m_pageSize);
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole) {
        const LogicalType type = m_query.columns.at(index.column()).type;
        if (type == LogicalType::Integer || type == LogicalType::Numeric)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == LoadingRole)
        return !isRowLoaded(index.row());
    const Page* p = cachedPage(index.row() / m_pageSize);
    if (!p)
        return {}; // loading
    switch (role) {
    case Qt::DisplayRole: {
        QString text = valueAt(p, index.row(), index.column()).text();
        // One line per cell; the detail views show whole texts.
        if (text.size() > 300)
            text = text.left(300) + QStringLiteral("…");
        return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    case Qt::ToolTipRole: {
        const CellValue value = valueAt(p, index.row(), index.column());
        if (value.type == LogicalType::Json && value.malformed)
            return tr("Invalid JSON (%1): %2").arg(value.json.error, value.json.raw.left(500));
        const QString text = value.text();
        return text.size() > 40 ? text.left(2000) : QVariant();
    }
    case CellRole:
        return QVariant::fromValue(valueAt(p, index.row(), index.column()));
    case RawRole: {
        if (m_query.columns.at(index.column()).secret)
            return {};
        const int offset = index.row() % m_pageSize;
        return offset < p->rows.size() ? p->rows.at(offset).at(index.column()) : QVariant();
    }
    case KeyRole: {
        const int offset = index.row() % m_pageSize;
        return offset < p->rows.size() ? p->rows.at(offset).last() : QVariant();
    }
    case InvalidJsonRole: {
        const CellValue value = valueAt(p, index.row(), index.column());
        return value.type == LogicalType::Json && value.malformed;
    }
    case DimmedRole:
        return m_query.columns.at(index.column()).secret || valueAt(p, index.row(), index.column()).isNull();
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_query.columns.size())
        return {};
    return m_query.columns.at(section).name;
}

} // namespace steward
