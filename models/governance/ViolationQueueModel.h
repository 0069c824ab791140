#pragma once

#include "models/governance/ViolationQuery.h"

#include <QDateTime>
#include <QIdentityProxyModel>

namespace steward {

class Database;
class PagedTableModel;

// The violation queue: a paged model over ViolationQuery::queue() that shows the words a
// person reads (labels, age, time left against the deadline) and answers, per row, what the
// view needs to colour and act on it. Rows stay in the database; only a few pages are held.
class ViolationQueueModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role {
        SeverityRole = Qt::UserRole + 100, // the severity as stored
        StatusRole,                        // the status as stored
        OverdueRole,                       // bool: not closed and past its deadline
        ClosedRole,                        // bool
        ViolationIdRole,
        SecondsLeftRole, // qint64 until the deadline, negative when overdue; invalid without one or closed
    };

    explicit ViolationQueueModel(QObject* parent = nullptr);

    void setDatabase(Database* database);
    // Builds the query for `filter`, counts it and drops every cached page.
    Outcome setFilter(const ViolationFilter& filter, const ViolationQueryContext& context,
                      ViolationQuery::Column sortColumn = ViolationQuery::DueAt, bool descending = false);
    const ViolationFilter& filter() const { return m_filter; }
    const ViolationQueryContext& context() const { return m_context; }
    // Moves the clock that age and time left are shown against (the page ticks it each minute).
    void setNow(const QDateTime& now);
    PagedTableModel* pagedModel() const { return m_paged; }

    QString violationIdAt(int row) const;
    // The row showing `violationId` among the first `searchRows` rows, or -1 (bounded so that
    // a million-row queue is never read through).
    int rowOf(const QString& violationId, int searchRows = 1000) const;
    // The row showing `violationId` among the pages in memory (nothing is read), or -1.
    int loadedRowOf(const QString& violationId) const;
    // After a decision on it: its row, if in memory, is read again in place (dataChanged).
    bool refreshViolation(const QString& violationId);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;
    QDateTime timestamp(int row, int column) const;

    PagedTableModel* m_paged;
    ViolationFilter m_filter;
    ViolationQueryContext m_context;
    ViolationQuery::Column m_sortColumn = ViolationQuery::DueAt;
    bool m_descending = false;
};

} // namespace steward
