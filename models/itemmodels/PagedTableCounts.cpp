// The windowed model's counts: the full count of a query, and the count that completes later
// (PagedTableModel.h); the probe that comes before it is PagedReader's.
#include "PagedTableModel.h"
#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"

#include <QLocale>
#include <QSqlError>
#include <QTimer>
#include <algorithm>

namespace steward {

Result<QList<qint64>> PagedTableModel::countNow() const
{
    if (!m_database || m_query.from.isEmpty())
        return QList<qint64>();
    return countSegments(*m_database, m_query);
}

Result<QList<qint64>> PagedTableModel::countSegments(Database& database, const PagedQuery& query)
{
    QHash<int, QList<qint64>> unused;
    return PagedReader(database, query, 1, unused).countSegments();
}

void PagedTableModel::startCount()
{
    if (!opensTwice()) {
        m_counter->start();
        return;
    }
    const ConnectionTarget target = m_database->target();
    OpenOptions options = m_database->options();
    options.createIfMissing = false;
    const PagedQuery query = m_query;
    m_countJobs->start<Result<QList<qint64>>>(
        [target, options, query](JobControl& control) -> Result<QList<qint64>> {
            auto database = control.keptDatabase(target, options);
            if (!database)
                return database.failure();
            return countSegments(**database, query);
        },
        [this](const Result<QList<qint64>>& counts) {
            if (const Outcome counted = applyCount(counts, true); !counted)
                emit fetchFailed(counted.message());
        });
}

void PagedTableModel::stopCount()
{
    m_counter->stop();
    m_countJobs->abandon();
}

Outcome PagedTableModel::completeCount()
{
    if (!m_countPending)
        return Outcome::ok();
    stopCount();
    return applyCount(countNow());
}

Outcome PagedTableModel::applyCount(const Result<QList<qint64>>& counts, bool inSteps)
{
    if (!m_countPending)
        return Outcome::ok();
    if (!counts) {
        m_countPending = false;
        m_lastError = counts.failure();
        emit countKnown();
        return m_lastError;
    }
    const int shown = m_rowCount;
    ++m_layoutSerial;
    qint64 total = 0;
    QList<int> starts;
    for (const qint64 rows : *counts) {
        starts << static_cast<int>(qMin<qint64>(total, std::numeric_limits<int>::max()));
        total += rows;
    }
    const int counted = static_cast<int>(qMin<qint64>(total, std::numeric_limits<int>::max()));
    // The page holding the last row shown may have been cut short at it: read it again.
    if (shown > 0)
        m_pages.remove((shown - 1) / m_pageSize);
    if (inSteps && counted - shown > kRowsPerStep) {
        // Every row is the model's at once; the views are told of them a step a turn, and
        // countKnown() follows the last step (isCountPending() holds until then).
        m_segmentStarts = starts;
        m_rowCount = counted;
        showRowsUpTo(counted, m_layoutSerial, shown);
        return Outcome::ok();
    }
    m_countPending = false;
    // The views know of m_shownRows (fewer than m_rowCount while earlier steps were under way).
    const int told = m_shownRows;
    if (counted > told) {
        beginInsertRows({}, told, counted - 1);
        m_segmentStarts = starts;
        m_rowCount = counted;
        m_shownRows = counted;
        endInsertRows();
    } else if (counted < told) {
        beginRemoveRows({}, counted, told - 1);
        m_segmentStarts = starts;
        m_rowCount = counted;
        m_shownRows = counted;
        endRemoveRows();
    } else {
        m_segmentStarts = starts;
        m_rowCount = counted;
    }
    if (m_rowCount > 0 && columnCount() > 0) {
        const int first = ((qMin(shown, m_rowCount) - 1) / m_pageSize) * m_pageSize;
        if (first >= 0)
            emit dataChanged(index(first, 0), index(m_rowCount - 1, columnCount() - 1));
    }
    emit countKnown();
    return Outcome::ok();
}

void PagedTableModel::showRowsUpTo(int rows, quint64 serial, int before)
{
    if (serial != m_layoutSerial || m_shownRows >= rows)
        return; // a query, a refresh or a new count since
    const int next = qMin(rows, m_shownRows + kRowsPerStep);
    beginInsertRows({}, m_shownRows, next - 1);
    m_shownRows = next;
    endInsertRows();
    if (next < rows) {
        QTimer::singleShot(0, this, [this, rows, serial, before] { showRowsUpTo(rows, serial, before); });
        return;
    }
    m_countPending = false;
    if (columnCount() > 0 && before > 0) {
        const int first = ((before - 1) / m_pageSize) * m_pageSize;
        emit dataChanged(index(first, 0), index(m_rowCount - 1, columnCount() - 1));
    }
    emit countKnown();
}

bool PagedTableModel::isSegmentCounted(int segment) const
{
    return !m_countPending || segment + 1 < m_segmentStarts.size();
}

QString PagedTableModel::countText(qint64 rows, bool counted) const
{
    return counted ? QLocale().toString(rows) : QLocale().toString(kCountProbe) + QLatin1Char('+');
}

} // namespace steward
