#include "JobListProxy.h"

#include "models/itemmodels/PagedTableModel.h"
#include "models/registry/VersionId.h"
#include "ui/render/ThemeColors.h"

#include <QBrush>
#include <QColor>

namespace steward {

QString JobListProxy::columnName(int column) const
{
    const auto* source = qobject_cast<const PagedTableModel*>(sourceModel());
    return source && column >= 0 && column < source->query().columns.size() ? source->query().columns.at(column).name
                                                                            : QString();
}

QVariant JobListProxy::data(const QModelIndex& index, int role) const
{
    const auto* source = qobject_cast<const PagedTableModel*>(sourceModel());
    if (!source || !index.isValid() || !source->isRowLoaded(index.row()))
        return QIdentityProxyModel::data(index, role); // loading: nothing is read here
    const int status = source->query().columnIndex(QStringLiteral("status"));
    if (role == Qt::ForegroundRole && source->cell(index.row(), status).text() == QLatin1String("failed"))
        return QBrush(ThemeColors::text(ThemeColors::bad()));
    const CellValue cell = source->cell(index.row(), index.column());
    if (role == Qt::DisplayRole && cell.type == LogicalType::Timestamp && !cell.isNull() && !cell.malformed)
        return VersionId::readable(cell.value.toDateTime());
    return QIdentityProxyModel::data(index, role);
}

QVariant JobListProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QIdentityProxyModel::headerData(section, orientation, role);
    const QString name = columnName(section);
    if (name == QLatin1String("job_id"))
        return tr("Job");
    if (name == QLatin1String("status"))
        return tr("Status");
    if (name == QLatin1String("model_version"))
        return tr("Version");
    if (name == QLatin1String("started_at"))
        return tr("Started (UTC)");
    if (name == QLatin1String("completed_at"))
        return tr("Finished (UTC)");
    if (name == QLatin1String("error_message"))
        return tr("Error");
    return name;
}

} // namespace steward
