#pragma once

#include "models/core/Outcome.h"
#include "models/itemmodels/PagedQuery.h"

#include <QHash>
#include <QList>
#include <QVariant>
#include <functional>

class QSqlQuery;

namespace steward {

class Database;

// What the windowed model (PagedTableModel) reads, over whichever connection it is given: the
// window's own, or a job's on a worker thread. It holds no state of its own but the keys it
// reads in order, kept in the map it is given, so that the same code serves both.
class PagedReader
{
public:
    // How a query's rows lie: how many, where each segment starts, and whether the count is final.
    struct Layout
    {
        int rowCount = 0;
        QList<int> segmentStarts;
        bool countPending = false;
    };

    PagedReader(Database& database, const PagedQuery& query, int pageSize, QHash<int, QList<qint64>>& sortedKeys);

    // Probes each segment's first `probe` + 1 keys and counts at once what has more, unless
    // `deferLongCounts`, when the layout stops at that segment and says that the count is pending.
    // On failure, `layout` holds the segments read before it.
    Outcome probe(int probe, bool deferLongCounts, Layout* layout);
    // Reads the rows of one page; `cachedKey` gives the key of a row in memory (or nothing), for
    // pages that continue one by key.
    Outcome readPage(int pageIndex, const Layout& layout, const std::function<QVariant(int row)>& cachedKey,
                     QList<QVariantList>* rows);
    // Reads rows of `sql` into `rows`, each with `width` values.
    Outcome readRows(const QString& sql, const QVariantList& binds, int width, QList<QVariantList>* rows);
    Result<QList<qint64>> countSegments();

    static QList<PagedQuery::Segment> segmentsOf(const PagedQuery& query);
    static QString whereFor(const PagedQuery& query, const PagedQuery::Segment& segment, QVariantList* binds);
    static bool hasRealKey(const PagedQuery& query);

    // How many pages down a keysForFarPages query stops skipping rows with OFFSET.
    static constexpr int kFarPages = 10;

private:
    // Reads `count` rows of one segment from `offset` (or after `afterKey` when valid) into `rows`.
    Outcome fetchRows(int segmentIndex, const PagedQuery::Segment& segment, int offset, int count,
                      const QVariant& afterKey, QList<QVariantList>* rows);
    // For keysFirst queries: the segment's keys in order, at least the first `expected` (every
    // one, read once, unless the probe's first keys cover them).
    Result<const QList<qint64>*> sortedKeys(int segmentIndex, const PagedQuery::Segment& segment, int expected);
    // Where the map keeps a keysFirst segment's first keys while the rest are unread (the probe
    // of a deferred count), apart from a segment's complete list.
    static int firstKeysSlot(int segmentIndex) { return -1 - segmentIndex; }
    // Reads up to `limit` keys (0: all) of a segment in order; `numeric` says whether each was a whole number.
    Outcome readKeys(const PagedQuery::Segment& segment, int limit, QList<qint64>* keys, bool* numeric,
                     const QString& context);
    // For keysFirst queries with segments: every segment's keys in one read.
    Outcome readKeysOfAllSegments();
    // Counts one segment by its first keys: the row count, or `probe` + 1 when there are more.
    // A keysFirst segment is read whole for its order, unless `firstKeysOnly` (a deferred count):
    // then its first keys are picked as a LIMIT does (no sort of every row), the rest later.
    Result<qint64> probeSegment(int segmentIndex, const PagedQuery::Segment& segment, int probe, bool firstKeysOnly);
    // Prepares `sql`, binds `binds` and runs it; `context` says what failed.
    Outcome select(QSqlQuery& query, const QString& sql, const QVariantList& binds, const QString& context);
    QString tableName() const;

    Database& m_database;
    const PagedQuery& m_query;
    const int m_pageSize;
    QHash<int, QList<qint64>>& m_sortedKeys;
};

} // namespace steward
