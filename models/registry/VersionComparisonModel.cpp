#include "VersionComparisonModel.h"

#include "models/registry/VersionId.h"

#include <cmath>

namespace steward {

VersionComparisonModel::VersionComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

void VersionComparisonModel::setComparison(const VersionComparison& comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int VersionComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_comparison.rows.size());
}

int VersionComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_comparison.versions.isEmpty() ? 0 : 1 + static_cast<int>(m_comparison.versions.size());
}

QString VersionComparisonModel::cellText(const VersionComparison::Row& row, int version) const
{
    const std::optional<double> value = row.values.at(version);
    if (!value)
        return tr("—");
    QString text = Metrics::format(*value);
    if (version > 0 && row.deltas.at(version)) {
        const QString delta = Metrics::formatDelta(*row.deltas.at(version), row.values.first());
        // A bias change is of |bias| (MetricDelta); say so where the number is.
        text +=
            QStringLiteral("   ") +
            (row.ofMagnitude ? QStringLiteral("%1 %2").arg(MetricDelta::measuredName(row.name, row.direction), delta)
                             : delta);
    }
    return text;
}

int VersionComparisonModel::change(const VersionComparison::Row& row, int version) const
{
    if (version == 0 || !row.isMetric || !row.deltas.at(version) || *row.deltas.at(version) == 0)
        return 0;
    const double base = *row.values.first();
    const double value = *row.values.at(version);
    switch (row.direction) {
    case Metrics::Direction::LowerIsBetter:
        return value < base ? 1 : -1;
    case Metrics::Direction::HigherIsBetter:
        return value > base ? 1 : -1;
    case Metrics::Direction::CloserToZero:
        return std::fabs(value) < std::fabs(base) ? 1 : std::fabs(value) > std::fabs(base) ? -1 : 0;
    }
    return 0;
}

QVariant VersionComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VersionComparison::Row& row = m_comparison.rows.at(index.row());
    const int version = index.column() - 1;
    if (version < 0) {
        if (role == Qt::DisplayRole)
            return row.name;
        if (role == Qt::ToolTipRole && row.isMetric) {
            switch (row.direction) {
            case Metrics::Direction::LowerIsBetter:
                return tr("%1: lower is better").arg(row.name);
            case Metrics::Direction::HigherIsBetter:
                return tr("%1: higher is better").arg(row.name);
            case Metrics::Direction::CloserToZero:
                return tr("%1: closer to zero is better; changes are of %2, the distance from zero")
                    .arg(row.name, MetricDelta::measuredName(row.name, row.direction));
            }
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, version);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const std::optional<double> value = row.values.at(version);
        if (!value)
            return tr("%1 has no %2").arg(m_comparison.versions.at(version).version, row.name);
        QString tip = tr("%1 of %2: %3")
                          .arg(row.name, m_comparison.versions.at(version).version, QString::number(*value, 'g', 12));
        if (row.best == version)
            tip += tr(" (best)");
        return tip;
    }
    case ValueRole:
        return row.values.at(version) ? QVariant(*row.values.at(version)) : QVariant();
    case DeltaRole:
        return row.deltas.at(version) ? QVariant(*row.deltas.at(version)) : QVariant();
    case BestRole:
        return row.best == version;
    case ChangeRole:
        return change(row, version);
    default:
        return {};
    }
}

QVariant VersionComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Metric")) : QVariant();
    const ModelVersion& v = m_comparison.versions.at(section - 1);
    if (role == Qt::DisplayRole) {
        const QString when = VersionId::readable(v.trainedAt);
        QString text = when.isEmpty() ? v.version : QStringLiteral("%1\n%2").arg(v.version, when);
        if (section == 1 && m_comparison.versions.size() > 1)
            text += tr("\n(baseline)");
        return text;
    }
    if (role == Qt::ToolTipRole)
        return VersionId::describe(v.version, v.createdAt);
    return {};
}

} // namespace steward
