#include "VersionTableModel.h"

#include "models/itemmodels/PagedTableModel.h"

#include <algorithm>
#include <vector>

namespace steward {

namespace {
// One cell as SQL orders it: NULLs apart, numbers before text, numbers by value, text as stored.
struct SortKey
{
    bool null = true;
    bool number = false;
    double value = 0;
    QString text;

    // `numeric`: a number column, whose values a driver may hand over as text (PostgreSQL's numeric).
    SortKey(const QVariant& raw, bool numeric)
    {
        null = raw.isNull();
        const int type = raw.typeId();
        number = type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int ||
                 type == QMetaType::ULongLong || type == QMetaType::UInt;
        if (number)
            value = raw.toDouble();
        else if (numeric && !null)
            value = raw.toString().toDouble(&number);
        if (!number && !null)
            text = raw.toString();
    }
    int compare(const SortKey& other) const
    {
        if (number && other.number)
            return value < other.value ? -1 : (other.value < value ? 1 : 0);
        if (number != other.number)
            return number ? -1 : 1;
        return QString::compare(text, other.text, Qt::CaseSensitive);
    }
};
} // namespace

void VersionTableModel::setRows(const PagedQuery& query, QList<QVariantList> rows)
{
    beginResetModel();
    m_query = query;
    m_rows = std::move(rows);
    if (m_query.columnIndex(m_sortColumn) < 0)
        m_sortColumn.clear();
    arrange();
    endResetModel();
}

void VersionTableModel::clear()
{
    setRows({}, {});
}

void VersionTableModel::sortBy(const QString& column, bool descending)
{
    const QString known = m_query.columnIndex(column) >= 0 ? column : QString();
    if (known == m_sortColumn && (known.isEmpty() || descending == m_descending))
        return; // as it is: the view keeps its selection and place
    beginResetModel();
    m_sortColumn = known;
    m_descending = descending;
    arrange();
    endResetModel();
}

void VersionTableModel::setFilter(const QString& text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    arrange();
    endResetModel();
}

void VersionTableModel::arrange()
{
    m_shown.clear();
    m_shown.reserve(m_rows.size());
    const int versionColumn = m_query.columnIndex(QStringLiteral("model_version"));
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_filter.isEmpty() || versionColumn < 0 ||
            m_rows.at(i).at(versionColumn).toString().contains(m_filter, Qt::CaseInsensitive))
            m_shown << i;
    }
    const int column = m_query.columnIndex(m_sortColumn);
    if (column < 0)
        return;
    // Each cell's key once, not at every comparison: tens of thousands of rows sort in milliseconds.
    const LogicalType type = m_query.columns.at(column).type;
    const bool numeric = type == LogicalType::Integer || type == LogicalType::Numeric;
    std::vector<SortKey> keys;
    keys.reserve(m_rows.size());
    for (const QVariantList& row : std::as_const(m_rows))
        keys.emplace_back(row.at(column), numeric);
    std::stable_sort(m_shown.begin(), m_shown.end(), [this, &keys](int a, int b) {
        const SortKey& x = keys[a];
        const SortKey& y = keys[b];
        if (x.null != y.null)
            return y.null; // NULLs last either way
        if (x.null)
            return false;
        const int order = x.compare(y);
        return m_descending ? order > 0 : order < 0;
    });
}

const QVariantList* VersionTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_rows.at(m_shown.at(row)) : nullptr;
}

CellValue VersionTableModel::cell(int row, int column) const
{
    const QVariantList* values = rowAt(row);
    if (!values || column < 0 || column >= m_query.columns.size())
        return {};
    return mapValue(values->at(column), m_query.columns.at(column).type);
}

int VersionTableModel::rowOf(const QString& version, int limit) const
{
    const int column = m_query.columnIndex(QStringLiteral("model_version"));
    const qsizetype end = limit < 0 ? m_shown.size() : qMin<qsizetype>(limit, m_shown.size());
    for (int row = 0; column >= 0 && !version.isEmpty() && row < end; ++row) {
        if (m_rows.at(m_shown.at(row)).at(column).toString() == version)
            return row;
    }
    return -1;
}

bool VersionTableModel::isRowLoaded(int row) const
{
    Q_UNUSED(row)
    return true;
}

int VersionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int VersionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_query.columns.size());
}

QVariant VersionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogicalType type = m_query.columns.at(index.column()).type;
    switch (role) {
    case Qt::TextAlignmentRole:
        return type == LogicalType::Integer || type == LogicalType::Numeric
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case PagedTableModel::LoadingRole:
        return false; // every row is in memory
    case PagedTableModel::InvalidJsonRole:
        return type == LogicalType::Json && cell(index.row(), index.column()).malformed;
    case Qt::DisplayRole:
        // Versions, dates and numbers: one short line each.
        return cell(index.row(), index.column()).text();
    case PagedTableModel::CellRole:
        return QVariant::fromValue(cell(index.row(), index.column()));
    case PagedTableModel::RawRole:
        return rowAt(index.row())->at(index.column());
    case PagedTableModel::KeyRole:
        return rowAt(index.row())->last();
    case PagedTableModel::DimmedRole:
        return cell(index.row(), index.column()).isNull();
    default:
        return {};
    }
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < m_query.columns.size() ? QVariant(m_query.columns.at(section).name) : QVariant();
}

} // namespace steward
