#include "SuggestionQueueModel.h"

#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/governance/Durations.h"
#include "models/review/MetricRules.h"
#include "models/values/TimeText.h"

#include <tuple>

namespace steward {

SuggestionQueueModel::SuggestionQueueModel(QObject* parent) : PagedTableModel(parent) {}

int SuggestionQueueModel::deltaColumnCount()
{
    return static_cast<int>(MetricRules::all().size());
}

void SuggestionQueueModel::setSource(Database* database, const SchemaCatalog* catalog)
{
    m_catalog = catalog;
    setDatabase(database);
}

Outcome SuggestionQueueModel::setFilter(const SuggestionFilter& filter)
{
    m_filter = filter;
    return rebuild();
}

Outcome SuggestionQueueModel::setOrder(const SuggestionOrder& order)
{
    m_order = order;
    return rebuild();
}

Outcome SuggestionQueueModel::rebuild()
{
    if (!database() || !m_catalog) {
        clear();
        return Outcome::ok();
    }
    auto query = SuggestionQuery::build(*database(), *m_catalog, m_filter, m_order);
    if (!query) {
        clear();
        emit queryFailed(query.failure().message());
        return query.failure();
    }
    const Outcome set = setQuery(*query);
    if (!set)
        emit queryFailed(set.message());
    return set;
}

QString SuggestionQueueModel::suggestionId(int row) const
{
    return cell(row, IdColumn).text();
}

QString SuggestionQueueModel::status(int row) const
{
    return cell(row, StatusColumn).text();
}

bool SuggestionQueueModel::refreshSuggestion(const QString& suggestionId)
{
    const int row = rowOfSuggestion(suggestionId);
    return row < 0 || refreshRow(row);
}

int SuggestionQueueModel::rowOfSuggestion(const QString& suggestionId) const
{
    return cachedRowOfValue(IdColumn, suggestionId);
}

bool SuggestionQueueModel::isSortable(int column) const
{
    return column >= 0 && column < query().columns.size() &&
           SuggestionQuery::sortableColumns().contains(query().columns.at(column).name);
}

QVariant SuggestionQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int metric = index.column() - FirstDeltaColumn;
    const bool isDelta = metric >= 0 && metric < deltaColumnCount();
    if (role == MetricKeyRole)
        return isDelta ? MetricRules::all().at(metric).key : QVariant();
    if (role == VerdictRole) {
        if (!isDelta || !isRowLoaded(index.row()))
            return -1;
        const CellValue delta = cell(index.row(), index.column());
        if (delta.isNull())
            return -1;
        // The sign of the change is enough where lower (or higher) is better; where closer to
        // zero is better, the change of the distance from zero decides.
        const MetricRule& rule = MetricRules::all().at(metric);
        if (rule.direction == MetricDirection::CloserToZeroIsBetter) {
            const CellValue magnitude =
                cell(index.row(), query().columnIndex(MetricRules::magnitudeDeltaColumn(rule.key)));
            if (magnitude.isNull())
                return -1;
            return static_cast<int>(
                MetricRules::judge(MetricDirection::LowerIsBetter, 0.0, magnitude.value.toDouble()));
        }
        return static_cast<int>(MetricRules::judge(rule.key, 0.0, delta.value.toDouble()));
    }
    if (role == Qt::TextAlignmentRole && isDelta)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == CreatedColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole) &&
        isRowLoaded(index.row())) {
        const QDateTime created = cell(index.row(), CreatedColumn).value.toDateTime();
        if (!created.isValid())
            return QVariant();
        if (role == Qt::DisplayRole)
            return TimeText::minutes(created);
        // Measured against the moment a snapshot was exported, like every age in the window.
        const QDateTime now = database() ? database()->asOf() : QDateTime();
        return now.isValid() && now >= created
                   ? tr("Created %1, %2 ago").arg(TimeText::minutesUtc(created), Durations::span(created.secsTo(now)))
                   : tr("Created %1").arg(TimeText::minutesUtc(created));
    }
    if (index.column() == FirstSeenColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole) &&
        isRowLoaded(index.row())) {
        const QDateTime firstSeen = cell(index.row(), FirstSeenColumn).value.toDateTime();
        const QDateTime now = database() ? database()->asOf() : QDateTime();
        if (role == Qt::DisplayRole)
            return firstSeen.isValid() ? ageText(firstSeen, now) : QVariant();
        return ageExplanation(
            firstSeen, now, database() && m_catalog && SuggestionQuery::hasArrivals(database()->dialect(), *m_catalog));
    }
    return PagedTableModel::data(index, role);
}

QString SuggestionQueueModel::ageText(const QDateTime& firstSeen, const QDateTime& now)
{
    if (!firstSeen.isValid() || !now.isValid())
        return {};
    // A server clock a little ahead of this one is no age at all, not a negative one.
    return Durations::span(qMax<qint64>(0, firstSeen.secsTo(now)));
}

QString SuggestionQueueModel::ageExplanation(const QDateTime& firstSeen, const QDateTime& now, bool recorded)
{
    if (firstSeen.isValid()) {
        // Said in full, so that nobody takes it for the time the pipeline made the suggestion.
        return tr("First seen by Steward on %1 (%2 ago). The pipeline does not record when it made a suggestion; "
                  "this is when Steward first found it in the database.")
            .arg(TimeText::minutesUtc(firstSeen), ageText(firstSeen, now));
    }
    if (!recorded)
        return tr("No age: this database has no Steward tables yet, so Steward keeps no record of when it first saw "
                  "each suggestion (File ▸ Initialise Steward tables).");
    return tr("No age yet: Steward records when it first sees a suggestion each time the database is opened "
              "read-write, and it has not been since this suggestion arrived.");
}

QVariant SuggestionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && (role == Qt::DisplayRole || role == Qt::ToolTipRole) && section >= 0 &&
        section < columnCount()) {
        const int metric = section - FirstDeltaColumn;
        if (metric >= 0 && metric < deltaColumnCount()) {
            const MetricRule& rule = MetricRules::all().at(metric);
            if (role == Qt::ToolTipRole)
                return tr("Change in %1 (after − before)").arg(rule.label);
            return tr("Δ %1").arg(rule.label);
        }
        if (role == Qt::ToolTipRole && section == FirstSeenColumn)
            return tr("How long ago Steward first saw each suggestion (the pipeline records no creation time). "
                      "Click to sort, oldest first; a third click returns to the queue order");
        if (role == Qt::ToolTipRole)
            return isSortable(section) ? tr("Click to sort; a third click returns to the queue order") : QVariant();
        switch (section) {
        case IdColumn:
            return tr("Suggestion");
        case StatusColumn:
            return tr("Status");
        case SummaryColumn:
            return tr("Summary");
        case CreatedColumn:
            return tr("Created (UTC)");
        case FirstSeenColumn:
            return tr("Age");
        case CategoryColumn:
            return tr("Category");
        case ClientColumn:
            return tr("Client");
        case CycleIdColumn:
            return tr("Cycle");
        case CycleStateColumn:
            return tr("Cycle state");
        default:
            break;
        }
    }
    return PagedTableModel::headerData(section, orientation, role);
}

void SuggestionQueueModel::sort(int column, Qt::SortOrder order)
{
    SuggestionOrder next;
    if (isSortable(column)) {
        next.column = query().columns.at(column).name;
        next.descending = order == Qt::DescendingOrder;
    }
    if (next.column == m_order.column && next.descending == m_order.descending)
        return;
    // A failure is already reported through queryFailed(); sort() has nowhere to return it.
    std::ignore = setOrder(next);
}

} // namespace steward
