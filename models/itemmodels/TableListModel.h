#pragma once

#include "models/core/Outcome.h"
#include "models/db/SchemaCatalog.h"

#include <QAbstractTableModel>

namespace steward {

class Database;

// Every table of the connected database with its row count: pipeline tables, Steward's own
// tables, and tables Steward knows nothing about. Counting a million-row table takes long, so
// the list can be shown first (setTables) and counted later (countAll, as a job; setCounts).
class TableListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RowsColumn, KindColumn, ColumnCount };
    enum Role { TableNameRole = Qt::UserRole + 1 };

    explicit TableListModel(QObject* parent = nullptr);

    // Lists and counts at once.
    Outcome load(Database& database, const SchemaCatalog& catalog);
    // Lists the tables, their counts to come ("…").
    void setTables(const SchemaCatalog& catalog);
    // Each listed table's rows, in the list's order (-1: not counted: a view of an untrusted
    // file, or a count that failed, the first failure then in `failure`).
    static QList<qint64> countAll(Database& database, const QList<TableInfo>& tables, Outcome* failure = nullptr);
    void setCounts(const QList<qint64>& rows);
    QList<TableInfo> tables() const;
    bool isCounting() const;
    void clear();
    const TableInfo* tableAt(int row) const;
    int rowOfTable(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr qint64 kCounting = -2;
    struct Entry
    {
        TableInfo table;
        qint64 rows = -1; // -1: could not be counted; kCounting: not yet
    };
    QList<Entry> m_entries;
};

} // namespace steward
