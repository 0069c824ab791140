#pragma once

#include "CliArguments.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace steward::cli {

// A list for the CLI to print: keys are the source column names.
struct OutputTable
{
    QStringList columns;
    QList<QList<QJsonValue>> rows;
};

using OutputObject = QList<QPair<QString, QJsonValue>>;

// Prints lists and objects as an aligned table, JSON (an array of objects, or one object) or CSV.
class CliOutput
{
public:
    CliOutput(OutputFormat format, QTextStream& stream) : m_format(format), m_out(stream) {}

    OutputFormat format() const { return m_format; }
    void printList(const OutputTable& table);
    void printObject(const OutputObject& object);
    // A line of prose for people (table format only; JSON and CSV stay machine-readable).
    void note(const QString& line);

    static QString plainText(const QJsonValue& value);
    static QString csvField(const QString& text);

private:
    void printAligned(const OutputTable& table, int maxWidth);

    OutputFormat m_format;
    QTextStream& m_out;
};

} // namespace steward::cli
