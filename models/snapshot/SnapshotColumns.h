#pragma once

#include "models/db/SqlDialect.h"

#include <QList>
#include <QString>

namespace steward {

struct ColumnInfo;
struct TableInfo;

// How one source column is read and stored in a snapshot so that its values survive exactly:
//   PostgreSQL             read as                          stored as (declared type)
//   smallint/int/bigint    the integer                      INTEGER
//   real/double precision  the double                       REAL
//   numeric/decimal        ::text, every digit              NUMERIC_TEXT (TEXT affinity)
//   json/jsonb             ::text (jsonb's own form)        JSON_TEXT / JSONB_TEXT (TEXT affinity)
//   uuid                   ::text (lowercase)               UUID
//   timestamptz/timestamp  ISO 8601 UTC text, "Z", to the  TIMESTAMPTZ / TIMESTAMP
//                          millisecond or microsecond
//   date                   YYYY-MM-DD                       DATE
//   boolean                1 or 0                           BOOLEAN
//   bytea                  the bytes                        BLOB
//   anything else          ::text                           TEXT
// A SQLite source keeps its declared types and stored values as they are. Secret columns
// (llm_providers.api_key, passwords, tokens) are selected as NULL: the value never leaves the
// source.
struct ExportColumn
{
    QString name;
    QString snapshotType;     // declared type in the snapshot
    QString selectExpression; // on the source
    bool redacted = false;
    bool primaryKey = false;
};

QList<ExportColumn> exportColumns(const TableInfo& table, const SqlDialect& source);

// The table's name in a snapshot: Steward's own PostgreSQL tables (steward.audit_log) take their
// SQLite names (steward_audit_log), so that a snapshot is an ordinary Steward SQLite database.
QString snapshotTableName(const TableInfo& table);

// The CREATE TABLE statement for the copy.
QString snapshotTableDefinition(const QString& name, const QList<ExportColumn>& columns);

} // namespace steward
