#include "VersionListProxy.h"

#include "models/itemmodels/PagedTableModel.h"
#include "models/registry/Metrics.h"
#include "models/registry/VersionId.h"
#include "models/registry/VersionListQuery.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace steward {

namespace {
const PagedTableModel* paged(const QAbstractItemModel* model)
{
    return qobject_cast<const PagedTableModel*>(model);
}
} // namespace

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return QObject::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return QObject::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QObject::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

void VersionListProxy::setActiveVersion(const QString& version, bool recorded)
{
    m_active = version;
    m_recorded = recorded;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

QString VersionListProxy::columnName(int column) const
{
    const PagedTableModel* source = paged(sourceModel());
    return source && column >= 0 && column < source->query().columns.size() ? source->query().columns.at(column).name
                                                                            : QString();
}

QString VersionListProxy::versionAt(int row) const
{
    const PagedTableModel* source = paged(sourceModel());
    return source ? source->cell(row, 0).text() : index(row, 0).data(Qt::EditRole).toString();
}

QVariant VersionListProxy::data(const QModelIndex& index, int role) const
{
    const PagedTableModel* source = paged(sourceModel());
    if (!source || !index.isValid() || !source->isRowLoaded(index.row()))
        return QIdentityProxyModel::data(index, role); // loading: nothing is read here
    const QString name = columnName(index.column());
    const CellValue cell = source->cell(index.row(), index.column());
    using namespace VersionListQuery;
    if (name == kVersion) {
        const QString version = cell.text();
        const bool active = version == m_active;
        switch (role) {
        case Qt::EditRole:
            return version;
        case Qt::DisplayRole:
            return active ? tr("%1  ● active").arg(version) : version;
        case Qt::FontRole: {
            QFont font;
            font.setBold(active);
            return active ? QVariant(font) : QVariant();
        }
        case Qt::ForegroundRole:
            return active ? QVariant(QBrush(QColor(0x1e, 0x7b, 0x3a))) : QVariant();
        case Qt::ToolTipRole:
            if (active)
                return m_recorded ? tr("%1 is the active version").arg(version)
                                  : tr("%1 is the newest version, which the pipeline loads while no version is set")
                                        .arg(version);
            return VersionId::describe(version);
        default:
            break;
        }
    }
    if (name == kCreatedAt && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QString version = source->cell(index.row(), 0).text();
        const QDateTime trained = VersionId::trainedAt(version, cell.value.toDateTime());
        if (role == Qt::ToolTipRole)
            return tr("created_at %1").arg(cell.text());
        return VersionId::readable(trained);
    }
    if (cell.isNull() || cell.malformed)
        return QIdentityProxyModel::data(index, role);
    if (!isFixedColumn(name)) {
        if (role == Qt::DisplayRole)
            return Metrics::format(cell.value.toDouble());
        if (role == Qt::ToolTipRole)
            return tr("%1 = %2").arg(name, QString::number(cell.value.toDouble(), 'g', 15));
    }
    if ((name == kJobStarted || name == kJobCompleted) && role == Qt::DisplayRole)
        return VersionId::readable(cell.value.toDateTime());
    if (name == kJobDuration && role == Qt::DisplayRole)
        return durationText(cell.value.toLongLong());
    if (name == kJobStatus && role == Qt::ForegroundRole && cell.text() == QLatin1String("failed"))
        return QBrush(QColor(0xc0, 0x28, 0x28));
    if ((name == kFeatureCount || name == kTrainingSamples) && role == Qt::DisplayRole)
        return QLocale().toString(cell.value.toLongLong());
    return QIdentityProxyModel::data(index, role);
}

QVariant VersionListProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QIdentityProxyModel::headerData(section, orientation, role);
    using namespace VersionListQuery;
    const QString name = columnName(section);
    if (name == kVersion)
        return tr("Version");
    if (name == kCreatedAt)
        return tr("Trained (UTC)");
    if (name == kFeatureCount)
        return tr("Features");
    if (name == kTrainingSamples)
        return tr("Training samples");
    if (name == kJobStatus)
        return tr("Job");
    if (name == kJobStarted)
        return tr("Job started");
    if (name == kJobCompleted)
        return tr("Job finished");
    if (name == kJobDuration)
        return tr("Duration");
    return name;
}

} // namespace steward
