#include "VersionListProxy.h"

#include "models/itemmodels/PagedTableModel.h"
#include "models/registry/Metrics.h"
#include "models/registry/VersionChanges.h"
#include "models/registry/VersionId.h"
#include "models/registry/VersionListQuery.h"
#include "ui/registry/MetricMoveText.h"
#include "ui/render/ThemeColors.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

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

void VersionListProxy::setActive(const QList<ActiveMark>& marks, ActiveSource source)
{
    m_actives = marks;
    m_activeSource = source;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

bool VersionListProxy::isActive(const QString& version) const
{
    const ActiveMark* mark = activeFor(version);
    return mark && mark->version == version;
}

const VersionListProxy::ActiveMark* VersionListProxy::activeFor(const QString& version) const
{
    // A named model's versions read "name version": the longest name the label starts with.
    const ActiveMark* found = nullptr;
    for (const ActiveMark& mark : m_actives) {
        if (mark.version.isEmpty())
            continue;
        const bool ofModel = mark.modelName.isEmpty() || version.startsWith(mark.modelName + QLatin1Char(' '));
        if (ofModel && (!found || mark.modelName.size() > found->modelName.size()))
            found = &mark;
    }
    return found;
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

std::optional<QString> VersionListProxy::loadedVersionAt(int row) const
{
    const PagedTableModel* source = paged(sourceModel());
    if (!source)
        return index(row, 0).data(Qt::EditRole).toString();
    const std::optional<CellValue> cell = source->loadedCell(row, 0);
    return cell ? std::optional<QString>(cell->text()) : std::nullopt;
}

void VersionListProxy::setKeyMetric(const QString& key)
{
    m_keyMetric = key;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QMap<QString, double> VersionListProxy::metricsAt(int row) const
{
    QMap<QString, double> metrics;
    const PagedTableModel* source = paged(sourceModel());
    for (int column = 0; column < source->query().columns.size(); ++column) {
        const QString name = columnName(column);
        const CellValue cell = source->cell(row, column);
        if (!VersionListQuery::isFixedColumn(name) && !cell.isNull() && !cell.malformed)
            metrics.insert(name, cell.value.toDouble());
    }
    return metrics;
}

QVariant VersionListProxy::previousData(const QModelIndex& index, int role) const
{
    const PagedTableModel* source = paged(sourceModel());
    const int row = index.row();
    const QList<VersionChanges::Move> moves = VersionChanges::compare(
        VersionChanges::metricsOfText(source->cell(row, index.column()).text()), metricsAt(row));
    QStringList worse = VersionChanges::regressions(moves);
    const VersionChanges::Move* keyMove = nullptr;
    for (const VersionChanges::Move& move : moves) {
        if (move.key == m_keyMetric)
            keyMove = &move;
    }
    const bool keyWorse = keyMove && keyMove->isRegression();
    if (keyWorse) {
        worse.removeOne(m_keyMetric);
        worse.prepend(m_keyMetric);
    }
    switch (role) {
    case RegressionsRole:
        return worse;
    case KeyRegressionRole:
        return keyWorse;
    case Qt::DisplayRole:
        return worse.isEmpty() ? QString() : tr("worse: %1").arg(worse.join(QStringLiteral(", ")));
    case Qt::DecorationRole:
        return keyWorse ? QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return keyWorse ? QVariant(font) : QVariant();
    }
    case Qt::ForegroundRole:
        if (keyWorse)
            return MetricMoveText::colour(*keyMove);
        return worse.isEmpty() ? QVariant() : QVariant(QApplication::palette().color(QPalette::PlaceholderText));
    case Qt::ToolTipRole: {
        const QString previous =
            source->cell(row, source->query().columnIndex(VersionListQuery::kPreviousVersion)).text();
        if (previous.isEmpty())
            return tr("The first version of this client: there is nothing before it to compare with.");
        QStringList lines;
        if (keyWorse)
            lines << tr("%1 is worse than in the previous version.").arg(m_keyMetric);
        lines << tr("Against the previous version, %1:").arg(previous);
        for (const VersionChanges::Move& move : moves)
            lines << QStringLiteral("  ") + MetricMoveText::sentence(move);
        const QString version = versionAt(row);
        if (const ActiveMark* active = activeFor(version);
            active && version != active->version && !active->metrics.isEmpty()) {
            lines << tr("Against the active version, %1:").arg(active->version);
            for (const VersionChanges::Move& move : VersionChanges::compare(active->metrics, metricsAt(row)))
                lines << QStringLiteral("  ") + MetricMoveText::sentence(move);
        }
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant VersionListProxy::data(const QModelIndex& index, int role) const
{
    const PagedTableModel* source = paged(sourceModel());
    if (!source || !index.isValid() || !source->isRowLoaded(index.row()))
        return QIdentityProxyModel::data(index, role); // loading: nothing is read here
    const QString name = columnName(index.column());
    if (name == VersionListQuery::kPreviousMetrics)
        return previousData(index, role);
    if (role == RegressionsRole) {
        const int column = source->query().columnIndex(VersionListQuery::kPreviousMetrics);
        return column >= 0 ? previousData(this->index(index.row(), column), role) : QVariant();
    }
    const CellValue cell = source->cell(index.row(), index.column());
    using namespace VersionListQuery;
    if (name == kVersion) {
        const QString version = cell.text();
        const bool active = isActive(version);
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
            return active ? QVariant(QBrush(ThemeColors::text(ThemeColors::good()))) : QVariant();
        case Qt::ToolTipRole:
            if (active) {
                switch (m_activeSource) {
                case ActiveSource::Recorded:
                    return tr("%1 is the active version").arg(version);
                case ActiveSource::System:
                    return tr("%1 is the active version, as the system that trained it marks it").arg(version);
                case ActiveSource::Newest:
                    break;
                }
                return tr("%1 is the newest version, which the pipeline loads while no version is set").arg(version);
            }
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
        return QBrush(ThemeColors::text(ThemeColors::bad()));
    if ((name == kFeatureCount || name == kTrainingSamples) && role == Qt::DisplayRole)
        return QLocale().toString(cell.value.toLongLong());
    return QIdentityProxyModel::data(index, role);
}

QVariant VersionListProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    using namespace VersionListQuery;
    const QString name = columnName(section);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && name == kPreviousMetrics)
        return tr("The metrics that got worse than in the version trained before (lower wmape, mae and |bias|, "
                  "higher accuracy are better). Point at a cell for every change, against the previous and the "
                  "active version. Sorting by this column orders the versions by how the metric chosen for the "
                  "chart moved against the previous version: largest regressions first when descending.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QIdentityProxyModel::headerData(section, orientation, role);
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
    if (name == kPreviousMetrics)
        return tr("vs previous");
    if (name == kPreviousVersion)
        return tr("Previous version");
    return name;
}

} // namespace steward
