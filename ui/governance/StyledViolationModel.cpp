#include "StyledViolationModel.h"

#include "models/governance/Durations.h"
#include "models/governance/ViolationTerms.h"
#include "ui/render/SeverityStyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace steward {

bool StyledViolationModel::standsOut(const QModelIndex& index) const
{
    // Critical (or a severity too new to rank lower) and past its deadline: what must be done
    // first; lesser overdue items keep a quieter marker.
    return data(index, OverdueRole).toBool() && ViolationTerms::severityRank(data(index, SeverityRole).toString()) >=
                                                    ViolationTerms::severityRank(QStringLiteral("critical"));
}

QVariant StyledViolationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    // Time left fits a narrow column as a bare span, overdue ones signed negative (the clock
    // says overdue too); the tooltip has the whole sentence and the deadline.
    if (index.column() == ViolationQuery::DueAt && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QVariant left = data(index, SecondsLeftRole);
        if (left.isValid()) {
            if (role == Qt::ToolTipRole)
                return ViolationQueueModel::data(index, Qt::DisplayRole).toString() + u'\n' +
                       ViolationQueueModel::data(index, Qt::ToolTipRole).toString();
            const qint64 seconds = left.toLongLong();
            return seconds < 0 ? QString(QChar(0x2212)) + Durations::span(seconds) : Durations::span(seconds);
        }
    }
    switch (role) {
    case UrgentRole:
        return standsOut(index);
    case Qt::DecorationRole:
        if (index.column() == ViolationQuery::Severity && !data(index, ViolationIdRole).toString().isEmpty())
            return SeverityStyle::severityIcon(data(index, SeverityRole).toString());
        if (index.column() == ViolationQuery::DueAt && data(index, OverdueRole).toBool())
            return SeverityStyle::overdueIcon(data(index, SeverityRole).toString(), standsOut(index));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ViolationQuery::DueAt && standsOut(index))
            return SeverityStyle::severityTextColor(data(index, SeverityRole).toString());
        if (data(index, ClosedRole).toBool())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        if (index.column() == ViolationQuery::Severity)
            return SeverityStyle::severityTextColor(data(index, SeverityRole).toString());
        return {};
    case Qt::BackgroundRole:
        if (standsOut(index))
            return SeverityStyle::severityRowTint(data(index, SeverityRole).toString());
        return {};
    case Qt::FontRole:
        if ((index.column() == ViolationQuery::DueAt && standsOut(index)) ||
            (index.column() == ViolationQuery::Severity &&
             data(index, SeverityRole).toString() == QLatin1String("critical") && !data(index, ClosedRole).toBool())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return ViolationQueueModel::data(index, role);
    }
}

} // namespace steward
