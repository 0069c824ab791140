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
    void printObject(const OutputObject& object);
    // A line of prose for people (table format only; JSON and CSV stay machine-readable).
    void note(const QString& line);

    static QString plainText(const QJsonValue& value);

private:
    void printAligned(const OutputTable& table, int maxWidth);
    QString csvField(const QString& text) const;
    QString shown(const QString& text) const;

    OutputFormat m_format;
    bool m_raw;
    QTextStream& m_out;
};

} // namespace steward::cli
