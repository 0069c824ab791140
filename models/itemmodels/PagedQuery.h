#pragma once

#include "models/values/LogicalType.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace steward {

struct TableInfo;
class SqlDialect;

// What a paged model shows: one SELECT, described in parts so that the model can count it,
// page it and find rows in it. Every part is SQL written by code (column expressions, joins,
// allow-listed orders); everything a user typed travels in `binds`.
struct PagedQuery
{
    struct Column
    {
        QString name;       // header and key in exports: the source column name
        QString expression; // SQL expression selected for it
        LogicalType type = LogicalType::Text;
        bool secret = false; // selected as a placeholder; the value never leaves the server
    };

    QList<Column> columns;
    QString from; // FROM clause body (tables and joins)
    // Where a full count reads instead of `from`, when that holds the same rows for every
    // `where` and is cheaper (a join that only orders); empty: `from`.
    QString countFrom;
    QString where; // WHERE clause body with ? placeholders, or empty
    QVariantList binds;
    QString orderBy; // ORDER BY body; must end with the unique key so that pages do not overlap
    QString key;     // unique key expression identifying a row
    // True when orderBy is the key ascending: pages after a cached one are fetched by key
    // (WHERE key > last) instead of by OFFSET.
    bool orderedByKey = false;

    // Groups of rows shown one after another, each in `orderBy` order ("pending first, then the
    // rest"): every segment adds its condition to `where` and is counted and paged on its own,
    // so that each group can use an index where one ORDER BY over all rows could not.
    struct Segment
    {
        QString where;
        QVariantList binds;
    };
    QList<Segment> segments; // empty: all rows are one group

    // For orders no index serves (computed expressions), where every page would sort all rows
    // again: the keys are read in order once (8 bytes a row, one scan), and each page reads
    // its rows by key. Needs a whole-number unique key column.
    bool keysFirst = false;
    // For orders an index serves but whose OFFSET is dear (each skipped row joined to another
    // table): the first pages are read with LIMIT, a page far down reads every key in order once
    // (as keysFirst does) and is read by key from then on.
    bool keysForFarPages = false;

    int columnIndex(const QString& name) const;
    QString selectList() const;
    // Every row in the query's order, the key last: SELECT … FROM … [WHERE …] [ORDER BY …],
    // binds in `binds`; the caller adds a LIMIT where it wants one.
    QString selectStatement() const;

    // All rows of any table, in primary key (or rowid) order; secret columns masked.
    static PagedQuery forTable(const TableInfo& table, const SqlDialect& dialect);
};

QString secretPlaceholder();

} // namespace steward
