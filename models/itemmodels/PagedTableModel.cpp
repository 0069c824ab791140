#include "PagedTableModel.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace steward {

PagedTableModel::PagedTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PagedTableModel::setDatabase(Database* database)
{
    beginResetModel();
    m_database = database;
    m_query = {};
    m_rowCount = 0;
    m_pages.clear();
    endResetModel();
}

void PagedTableModel::clear()
{
    beginResetModel();
    m_query = {};
    m_rowCount = 0;
    m_pages.clear();
    endResetModel();
}

QString PagedTableModel::countSql() const
{
    QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(m_query.from);
    if (!m_query.where.isEmpty())
        sql += QStringLiteral(" WHERE ") + m_query.where;
    return sql;
}

Outcome PagedTableModel::setQuery(const PagedQuery& query)
{
    beginResetModel();
    m_query = query;
    m_pages.clear();
    m_rowCount = 0;
    m_lastError = Outcome::ok();
    if (m_database && !m_query.from.isEmpty()) {
        QSqlQuery count = m_database->query();
        if (Outcome prepared = m_database->prepare(count, countSql()); !prepared) {
            m_lastError = prepared;
        } else {
            for (const QVariant& bind : m_query.binds)
                count.addBindValue(bind);
            if (Outcome ran = m_database->run(count, tr("counting rows")); !ran)
                m_lastError = ran;
            else if (count.next())
                m_rowCount = static_cast<int>(qMin<qint64>(count.value(0).toLongLong(), std::numeric_limits<int>::max()));
        }
    }
    endResetModel();
    return m_lastError;
}

Outcome PagedTableModel::refresh()
{
    return setQuery(PagedQuery(m_query));
}

void PagedTableModel::refreshRow(int row)
{
    if (row < 0 || row >= m_rowCount)
        return;
    const int pageIndex = row / m_pageSize;
    m_pages.remove(pageIndex);
    // A row that no longer matches the filter leaves a gap; the next refresh() recounts.
    fetchPage(pageIndex);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void PagedTableModel::setPageSize(int rows)
{
    beginResetModel();
    m_pageSize = qMax(1, rows);
    m_pages.clear();
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

bool PagedTableModel::fetchPage(int pageIndex) const
{
    if (!m_database)
        return false;
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(m_query.selectList(), m_query.from);
    QVariantList binds = m_query.binds;
    QStringList conditions;
    if (!m_query.where.isEmpty())
        conditions << QStringLiteral("(%1)").arg(m_query.where);
    bool byKey = false;
    if (m_query.orderedByKey && pageIndex > 0) {
        auto previous = m_pages.constFind(pageIndex - 1);
        if (previous != m_pages.constEnd() && previous->rows.size() == m_pageSize) {
            conditions << QStringLiteral("%1 > ?").arg(m_query.key);
            binds << previous->rows.last().last();
            byKey = true;
        }
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (!m_query.orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + m_query.orderBy;
    sql += byKey ? QStringLiteral(" LIMIT ?") : QStringLiteral(" LIMIT ? OFFSET ?");
    binds << m_pageSize;
    if (!byKey)
        binds << static_cast<qint64>(pageIndex) * m_pageSize;

    QSqlQuery q = m_database->query();
    Outcome outcome = m_database->prepare(q, sql);
    if (outcome) {
        for (const QVariant& bind : binds)
            q.addBindValue(bind);
        outcome = m_database->run(q, tr("reading rows"));
    }
    if (!outcome) {
        m_lastError = outcome;
        emit const_cast<PagedTableModel*>(this)->fetchFailed(outcome.message());
        return false;
    }
    Page fetched;
    fetched.rows.reserve(m_pageSize);
    const int width = static_cast<int>(m_query.columns.size()) + 1;
    while (q.next()) {
        QVariantList row;
        row.reserve(width);
        for (int c = 0; c < width; ++c)
            row << q.value(c);
        fetched.rows << row;
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

int PagedTableModel::cachedRowOfKey(const QVariant& key) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).last() == key)
                return it.key() * m_pageSize + i;
        }
    }
    return -1;
}

CellValue PagedTableModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= m_query.columns.size())
        return {};
    const Page* p = page(row / m_pageSize);
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

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const CellValue value = cell(index.row(), index.column());
        QString text = value.text();
        // One line per cell; the detail views show whole texts.
        if (text.size() > 300)
            text = text.left(300) + QStringLiteral("…");
        return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    case Qt::ToolTipRole: {
        const CellValue value = cell(index.row(), index.column());
        if (value.type == LogicalType::Json && value.malformed)
            return tr("Invalid JSON (%1): %2").arg(value.json.error, value.json.raw.left(500));
        const QString text = value.text();
        return text.size() > 40 ? text.left(2000) : QVariant();
    }
    case Qt::TextAlignmentRole: {
        const LogicalType type = m_query.columns.at(index.column()).type;
        if (type == LogicalType::Integer || type == LogicalType::Numeric)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case CellRole:
        return QVariant::fromValue(cell(index.row(), index.column()));
    case RawRole: {
        if (m_query.columns.at(index.column()).secret)
            return {};
        const Page* p = page(index.row() / m_pageSize);
        const int offset = index.row() % m_pageSize;
        return p && offset < p->rows.size() ? p->rows.at(offset).at(index.column()) : QVariant();
    }
    case KeyRole:
        return keyAt(index.row());
    case InvalidJsonRole: {
        const CellValue value = cell(index.row(), index.column());
        return value.type == LogicalType::Json && value.malformed;
    }
    case DimmedRole:
        return m_query.columns.at(index.column()).secret || cell(index.row(), index.column()).isNull();
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
