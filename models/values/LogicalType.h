#pragma once

#include <QString>

namespace steward {

// What a column holds, independent of how the backend declares it: PostgreSQL jsonb and a
// SQLite TEXT column of JSON are both Json.
enum class LogicalType { Text, Integer, Numeric, Boolean, Json, Uuid, Timestamp, Date, Blob };

// From a declared column type on either backend (jsonb, uuid, numeric, timestamptz, TEXT...).
LogicalType logicalTypeFromDeclared(const QString& declaredType);
QString logicalTypeName(LogicalType type);

// Columns whose values are secrets: never displayed, logged or exported.
bool isSecretColumn(const QString& table, const QString& column);

} // namespace steward
