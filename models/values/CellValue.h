#pragma once

#include "models/values/JsonValue.h"
#include "models/values/LogicalType.h"

#include <QDateTime>
#include <QJsonValue>
#include <QVariant>

namespace steward {

// One value read from either backend, in its canonical form: PostgreSQL jsonb and SQLite TEXT
// JSON, uuid and text, numeric and REAL, timestamptz and ISO text all come out alike.
struct CellValue
{
    LogicalType type = LogicalType::Text;
    QVariant value;         // QString, qlonglong, double, bool, QDateTime (UTC), QDate, QByteArray
    JsonCell json;          // for Json
    bool malformed = false; // the stored text could not be read as this type; value holds it raw

    bool isNull() const;
    // Canonical text: ISO 8601 UTC timestamps, YYYY-MM-DD dates, compact JSON, lowercase uuids.
    QString text() const;
    // For JSON output: numbers stay numbers, JSON columns stay JSON (invalid JSON as its raw text).
    QJsonValue toJson() const;
};

CellValue mapValue(const QVariant& raw, LogicalType type);

// Timestamps in every form the pipeline and Steward write them, as UTC.
QDateTime parseTimestamp(const QVariant& raw);
QString timestampText(const QDateTime& utc);
QString numberText(double value);

} // namespace steward

Q_DECLARE_METATYPE(steward::CellValue)
