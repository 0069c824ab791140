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
      m_countJobs(new JobRunner(this)), m_readJobs(new JobRunner(this))
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
    stopReading();
    beginResetModel();
    m_database = database;
    m_query = {};
    m_rowCount = 0;
    m_shownRows = 0;
    m_countPending = false;
    ++m_layoutSerial;
    stopCount();
    // The jobs' connections were to the database before.
    m_countJobs->release();
    m_readJobs->release();
    m_segmentStarts.clear();
    m_sortedKeys.clear();
    m_pages.clear();
    m_requestedPages.clear();
    endResetModel();
}

void PagedTableModel::clear()
{
    stopReading();
    beginResetModel();
    m_query = {};
    m_rowCount = 0;
    m_shownRows = 0;
    m_countPending = false;
    ++m_layoutSerial;
    stopCount();
    m_segmentStarts.clear();
    m_sortedKeys.clear();
    m_pages.clear();
    m_requestedPages.clear();
    endResetModel();
}

QList<PagedQuery::Segment> PagedTableModel::segments() const
{
    return PagedReader::segmentsOf(m_query);
}

bool PagedTableModel::hasRealKey() const
{
    return PagedReader::hasRealKey(m_query);
}

PagedReader::Layout PagedTableModel::layout() const
{
    return {m_rowCount, m_segmentStarts, m_countPending};
}

void PagedTableModel::setLayout(const PagedReader::Layout& layout)
{
    m_rowCount = layout.rowCount;
    m_shownRows = m_rowCount;
    m_segmentStarts = layout.segmentStarts;
    m_countPending = layout.countPending;
}

Outcome PagedTableModel::setQuery(const PagedQuery& query)
{
    if (readsInJobs() && !query.from.isEmpty()) {
        loadInJob(query);
        return Outcome::ok();
    }
    stopReading();
    beginResetModel();
    m_query = query;
    m_pages.clear();
    m_requestedPages.clear();
    m_sortedKeys.clear();
    stopCount();
    ++m_layoutSerial;
    PagedReader::Layout probed;
    m_lastError = Outcome::ok();
    if (m_database)
        m_lastError =
            PagedReader(*m_database, m_query, m_pageSize, m_sortedKeys).probe(kCountProbe, m_deferLongCounts, &probed);
    setLayout(probed);
    endResetModel();
    if (m_countPending)
        startCount();
    emit queryLoaded();
    return m_lastError;
}

Outcome PagedTableModel::refresh()
{
    return setQuery(PagedQuery(m_loading ? m_loadingQuery : m_query));
}

void PagedTableModel::setPageSize(int rows)
{
    beginResetModel();
    ++m_layoutSerial;
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
    return parent.isValid() ? 0 : m_shownRows;
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

void PagedTableModel::reportLater(const Outcome& failure) const
{
    m_lastError = failure;
    m_failureToReport = true;
    m_loader->start();
}

bool PagedTableModel::fetchPage(int pageIndex) const
{
    if (!m_database)
        return false;
    Page fetched;
    const Outcome read = PagedReader(*m_database, m_query, m_pageSize, m_sortedKeys)
                             .readPage(
                                 pageIndex, layout(), [this](int row) { return cachedKey(row); }, &fetched.rows);
    if (!read) {
        reportLater(read);
        return false;
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
    if (readsInJobs()) {
        readPagesInJob();
        return;
    }
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
    if (const Outcome read = PagedReader(*m_database, m_query, m_pageSize, m_sortedKeys)
                                 .readRows(sql, {key}, static_cast<int>(m_query.columns.size()) + 1, &found);
        !read) {
        m_lastError = read;
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
