#pragma once

#include "models/core/Outcome.h"
#include "models/itemmodels/PagedQuery.h"
#include "models/itemmodels/PagedReader.h"
#include "models/values/CellValue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>
#include <optional>

class QTimer;

namespace steward {
class JobRunner;
}

namespace steward {

class Database;

// A table model over any number of rows that holds only a few pages of them: rows are
// fetched a page at a time when a view asks for them, pages are kept in a small cache, and
// the row count comes from a separate COUNT. Memory stays flat at a million rows.
// Before counting, the keys of each segment's first kCountProbe + 1 rows are read in order (one
// pass that stops early): a segment with no more rows than that is counted by it, and its pages
// are then read by key, so that a narrow filter or search reads its rows once. A segment with
// more is counted by COUNT, at once, or with setDeferLongCounts as a job (JobRunner) over a
// connection of the job's own, while the first rows are shown (isCountPending() until
// countKnown()); a database that cannot be opened twice (in memory) counts on the next turn of
// the event loop instead.
// data() reads nothing: it answers from the cache, and for a row not in memory answers
// LoadingRole and asks for its page, which is read once control returns to the event loop and
// announced with dataChanged. cell() and keyAt() read at once, for code acting on a row.
// With setReadInJobs, the window's thread reads nothing for a view either: a new query's probe,
// keys and first page are read as a job over a connection of its own, while the rows of the
// query before stay shown (isLoading(), then queryLoaded()), and so are the pages data() asks for.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        CellRole = Qt::UserRole + 1, // the CellValue, canonical
        RawRole,                     // the value as the driver returned it
        KeyRole,                     // the row's unique key
        InvalidJsonRole,             // true for a JSON cell whose text is not valid JSON
        DimmedRole,                  // true for NULLs and hidden secrets: the view draws them muted
        LoadingRole,                 // true while the row's page is not in memory (it is on its way)
    };

    explicit PagedTableModel(QObject* parent = nullptr);

    // How many rows are counted by reading their keys before a COUNT is needed.
    static constexpr int kCountProbe = 1000;
    // How many rows of a count that arrives from its job the views are told of in one turn.
    static constexpr int kRowsPerStep = 100000;
    // How many pages down a keysForFarPages query stops skipping rows with OFFSET.
    static constexpr int kFarPages = PagedReader::kFarPages;

    void setDatabase(Database* database);
    Database* database() const { return m_database; }
    // Replaces the query: counts its rows and drops every cached page. Reading in jobs, returns
    // at once: the rows shown stay those of the query before (when it has the same columns; none
    // otherwise) until queryLoaded(), and a failure arrives by fetchFailed.
    Outcome setQuery(const PagedQuery& query);
    // The query whose rows are shown (while loading, the one before).
    const PagedQuery& query() const { return m_query; }
    // Counts again and drops the cache, keeping the query (after someone else's change).
    Outcome refresh();
    // Reads one row in memory again, by its key, and announces it with dataChanged: the row
    // stays where it is, with its values as they are now (after a decision on it). A row that
    // is not in memory is read when it is next shown. False when the query has no key.
    bool refreshRow(int row);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The value now, reading the row's page if it is not in memory.
    CellValue cell(int row, int column) const;
    QVariant keyAt(int row) const;
    // The value if its row is in memory; otherwise nothing, and the page is asked for.
    std::optional<CellValue> loadedCell(int row, int column) const;
    bool isRowLoaded(int row) const;
    // How many rows each segment of the query had when counted (see PagedQuery::segments).
    int rowsInSegment(int segment) const;
    // The rows of each segment as the database holds them now, counted again without touching
    // what the model shows (after a decision moved a row to another segment or out of the filter).
    Result<QList<qint64>> countNow() const;
    // The same for `query` on any connection (a count job's own).
    static Result<QList<qint64>> countSegments(Database& database, const PagedQuery& query);
    // The row whose `column` holds `raw` (as the driver returned it), among the pages in memory; -1 if none.
    int cachedRowOfValue(int column, const QVariant& raw) const;

    // Off by default: setQuery() returns with the exact count, as a list that prints it needs.
    void setDeferLongCounts(bool defer) { m_deferLongCounts = defer; }
    // True while rowCount() holds only the rows counted so far (kCountProbe + 1 of the segment
    // being counted, none of the segments after it).
    bool isCountPending() const { return m_countPending; }
    // Whether rowsInSegment(segment) is final.
    bool isSegmentCounted(int segment) const;
    // A row count for a label: "1,234", or "1,000+" while the count is pending.
    QString countText(qint64 rows, bool counted) const;
    // Runs a pending count now, here (a count job under way is dropped).
    Outcome completeCount();

    // Off by default: setQuery() and the pages data() asks for are read at once, on this thread.
    // On, they are read as jobs (JobRunner) over a connection of their own, except on a database
    // that cannot be opened twice (in memory), which is read at once still.
    void setReadInJobs(bool inJobs) { m_readInJobs = inJobs; }
    bool readsInJobs() const;
    // True from setQuery() or refresh() until its rows arrive (queryLoaded()).
    bool isLoading() const { return m_loading; }
    // True while pages data() asked for are being read in a job.
    bool isReadingPages() const;
    // Reads the query being loaded now, here (the job under way is dropped): for code that acts
    // on the new rows at once.
    Outcome completeLoad();

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setMaxCachedPages(int pages);
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    qint64 pagesFetched() const { return m_pagesFetched; }
    const Outcome& lastError() const { return m_lastError; }

