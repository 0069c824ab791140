#include "TableListModel.h"

#include "models/db/Database.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace steward {

TableListModel::TableListModel(QObject* parent) : QAbstractTableModel(parent) {}

Outcome TableListModel::load(Database& database, const SchemaCatalog& catalog)
{
    setTables(catalog);
    Outcome failure;
    setCounts(countAll(database, tables(), &failure));
    return failure;
}

void TableListModel::setTables(const SchemaCatalog& catalog)
{
    beginResetModel();
    m_entries.clear();
    for (const TableInfo& table : catalog.tables())
        m_entries << Entry{table, kCounting};
    endResetModel();
}

QList<qint64> TableListModel::countAll(Database& database, const QList<TableInfo>& tables, Outcome* failure)
{
    QList<qint64> rows;
    for (const TableInfo& table : tables) {
        // A view of a file nobody vouched for is not run (it could be made to never end).
        if (table.isView && database.options().untrusted) {
            rows << -1;
            continue;
        }
        auto counted = countRows(database, table);
        if (!counted && failure && *failure)
            *failure = counted.failure();
        rows << (counted ? *counted : -1);
    }
    return rows;
}

void TableListModel::setCounts(const QList<qint64>& rows)
{
    for (qsizetype i = 0; i < m_entries.size() && i < rows.size(); ++i)
        m_entries[i].rows = rows.at(i);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, RowsColumn), index(static_cast<int>(m_entries.size()) - 1, RowsColumn));
}

QList<TableInfo> TableListModel::tables() const
{
    QList<TableInfo> tables;
    for (const Entry& entry : m_entries)
        tables << entry.table;
    return tables;
}

bool TableListModel::isCounting() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry& entry) { return entry.rows == kCounting; });
}

void TableListModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

const TableInfo* TableListModel::tableAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row).table : nullptr;
}

int TableListModel::rowOfTable(const QString& name) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).table.name == name)
            return i;
    }
    return -1;
}

int TableListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TableListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    if (role == TableNameRole)
        return entry.table.name;
    if (role == Qt::TextAlignmentRole && index.column() == RowsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == RowsColumn && entry.rows == kCounting)
        return QCoreApplication::translate("TableListModel", "Counting the rows…");
    if (role == Qt::ToolTipRole && index.column() == RowsColumn && entry.rows < 0)
        return QCoreApplication::translate("TableListModel", "Not counted: views in untrusted files are not run");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return entry.table.name;
    case RowsColumn:
        if (role == Qt::EditRole)
            return entry.rows;
        if (entry.rows == kCounting)
            return QStringLiteral("…");
        return entry.rows < 0 ? QStringLiteral("–") : QLocale().toString(entry.rows);
    case KindColumn:
        if (entry.table.isView)
            return QCoreApplication::translate("TableListModel", "view");
        if (entry.table.isApp)
            return QCoreApplication::translate("TableListModel", "Steward");
        if (entry.table.isPipeline)
            return QCoreApplication::translate("TableListModel", "pipeline");
        return QCoreApplication::translate("TableListModel", "other");
    default:
        return {};
    }
}

QVariant TableListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("TableListModel", "Table");
    case RowsColumn:
        return QCoreApplication::translate("TableListModel", "Rows");
    case KindColumn:
        return QCoreApplication::translate("TableListModel", "Kind");
    default:
        return {};
    }
}

} // namespace steward
