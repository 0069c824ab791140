// The windowed model reading in jobs (PagedTableModel::setReadInJobs): a query's probe, keys and
// first page, and the pages data() asks for, are read over a connection of the job's own; the
// window's thread only takes their results in, and drops any read for rows it no longer holds.
#include "PagedTableModel.h"
#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"

#include <QTimer>
#include <algorithm>

namespace steward {

struct PagedTableModel::Loaded
{
    quint64 serial = 0;
    int pageSize = 0;
    PagedReader::Layout layout;
    QHash<int, QList<qint64>> sortedKeys;
    QList<QVariantList> firstPage;
    bool firstPageRead = false;
    Outcome outcome;
};

struct PagedTableModel::PagesRead
{
    quint64 serial = 0;
    QList<int> asked;
    QHash<int, QList<QVariantList>> pages;
    QHash<int, QList<qint64>> sortedKeys;
    Outcome outcome;
};

namespace {
// Whether rows read for one query can stand in for the other's while it loads.
bool sameColumns(const PagedQuery& a, const PagedQuery& b)
{
    if (a.columns.size() != b.columns.size())
        return false;
    for (qsizetype c = 0; c < a.columns.size(); ++c) {
        const PagedQuery::Column& left = a.columns.at(c);
        const PagedQuery::Column& right = b.columns.at(c);
        if (left.name != right.name || left.expression != right.expression || left.type != right.type ||
            left.secret != right.secret)
            return false;
    }
    return true;
}

OpenOptions jobOptions(const Database& database)
{
    OpenOptions options = database.options();
    options.createIfMissing = false;
    return options;
}
} // namespace

bool PagedTableModel::opensTwice() const
{
    if (!m_database)
        return false;
    const ConnectionTarget target = m_database->target();
    return target.backend != Backend::Sqlite ||
           (!target.sqlitePath.isEmpty() && target.sqlitePath != QLatin1String(":memory:"));
}

bool PagedTableModel::readsInJobs() const
{
    return m_readInJobs && opensTwice();
}

bool PagedTableModel::isReadingPages() const
{
    return !m_loading && m_readJobs->isRunning();
}

void PagedTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void PagedTableModel::stopReading()
{
    m_readJobs->abandon();
    m_loadingQuery = {};
    setLoading(false);
}

Outcome PagedTableModel::completeLoad()
{
    if (!m_loading)
        return Outcome::ok();
    const PagedQuery query = m_loadingQuery;
    const bool inJobs = std::exchange(m_readInJobs, false);
    const Outcome loaded = setQuery(query);
    m_readInJobs = inJobs;
    return loaded;
}

void PagedTableModel::loadInJob(const PagedQuery& query)
{
    stopCount();
    m_requestedPages.clear();
    if (!sameColumns(m_query, query)) {
        // Rows of other columns cannot stand in for the new ones: none are shown meanwhile.
        beginResetModel();
        m_query = query;
        m_pages.clear();
        m_sortedKeys.clear();
        setLayout({});
        ++m_layoutSerial;
        endResetModel();
    }
    m_loadingQuery = query;
    const quint64 serial = ++m_loadSerial;
    setLoading(true);
    const ConnectionTarget target = m_database->target();
    const OpenOptions options = jobOptions(*m_database);
    const int pageSize = m_pageSize;
    const bool deferLongCounts = m_deferLongCounts;
    // Starting it supersedes the load or page read under way, whose result is dropped.
    m_readJobs->start<Loaded>(
        [target, options, query, serial, pageSize, deferLongCounts](JobControl& control) {
            Loaded loaded;
            loaded.serial = serial;
            loaded.pageSize = pageSize;
            auto database = control.keptDatabase(target, options);
            if (!database || control.cancelled()) {
                // Superseded while opening, before a statement could be interrupted: nobody reads it.
                loaded.outcome = database ? Outcome::failed(QString()) : database.failure();
                return loaded;
            }
            PagedReader reader(**database, query, pageSize, loaded.sortedKeys);
            loaded.outcome = reader.probe(kCountProbe, deferLongCounts, &loaded.layout);
            if (loaded.outcome && loaded.layout.rowCount > 0 && !control.cancelled()) {
                // A failure here is the page's: it is read again, and reported, when shown.
                loaded.firstPageRead = reader
                                           .readPage(
                                               0, loaded.layout, [](int) { return QVariant(); }, &loaded.firstPage)
                                           .isOk();
            }
            return loaded;
        },
        [this](const Loaded& loaded) { applyLoad(loaded); });
}

void PagedTableModel::applyLoad(const Loaded& loaded)
{
    if (!m_loading || loaded.serial != m_loadSerial)
        return; // a query since superseded
    beginResetModel();
    m_query = std::exchange(m_loadingQuery, {});
    m_pages.clear();
    m_requestedPages.clear();
    m_sortedKeys = loaded.sortedKeys;
    setLayout(loaded.layout);
    ++m_layoutSerial;
    m_lastError = loaded.outcome;
    if (loaded.firstPageRead && loaded.pageSize == m_pageSize) {
        Page first;
        first.rows = loaded.firstPage;
        first.lastUse = ++m_useClock;
        m_pages.insert(0, first);
        ++m_pagesFetched;
    }
    m_loading = false; // already so for what the reset makes views ask
    endResetModel();
    emit loadingChanged(false);
    if (m_countPending)
        startCount();
    if (!m_lastError)
        emit fetchFailed(m_lastError.message());
    emit queryLoaded();
}

void PagedTableModel::readPagesInJob()
{
    if (std::exchange(m_failureToReport, false))
        emit fetchFailed(m_lastError.message()); // of a read made at once (cell(), keyAt())
    // During a load the rows shown are the query's before; after a page job, what was asked
    // meanwhile is read next.
    if (m_loading || m_readJobs->isRunning() || !m_database)
        return;
    QList<int> wanted;
    for (const int pageIndex : std::as_const(m_requestedPages)) {
        if (!m_pages.contains(pageIndex) && pageIndex * m_pageSize < m_rowCount)
            wanted << pageIndex;
    }
    m_requestedPages.clear();
    if (wanted.isEmpty())
        return;
    std::sort(wanted.begin(), wanted.end());
    // No more than the cache keeps at once; the rest are read next.
    const int most = qMax(1, m_maxPages / 2);
    for (qsizetype i = most; i < wanted.size(); ++i)
        m_requestedPages.insert(wanted.at(i));
    wanted = wanted.mid(0, most);
    // A page that continues one by key needs the key of the row before it, as it is in memory now.
    QHash<int, QVariant> keysBefore;
    for (const int pageIndex : std::as_const(wanted)) {
        if (pageIndex > 0)
            keysBefore.insert(pageIndex * m_pageSize - 1, cachedKey(pageIndex * m_pageSize - 1));
    }
    const ConnectionTarget target = m_database->target();
    const OpenOptions options = jobOptions(*m_database);
    const PagedQuery query = m_query;
    const PagedReader::Layout rows = layout();
    const int pageSize = m_pageSize;
    const quint64 serial = m_layoutSerial;
    const QHash<int, QList<qint64>> sortedKeys = m_sortedKeys;
    m_readJobs->start<PagesRead>(
        [target, options, query, rows, pageSize, serial, sortedKeys, wanted, keysBefore](JobControl& control) {
            PagesRead read;
            read.serial = serial;
            read.asked = wanted;
            read.sortedKeys = sortedKeys;
            auto database = control.keptDatabase(target, options);
            if (!database || control.cancelled()) {
                read.outcome = database ? Outcome::failed(QString()) : database.failure();
                return read;
            }
            PagedReader reader(**database, query, pageSize, read.sortedKeys);
            const auto keyOf = [&read, &keysBefore, pageSize](int row) -> QVariant {
                if (const QVariant key = keysBefore.value(row); key.isValid())
                    return key;
                const QList<QVariantList> page = read.pages.value(row / pageSize);
                const int offset = row % pageSize;
                return offset < page.size() && !page.at(offset).isEmpty() ? page.at(offset).last() : QVariant();
            };
            for (const int pageIndex : wanted) {
                if (control.cancelled())
                    break;
                QList<QVariantList> page;
                read.outcome = reader.readPage(pageIndex, rows, keyOf, &page);
                if (!read.outcome)
                    break;
                read.pages.insert(pageIndex, page);
            }
            return read;
        },
        [this](const PagesRead& read) { applyPages(read); });
}

void PagedTableModel::applyPages(const PagesRead& read)
{
    if (read.serial != m_layoutSerial) {
        // Read for rows that have moved since (a count arrived): asked for again, as they are now.
        for (const int pageIndex : read.asked)
            m_requestedPages.insert(pageIndex);
        m_loader->start();
        return;
    }
    QList<int> arrived;
    for (auto it = read.pages.cbegin(); it != read.pages.cend(); ++it) {
        if (m_pages.contains(it.key()))
            continue; // read at once meanwhile (cell(), refreshRow()): that one is newer
        Page page;
        page.rows = it.value();
        page.lastUse = ++m_useClock;
        m_pages.insert(it.key(), page);
        ++m_pagesFetched;
        arrived << it.key();
    }
    for (auto it = read.sortedKeys.cbegin(); it != read.sortedKeys.cend(); ++it) {
        if (!m_sortedKeys.contains(it.key()))
            m_sortedKeys.insert(it.key(), it.value());
    }
    evictIfNeeded();
    std::sort(arrived.begin(), arrived.end());
    for (const int pageIndex : std::as_const(arrived)) {
        const int first = pageIndex * m_pageSize;
        const int last = qMin(first + m_pageSize, m_rowCount) - 1;
        if (columnCount() > 0 && first <= last)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
    if (!read.outcome) {
        m_lastError = read.outcome;
        emit fetchFailed(m_lastError.message());
    }
    if (!m_requestedPages.isEmpty())
        m_loader->start();
}

} // namespace steward