signals:
    void fetchFailed(const QString& message);
    // A pending count finished: rowCount() and rowsInSegment() are final (rows were appended).
    void countKnown();
    // The rows of setQuery() or refresh() are in (after the model's reset), or it failed
    // (lastError(), also reported by fetchFailed when read in a job). Read at once, emitted
    // before setQuery() returns.
    void queryLoaded();
    // isLoading() changed.
    void loadingChanged(bool loading);

private:
    struct Page
    {
        QList<QVariantList> rows; // each: the columns' values, then the key
        quint64 lastUse = 0;
    };

    // What a query's job read: its layout, keys in order and first page.
    struct Loaded;
    // What a page job read.
    struct PagesRead;

    const Page* page(int pageIndex) const;
    // The page if it is in memory; otherwise nothing, and the page is asked for.
    const Page* cachedPage(int pageIndex) const;
    CellValue valueAt(const Page* page, int row, int column) const;
    // Reads the pages data() asked for, and reports a failure of a read made at once.
    void loadRequested();
    bool fetchPage(int pageIndex) const;
    // Reports a failure of a read made at once from the event loop (loadRequested()).
    void reportLater(const Outcome& failure) const;
    QVariant cachedKey(int row) const;
    void evictIfNeeded() const;
    QList<PagedQuery::Segment> segments() const;
    bool hasRealKey() const; // a unique key column, not the NULL placeholder of key-less tables
    PagedReader::Layout layout() const;
    // Whether a job can open a connection of its own to the database (not one in memory).
    bool opensTwice() const;
    void setLayout(const PagedReader::Layout& layout);
    // Starts the deferred count: a job over a connection of its own, or the next turn of the
    // event loop here.
    void startCount();
    void stopCount();
    // `inSteps`: a count that arrives from a job adds its rows to the views a step at a time
    // (showRowsUpTo): a view's header keeps an entry per row, and a million at once held the
    // window's thread for 25-50 ms.
    Outcome applyCount(const Result<QList<qint64>>& counts, bool inSteps = false);
    void showRowsUpTo(int rows, quint64 serial, int before);
    // Reading in jobs: a query's probe, keys and first page; the pages data() asked for.
    void loadInJob(const PagedQuery& query);
    void applyLoad(const Loaded& loaded);
    void readPagesInJob();
    void applyPages(const PagesRead& read);
    // Drops the load and page jobs under way (a new query read at once, a new database).
    void stopReading();
    void setLoading(bool loading);

    Database* m_database = nullptr;
    PagedQuery m_query;
    int m_rowCount = 0;
    int m_shownRows = 0;        // rowCount(): m_rowCount, but while a count's rows are added in steps
    QList<int> m_segmentStarts; // the first row of each segment
    int m_pageSize = 200;
    int m_maxPages = 24;
    mutable QHash<int, Page> m_pages;
    mutable QHash<int, QList<qint64>> m_sortedKeys; // per segment: keysFirst queries, and probed segments
    bool m_deferLongCounts = false;
    bool m_countPending = false;
    mutable quint64 m_useClock = 0;
    mutable qint64 m_pagesFetched = 0;
    mutable Outcome m_lastError;
    mutable QSet<int> m_requestedPages;
    mutable bool m_failureToReport = false;
    QTimer* m_loader;  // single shot, 0 ms: the next turn of the event loop
    QTimer* m_counter; // single shot, 0 ms: a deferred count on a database opened once only
    JobRunner* m_countJobs;
    // Reading in jobs: one load or one page job at a time; a load supersedes either.
    bool m_readInJobs = false;
    bool m_loading = false;
    PagedQuery m_loadingQuery;
    quint64 m_loadSerial = 0; // of the load under way: an older one's result is never applied
    // Bumped by every change of what rows the model holds: a job's result read before it is dropped.
    quint64 m_layoutSerial = 0;
    JobRunner* m_readJobs;
};

} // namespace steward
