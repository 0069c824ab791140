#include "StyledViolationModel.h"

#include "ui/render/SeverityStyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace steward {

QVariant StyledViolationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DecorationRole:
        if (index.column() == ViolationQuery::Severity && !data(index, ViolationIdRole).toString().isEmpty())
            return SeverityStyle::severityIcon(data(index, SeverityRole).toString());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ViolationQuery::DueAt && data(index, OverdueRole).toBool())
            return QColor(0xc6, 0x28, 0x28);
        if (data(index, ClosedRole).toBool())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        if (index.column() == ViolationQuery::Severity)
            return SeverityStyle::severityColor(data(index, SeverityRole).toString());
        return {};
    case Qt::FontRole:
        if ((index.column() == ViolationQuery::DueAt && data(index, OverdueRole).toBool()) ||
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
