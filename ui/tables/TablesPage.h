#pragma once

#include "ui/shell/Page.h"

class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace steward {

class JobRunner;
class PagedTableModel;
class TableListModel;

// Every table with its row count (counted as a job, after the list is shown), and any table's
// rows in a lazily fetched view; works on tables Steward knows nothing about.
class TablesPage : public Page
{
    Q_OBJECT

public:
    TablesPage(Session* session, QWidget* parent = nullptr);
    const PagedTableModel* exportableRows() const override;
    ~TablesPage() override;

    void refresh() override;
    // Shows the rows of `name`; false when there is no such table.
    bool showTable(const QString& name);
    QString currentTable() const { return m_currentTable; }
    PagedTableModel* rowsModel() const { return m_rows; }
    TableListModel* tablesModel() const { return m_tables; }
    // Whether the tables' row counts are still being read.
    bool isCounting() const;

protected:
    void load() override;
    void unload() override;

private:
    void tableSelected();
    void countTables();
    // The table's name, rows and columns over its rows, once they are in (read in a job).
    void showCaption();

    TableListModel* m_tables;
    JobRunner* m_countJobs; // the tables' row counts, read after the list is shown
    PagedTableModel* m_rows;
    QTableView* m_tableList;
    QTableView* m_rowView;
    QLabel* m_caption;
    QSplitter* m_splitter;
    QString m_currentTable;
};

} // namespace steward
