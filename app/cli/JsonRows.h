#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace steward::cli {

// A list's rows as the elements of one indented JSON array, written a row at a time and byte for
// byte what QJsonDocument writes for the whole array (keys sorted, later columns of the same
// name winning, numbers and escapes as Qt writes them). Rows of plain values (null, booleans,
// numbers, ASCII text) are written directly; anything else goes through QJsonDocument, one row
// at a time. At 100,000 rows the whole document and its copies took hundreds of megabytes, and
// building an object per row most of the time left.
class JsonRows
{
public:
    explicit JsonRows(const QStringList& columns);
    // Appends one row as an array element (indented as the array's element, no comma, no newline).
    void append(const QList<QJsonValue>& row, QByteArray& out) const;

private:
    void appendThroughDocument(const QList<QJsonValue>& row, QByteArray& out) const;

    QStringList m_columns;
    // The columns in QJsonObject's order, each key once (the last column of that name), with the
    // key already written as `        "key": `; empty when a key is not plain ASCII.
    QList<qsizetype> m_order;
    QList<QByteArray> m_keys;
    bool m_direct = false;
};

} // namespace steward::cli
