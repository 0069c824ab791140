#include "CliOutput.h"

#include "JsonRows.h"
#include "models/values/CellValue.h"
#include "models/values/CsvText.h"
#include "models/values/VisibleText.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward::cli {

namespace {
// JSON is handed to the stream in pieces of about this size.
constexpr qsizetype kJsonChunkBytes = 64 * 1024;
} // namespace

QString CliOutput::plainText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return jsonToCompactText(value);
    }
    return {};
}

QString CliOutput::csvField(const QString& text) const
{
    return m_raw ? CsvText::quoted(text) : CsvText::field(text);
}

QString CliOutput::shown(const QString& text) const
{
    return m_raw ? text : VisibleText::escapeControls(text);
}

void CliOutput::printAligned(const OutputTable& table, int maxWidth)
{
    QList<int> widths;
    QStringList header;
    for (const QString& column : table.columns) {
        header << shown(column);
        widths << static_cast<int>(header.last().size());
    }
    QList<QStringList> cells;
    for (const auto& row : table.rows) {
        QStringList texts;
        for (int c = 0; c < row.size(); ++c) {
            QString text = shown(plainText(row.at(c)).simplified());
            if (text.size() > maxWidth)
                text = text.left(maxWidth - 1) + QStringLiteral("…");
            if (c < widths.size())
                widths[c] = qMax(widths[c], static_cast<int>(text.size()));
            texts << text;
        }
        cells << texts;
    }
    const auto line = [&](const QStringList& texts) {
        QString out;
        for (int c = 0; c < texts.size(); ++c) {
            if (c)
                out += QStringLiteral("  ");
            out += c + 1 < texts.size() ? texts.at(c).leftJustified(widths.value(c)) : texts.at(c);
        }
        m_out << out << '\n';
    };
    line(header);
    for (const QStringList& texts : cells)
        line(texts);
}

void CliOutput::printList(const OutputTable& table)
{
    if (m_format == OutputFormat::Table) {
        printTable(table);
        return;
    }
    printRows(table.columns, table.rows.size(), [&table](qsizetype r) { return table.rows.at(r); });
}

void CliOutput::printTable(const OutputTable& table)
{
    printAligned(table, 60);
    if (table.rows.isEmpty())
        m_out << QStringLiteral("(no rows)") << '\n';
    m_out.flush();
}

void CliOutput::writeUtf8(const QByteArray& text)
{
    // Straight to the device when there is one: through the stream the text would be decoded
    // to UTF-16 and encoded again.
    if (QIODevice* device = m_out.device(); device && m_out.encoding() == QStringConverter::Utf8) {
        m_out.flush();
        device->write(text);
    } else {
        m_out << QString::fromUtf8(text);
    }
}

void CliOutput::printRows(const QStringList& columns, qsizetype count, const OutputRows& row)
{
    switch (m_format) {
    case OutputFormat::Json: {
        // Handed to the stream in pieces: one document of 100,000 rows ran to hundreds of
        // megabytes, and the system time of touching them was most of the command's time.
        const JsonRows rows(columns);
        QByteArray chunk;
        chunk.reserve(kJsonChunkBytes + 4096);
        chunk += "[\n";
        for (qsizetype r = 0; r < count; ++r) {
            rows.append(row(r), chunk);
            chunk += r + 1 < count ? ",\n" : "\n";
            if (chunk.size() >= kJsonChunkBytes) {
                writeUtf8(chunk);
                chunk.resize(0); // keeps its capacity
            }
        }
        chunk += "]\n";
        writeUtf8(chunk);
        break;
    }
    case OutputFormat::Csv: {
        QStringList header;
        for (const QString& column : columns)
            header << csvField(column);
        m_out << header.join(QLatin1Char(',')) << "\r\n";
        for (qsizetype r = 0; r < count; ++r) {
            QStringList fields;
            for (const QJsonValue& value : row(r))
                fields << csvField(plainText(value));
            m_out << fields.join(QLatin1Char(',')) << "\r\n";
        }
        break;
    }
    case OutputFormat::Table: {
        OutputTable table;
        table.columns = columns;
        table.rows.reserve(count);
        for (qsizetype r = 0; r < count; ++r)
            table.rows << row(r);
        printTable(table);
        return;
    }
    }
    m_out.flush();
}

void CliOutput::printObject(const OutputObject& object)
{
    switch (m_format) {
    case OutputFormat::Json: {
        QJsonObject json;
        for (const auto& [key, value] : object)
            json.insert(key, value);
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        break;
    }
    case OutputFormat::Csv: {
        m_out << "key,value\r\n";
        for (const auto& [key, value] : object)
            m_out << csvField(key) << ',' << csvField(plainText(value)) << "\r\n";
        break;
    }
    case OutputFormat::Table: {
        int width = 0;
        for (const auto& [key, value] : object) {
            Q_UNUSED(value)
            width = qMax(width, static_cast<int>(shown(key).size()));
        }
        for (const auto& [key, value] : object) {
            // A list of objects under a key reads best as its own small table.
            if (value.isArray() && !value.toArray().isEmpty() && value.toArray().first().isObject()) {
                m_out << shown(key) << ":\n";
                OutputTable nested;
                const QJsonArray array = value.toArray();
                // JSON objects sort their keys; a person reads the name first.
                nested.columns = array.first().toObject().keys();
                for (const QString& first : {QStringLiteral("rows"), QStringLiteral("name")}) {
                    if (nested.columns.removeOne(first))
                        nested.columns.prepend(first);
                }
                for (const QJsonValue& item : array) {
                    QList<QJsonValue> row;
                    for (const QString& column : nested.columns)
                        row << item.toObject().value(column);
                    nested.rows << row;
                }
                QString buffer;
                QTextStream stream(&buffer);
                CliOutput(OutputFormat::Table, stream, m_raw).printAligned(nested, 80);
                stream.flush();
                for (const QString& nestedLine : buffer.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    m_out << "  " << nestedLine << '\n';
                continue;
            }
            QString text = shown(value.isString() ? value.toString() : plainText(value));
            m_out << (shown(key) + QLatin1Char(':')).leftJustified(width + 2)
                  << text.replace(QLatin1Char('\n'), QStringLiteral("\n") + QString(width + 2, QLatin1Char(' ')))
                  << '\n';
        }
        break;
    }
    }
    m_out.flush();
}

void CliOutput::note(const QString& line)
{
    if (m_format == OutputFormat::Table) {
        m_out << shown(line) << '\n';
        m_out.flush();
    }
}

} // namespace steward::cli
