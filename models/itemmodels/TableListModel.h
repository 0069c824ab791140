#pragma once

#include "models/core/Outcome.h"
#include "models/db/SchemaCatalog.h"

#include <QAbstractTableModel>

namespace steward {

class Database;

// Every table of the connected database with its row count: pipeline tables, Steward's own
// tables, and tables Steward knows nothing about.
class TableListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RowsColumn, KindColumn, ColumnCount };
    enum Role { TableNameRole = Qt::UserRole + 1 };

    explicit TableListModel(QObject* parent = nullptr);

    Outcome load(Database& database, const SchemaCatalog& catalog);
    void clear();
    const TableInfo* tableAt(int row) const;
    int rowOfTable(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        TableInfo table;
        qint64 rows = -1; // -1: could not be counted
    };
    QList<Entry> m_entries;
};

} // namespace steward
