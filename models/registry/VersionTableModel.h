#pragma once

#include "models/itemmodels/PagedQuery.h"
#include "models/values/CellValue.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariantList>

namespace steward {

// A client's versions as the Models view lists them, over rows read all at once by a job
// (ClientVersionsRead): filling it costs nothing, and sorting and finding a version work on the
// rows in memory (tens of thousands sort in a few milliseconds) instead of reading again. It
// answers the roles PagedTableModel answers, so that the same delegates and proxy read it.
class VersionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // `rows` in the query's default order, each the columns' values and then the key.
    void setRows(const PagedQuery& query, QList<QVariantList> rows);
    void clear();
    // Orders by one column (NULLs last either way; the default order breaks ties), as
    // VersionListQuery::sortBy orders in the database; an empty name restores the default order.
    void sortBy(const QString& column, bool descending);
    // Shows only the versions whose name contains `text` (any case); empty shows all.
    void setFilter(const QString& text);

    const PagedQuery& query() const { return m_query; }
    CellValue cell(int row, int column) const;
    bool isRowLoaded(int row) const;
    // The row showing `version` among the first `limit` rows (all when negative), or -1.
    int rowOf(const QString& version, int limit = -1) const;
    // How many versions were read, whatever the filter.
    int totalRows() const { return static_cast<int>(m_rows.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void arrange();
    const QVariantList* rowAt(int row) const;

    PagedQuery m_query;
    QList<QVariantList> m_rows; // default order
    QList<int> m_shown;         // indexes into m_rows, in the order shown
    QString m_sortColumn;
    bool m_descending = false;
    QString m_filter;
};

} // namespace steward
