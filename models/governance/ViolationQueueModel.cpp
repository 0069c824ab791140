#include "ViolationQueueModel.h"

#include "models/core/Clock.h"
#include "models/db/Database.h"
#include "models/governance/Durations.h"
#include "models/governance/ViolationTerms.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/profiles/Profile.h"
#include "models/profiles/ScopeWords.h"
#include "models/values/CellValue.h"
#include "models/values/TimeText.h"

#include <QTimeZone>

namespace steward {

ViolationQueueModel::ViolationQueueModel(QObject* parent)
    : QIdentityProxyModel(parent), m_paged(new PagedTableModel(this))
{
    m_context.now = Clock::nowUtc();
    setSourceModel(m_paged);
}

void ViolationQueueModel::setDatabase(Database* database)
{
    m_paged->setDatabase(database);
}

Outcome ViolationQueueModel::setFilter(const ViolationFilter& filter, const ViolationQueryContext& context,
                                       ViolationQuery::Column sortColumn, bool descending)
{
    m_filter = filter;
    m_context = context;
    if (!m_context.now.isValid())
        m_context.now = m_paged->database() ? m_paged->database()->asOf() : Clock::nowUtc();
    m_sortColumn = sortColumn;
    m_descending = descending;
    if (!m_paged->database())
        return Outcome::ok();
    return m_paged->setQuery(
        ViolationQuery::queue(m_paged->database()->dialect(), m_filter, m_context, m_sortColumn, m_descending));
}

void ViolationQueueModel::setNow(const QDateTime& now)
{
    m_context.now = now.toUTC();
    if (rowCount() > 0) {
        emit dataChanged(index(0, ViolationQuery::Age), index(rowCount() - 1, ViolationQuery::DueAt),
                         {Qt::DisplayRole, Qt::ToolTipRole, OverdueRole});
    }
}

QString ViolationQueueModel::text(int row, int column) const
{
    return m_paged->cell(row, column).text();
}

QDateTime ViolationQueueModel::timestamp(int row, int column) const
{
    const CellValue value = m_paged->cell(row, column);
    return value.isNull() || value.malformed ? QDateTime() : value.value.toDateTime().toUTC();
}

QString ViolationQueueModel::violationIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? text(row, ViolationQuery::ViolationId) : QString();
}

bool ViolationQueueModel::refreshViolation(const QString& violationId)
{
    const int row = loadedRowOf(violationId);
    return row < 0 || m_paged->refreshRow(row);
}

int ViolationQueueModel::loadedRowOf(const QString& violationId) const
{
    return m_paged->cachedRowOfValue(ViolationQuery::ViolationId, violationId);
}

int ViolationQueueModel::rowOf(const QString& violationId, int searchRows) const
{
    const int rows = qMin(rowCount(), searchRows);
    for (int row = 0; row < rows; ++row) {
        if (violationIdAt(row) == violationId)
            return row;
    }
    return -1;
}

QVariant ViolationQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    // Nothing is read here: a row not in memory is asked for and shown when it arrives.
    if (!m_paged->isRowLoaded(row))
        return QIdentityProxyModel::data(index, role);
    switch (role) {
    case SeverityRole:
        return text(row, ViolationQuery::Severity);
    case StatusRole:
        return text(row, ViolationQuery::Status);
    case ClosedRole:
        return ViolationTerms::isClosed(text(row, ViolationQuery::Status));
    case OverdueRole: {
        const QDateTime due = timestamp(row, ViolationQuery::DueAt);
        return due.isValid() && due < m_context.now && !ViolationTerms::isClosed(text(row, ViolationQuery::Status));
    }
    case ViolationIdRole:
        return text(row, ViolationQuery::ViolationId);
    case SecondsLeftRole: {
        const QDateTime due = timestamp(row, ViolationQuery::DueAt);
        if (!due.isValid() || !m_context.now.isValid() || ViolationTerms::isClosed(text(row, ViolationQuery::Status)))
            return {};
        return m_context.now.secsTo(due);
    }
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QIdentityProxyModel::data(index, role);

    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case ViolationQuery::Severity: {
        const QString severity = text(row, ViolationQuery::Severity);
        if (!tip)
            return ViolationTerms::severityLabel(severity);
        return ViolationTerms::isKnownSeverity(severity) ? QVariant()
                                                         : tr("“%1” is a severity this version of Steward does not "
                                                              "know: it is shown as the monitor wrote it, "
                                                              "has no deadline, and only a manager can close it.")
                                                               .arg(severity);
    }
    case ViolationQuery::Status: {
        const QString status = text(row, ViolationQuery::Status);
        if (!tip)
            return ViolationTerms::statusLabel(status);
        return ViolationTerms::isKnownStatus(status)
                   ? QVariant()
                   : tr("“%1” is a status this version of Steward does not know: it is shown as the monitor wrote it.")
                         .arg(status);
    }
    case ViolationQuery::DetectedAt:
    case ViolationQuery::ResolvedAt: {
        const QDateTime when = timestamp(row, index.column());
        if (!when.isValid())
            return QIdentityProxyModel::data(index, role);
        return tip ? timestampText(when) : TimeText::minutes(when);
    }
    case ViolationQuery::Age: {
        const QDateTime detected = timestamp(row, ViolationQuery::DetectedAt);
        if (!detected.isValid())
            return {};
        const bool closed = ViolationTerms::isClosed(text(row, ViolationQuery::Status));
        const QDateTime resolved = timestamp(row, ViolationQuery::ResolvedAt);
        if (closed && resolved.isValid()) {
            const QString took = Durations::span(detected.secsTo(resolved));
            return tip ? tr("Closed %1 after it was detected").arg(took) : took;
        }
        const QString age = Durations::span(detected.secsTo(m_context.now));
        return tip ? tr("Detected %1 ago").arg(age) : age;
    }
    case ViolationQuery::DueAt: {
        const QString status = text(row, ViolationQuery::Status);
        const QDateTime due = timestamp(row, ViolationQuery::DueAt);
        if (ViolationTerms::isClosed(status))
            return tip ? tr("Closed: no deadline applies") : QStringLiteral("—");
        if (!due.isValid())
            return tip ? tr("No deadline for the severity “%1”").arg(text(row, ViolationQuery::Severity))
                       : tr("no deadline");
        return tip ? tr("Due %1").arg(TimeText::minutesUtc(due)) : Durations::timeLeft(due, m_context.now);
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

QVariant ViolationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QIdentityProxyModel::headerData(section, orientation, role);
    switch (section) {
    case ViolationQuery::Severity:
        return tr("Severity");
    case ViolationQuery::Status:
        return tr("Status");
    case ViolationQuery::Type:
        return tr("Type");
    case ViolationQuery::Client:
        return m_paged->database() ? ScopeWords::singular(m_paged->database()->profile()) : tr("Client");
    case ViolationQuery::ModelVersion:
        return tr("Model version");
    case ViolationQuery::PolicyName:
        return tr("Policy");
    case ViolationQuery::Assignee:
        return tr("Assignee");
    case ViolationQuery::DetectedAt:
        return tr("Detected (UTC)");
    case ViolationQuery::Age:
        return tr("Age");
    case ViolationQuery::DueAt:
        return tr("Time left");
    case ViolationQuery::Description:
        return tr("Description");
    case ViolationQuery::ViolationId:
        return tr("Violation id");
    case ViolationQuery::ResolvedAt:
        return tr("Resolved (UTC)");
    case ViolationQuery::PolicyId:
        return tr("Policy id");
    default:
        return QIdentityProxyModel::headerData(section, orientation, role);
    }
}

} // namespace steward
