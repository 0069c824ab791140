#include "AuditTrailModel.h"

#include "models/db/Database.h"
#include "models/values/TimeText.h"

#include <QLocale>

namespace steward {

AuditTrailModel::AuditTrailModel(QObject* parent) : PagedTableModel(parent) {}

Outcome AuditTrailModel::setFilter(const AuditChain::Filter& filter)
{
    if (!database()) {
        clear();
        return Outcome::ok();
    }
    return setQuery(AuditChain::pagedQuery(*database(), filter));
}

int AuditTrailModel::rowOfSeq(qint64 seq, int maxRows)
{
    const int seqColumn = query().columnIndex(QStringLiteral("seq"));
    const int limit = qMin(rowCount(), maxRows);
    for (int row = 0; row < limit; row += pageSize()) {
        keyAt(row); // reads the page holding `row`, if it is not in memory
        if (const int found = cachedRowOfValue(seqColumn, seq); found >= 0)
            return found;
    }
    return -1;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (index.isValid() && !isRowLoaded(index.row()))
        return PagedTableModel::data(index, role); // loading
    if (role == Qt::DisplayRole && index.isValid() &&
        query().columns.value(index.column()).name == QLatin1String("recorded_at")) {
        const CellValue value = cell(index.row(), index.column());
        if (value.value.typeId() == QMetaType::QDateTime)
            return TimeText::seconds(value.value.toDateTime());
    }
    if (role == Qt::ToolTipRole && index.isValid() &&
        query().columns.value(index.column()).name == QLatin1String("recorded_at"))
        return tr("%1 UTC").arg(cell(index.row(), index.column()).text());
    return PagedTableModel::data(index, role);
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return PagedTableModel::headerData(section, orientation, role);
    const QString name = query().columns.at(section).name;
    static const QList<QPair<const char*, const char*>> labels{{"seq", QT_TR_NOOP("#")},
                                                               {"recorded_at", QT_TR_NOOP("When (UTC)")},
                                                               {"actor", QT_TR_NOOP("Who")},
                                                               {"action", QT_TR_NOOP("Action")},
                                                               {"target_kind", QT_TR_NOOP("Item")},
                                                               {"target_id", QT_TR_NOOP("Item id")},
                                                               {"client_id", QT_TR_NOOP("Client")},
                                                               {"state_before", QT_TR_NOOP("Before")},
                                                               {"state_after", QT_TR_NOOP("After")},
                                                               {"comment", QT_TR_NOOP("Comment")},
                                                               {"details", QT_TR_NOOP("Details")},
                                                               {"prev_hash", QT_TR_NOOP("Previous hash")},
                                                               {"hash", QT_TR_NOOP("Hash")}};
    for (const auto& [column, label] : labels) {
        if (name == QLatin1String(column))
            return tr(label);
    }
    return name;
}

} // namespace steward
