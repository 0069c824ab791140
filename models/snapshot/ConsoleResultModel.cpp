#include "ConsoleResultModel.h"

#include "models/itemmodels/PagedTableModel.h"

namespace steward {

ConsoleResultModel::ConsoleResultModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConsoleResultModel::setResult(ConsoleResult result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

void ConsoleResultModel::clear()
{
    setResult({});
}

CellValue ConsoleResultModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_result.rows.size() || column < 0 || column >= m_result.columns.names.size())
        return {};
    return mapValue(m_result.rows.at(row).value(column), m_result.columns.types.value(column, LogicalType::Text));
}

int ConsoleResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.rows.size());
}

int ConsoleResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.columns.names.size());
}

QVariant ConsoleResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogicalType type = m_result.columns.types.value(index.column(), LogicalType::Text);
    switch (role) {
    case Qt::TextAlignmentRole:
        if (type == LogicalType::Integer || type == LogicalType::Numeric)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole: {
        QString text = cell(index.row(), index.column()).text();
        // One line per cell, as in every other table.
        if (text.size() > 300)
            text = text.left(300) + QStringLiteral("…");
        return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    case Qt::ToolTipRole: {
        const QString text = cell(index.row(), index.column()).text();
        return text.size() > 40 ? text.left(2000) : QVariant();
    }
    case PagedTableModel::CellRole:
        return QVariant::fromValue(cell(index.row(), index.column()));
    case PagedTableModel::RawRole:
        return m_result.rows.at(index.row()).value(index.column());
    case PagedTableModel::InvalidJsonRole: {
        const CellValue value = cell(index.row(), index.column());
        return value.type == LogicalType::Json && value.malformed;
    }
    case PagedTableModel::DimmedRole:
        return cell(index.row(), index.column()).isNull();
    default:
        return {};
    }
}

QVariant ConsoleResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_result.columns.names.value(section);
}

} // namespace steward
