#pragma once

#include "models/values/LogicalType.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

// The tables the forecasting pipeline writes (pipeline_postgres.sql), as far as Steward relies
// on them. Real databases may have more columns and more tables; those are shown too.
struct PipelineColumn
{
    QString name;
    LogicalType type;
};

struct PipelineTable
{
    QString name;
    QString publicIdColumn; // the id people and the CLI use (suggestion_id, violation_id...)
    QList<PipelineColumn> columns;
};

namespace PipelineSchema {
const QList<PipelineTable>& tables();
const PipelineTable* table(const QString& name);
// The logical type of a known pipeline column, or nothing for columns the pipeline does not define.
std::optional<LogicalType> knownColumnType(const QString& table, const QString& column);
// The product areas of Steward and the pipeline tables each one cannot work without.
enum class Area { Review, Registry, Governance };
QStringList tablesFor(Area area);
} // namespace PipelineSchema

} // namespace steward
