#pragma once

#include "CliArguments.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace steward::cli {

// A list for the CLI to print: keys are the source column names.
struct OutputTable
{
    QStringList columns;
    QList<QList<QJsonValue>> rows;
};

using OutputObject = QList<QPair<QString, QJsonValue>>;

// The rows of a list made one at a time, by index: JSON and CSV print each as it is made, so that
// a long list is never held whole as JSON values.
using OutputRows = std::function<QList<QJsonValue>(qsizetype)>;

// Prints lists and objects as an aligned table, JSON (an array of objects, or one object) or CSV.
// Stored text is someone else's: tables escape its control characters and CSV cells cannot run
// as formulas, unless raw output is asked for.
class CliOutput
{
public:
    CliOutput(OutputFormat format, QTextStream& stream, bool raw = false) : m_format(format), m_raw(raw), m_out(stream)
    {
    }

    OutputFormat format() const { return m_format; }
    void printList(const OutputTable& table);
    void printRows(const QStringList& columns, qsizetype count, const OutputRows& row);
    void printObject(const OutputObject& object);
    // A line of prose for people (table format only; JSON and CSV stay machine-readable).
    void note(const QString& line);

    static QString plainText(const QJsonValue& value);

private:
    void printAligned(const OutputTable& table, int maxWidth);
    void printTable(const OutputTable& table);
    void writeUtf8(const QByteArray& text);
    QString csvField(const QString& text) const;
    QString shown(const QString& text) const;

    OutputFormat m_format;
    bool m_raw;
    QTextStream& m_out;
};

} // namespace steward::cli
