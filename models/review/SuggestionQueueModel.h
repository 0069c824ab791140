#pragma once

#include "models/itemmodels/PagedTableModel.h"
#include "models/review/SuggestionQuery.h"

namespace steward {

class SchemaCatalog;

// The review queue: a paged model over llm_suggestions with the filter and order the reviewer
// chose. Sorting goes through the allow-list of SuggestionQuery; the view's header never
// reaches SQL.
class SuggestionQueueModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StatusColumn,
        SummaryColumn,
        CreatedColumn,
        FirstSeenColumn, // the age: since Steward first saw it (SuggestionArrivals)
        CategoryColumn,
        ClientColumn,
        CycleIdColumn,
        CycleStateColumn,
        FirstDeltaColumn, // one column per MetricRules::all(), in that order
    };
    enum Role {
        // For delta columns: the MetricVerdict of the change, as an int; -1 when not judged.
        VerdictRole = PagedTableModel::LoadingRole + 1,
        MetricKeyRole, // for delta columns: the metric's key
    };

    explicit SuggestionQueueModel(QObject* parent = nullptr);

    // The database and what it holds; call again after reopening. Does not read yet.
    void setSource(Database* database, const SchemaCatalog* catalog);
    Outcome setFilter(const SuggestionFilter& filter);
    Outcome setOrder(const SuggestionOrder& order);
    const SuggestionFilter& filter() const { return m_filter; }
    const SuggestionOrder& order() const { return m_order; }

    QString suggestionId(int row) const;
    QString status(int row) const;
    // The row of a suggestion among the cached pages, or -1.
    int rowOfSuggestion(const QString& suggestionId) const;
    // After a decision on it: its row, if in memory, is read again in place (dataChanged).
    bool refreshSuggestion(const QString& suggestionId);
    // True for a column the queue can be sorted by.
    bool isSortable(int column) const;
    // The number of metric delta columns.
    static int deltaColumnCount();
    // The age column's text ("3 d 4 h") and tooltip for a first-seen time (invalid: not seen),
    // measured against `now`; shared with the detail pane. `recorded`: whether the database has
    // Steward's table of first-seen times at all.
    static QString ageText(const QDateTime& firstSeen, const QDateTime& now);
    static QString ageExplanation(const QDateTime& firstSeen, const QDateTime& now, bool recorded);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Column -1 returns to the queue order (pending first).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void queryFailed(const QString& message);

private:
    Outcome rebuild();

    const SchemaCatalog* m_catalog = nullptr;
    SuggestionFilter m_filter;
    SuggestionOrder m_order;
};

} // namespace steward
