#include "VersionTableModel.h"

#include "models/itemmodels/PagedTableModel.h"

#include <algorithm>

namespace steward {

namespace {
// SQL's order of values: numbers before text, numbers by value, text as stored.
int compareRaw(const QVariant& a, const QVariant& b)
{
    const auto isNumber = [](const QVariant& v) {
        const int type = v.typeId();
        return type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int ||
               type == QMetaType::ULongLong || type == QMetaType::UInt;
    };
    const bool numberA = isNumber(a);
    const bool numberB = isNumber(b);
    if (numberA && numberB) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    if (numberA != numberB)
        return numberA ? -1 : 1;
    return QString::compare(a.toString(), b.toString(), Qt::CaseSensitive);
}
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
    beginResetModel();
    m_sortColumn = m_query.columnIndex(column) >= 0 ? column : QString();
    m_descending = descending;
    arrange();
    endResetModel();
}

void VersionTableModel::setFilter(const QString& text)
{
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
    std::stable_sort(m_shown.begin(), m_shown.end(), [this, column](int a, int b) {
        const QVariant& x = m_rows.at(a).at(column);
        const QVariant& y = m_rows.at(b).at(column);
        if (x.isNull() != y.isNull())
            return y.isNull();
        if (x.isNull())
            return false;
        const int order = compareRaw(x, y);
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
