#include "SnapshotDiffModel.h"

#include <QCoreApplication>
#include <QHash>

namespace steward {

namespace {
QString headerFor(const QString& column)
{
    static const QHash<QString, const char*> headers{
        {QStringLiteral("suggestion_id"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Suggestion")},
        {QStringLiteral("violation_id"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Violation")},
        {QStringLiteral("client_id"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Client")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Category")},
        {QStringLiteral("severity"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Severity")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Summary")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Description")},
        {QStringLiteral("status_before"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Before")},
        {QStringLiteral("status_after"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "After")},
        {QStringLiteral("model_version"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Version")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Created (UTC)")},
        {QStringLiteral("wmape"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "WMAPE")},
        {QStringLiteral("change"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Change")},
        {QStringLiteral("seq"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "#")},
        {QStringLiteral("recorded_at"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "When (UTC)")},
        {QStringLiteral("actor"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Who")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Action")},
        {QStringLiteral("target_kind"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Item kind")},
        {QStringLiteral("target_id"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Item")},
        {QStringLiteral("state_before"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Before")},
        {QStringLiteral("state_after"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "After")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Comment")},
        {QStringLiteral("item"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Item kind")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Item")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("SnapshotDiffModel", "Summary or description")},
    };
    const char* text = headers.value(column);
    return text ? QCoreApplication::translate("SnapshotDiffModel", text) : column;
}
} // namespace

SnapshotDiffModel::SnapshotDiffModel(SnapshotDiffReport::Section section, QObject* parent)
    : QAbstractTableModel(parent), m_section(section), m_columns(SnapshotDiffReport().columns(section))
{
}

void SnapshotDiffModel::setReport(const SnapshotDiffReport& report)
{
    beginResetModel();
    m_rows = report.rows(m_section);
    endResetModel();
}

void SnapshotDiffModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SnapshotDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SnapshotDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString SnapshotDiffModel::change(int row) const
{
    const QVariantList& values = m_rows.at(row);
    switch (m_section) {
    case SnapshotDiffReport::Section::Unaudited:
        return values.at(4).isNull() ? QStringLiteral("removed") : QStringLiteral("changed");
    case SnapshotDiffReport::Section::Suggestions:
    case SnapshotDiffReport::Section::Violations:
        if (values.at(2).isNull())
            return QStringLiteral("appeared");
        if (values.at(3).isNull())
            return QStringLiteral("removed");
        return QStringLiteral("changed");
    case SnapshotDiffReport::Section::ModelVersions:
        return values.at(4).toString();
    case SnapshotDiffReport::Section::Audit:
        return QStringLiteral("appeared");
    }
    return {};
}

QVariant SnapshotDiffModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant& value = m_rows.at(index.row()).at(index.column());
    const QString column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (value.isNull())
            return column.endsWith(QLatin1String("_before"))  ? tr("(new)")
                   : column.endsWith(QLatin1String("_after")) ? tr("(gone)")
                                                              : QString();
        if (column == QLatin1String("wmape"))
            return QString::number(value.toDouble(), 'f', 4);
        if (column == QLatin1String("change"))
            return value.toString() == QLatin1String("appeared") ? tr("appeared") : tr("removed");
        return value.toString().simplified();
    case Qt::ToolTipRole:
        return value.toString().size() > 40 ? value.toString() : QVariant();
    case Qt::TextAlignmentRole:
        if (column == QLatin1String("wmape") || column == QLatin1String("seq"))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ValueRole:
        return value;
    case ChangeRole:
        return change(index.row());
    default:
        return {};
    }
}

QVariant SnapshotDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    return headerFor(m_columns.at(section));
}

} // namespace steward
