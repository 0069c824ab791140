#include "JsonRows.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace steward::cli {

namespace {
// Each element of the array is indented once, its members twice (four spaces a level).
constexpr char kMemberIndent[] = "        ";
constexpr char kElementIndent[] = "    ";

bool plainAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') && c != QLatin1Char('\\');
    });
}

// QJsonDocument's escapes for text below 0x80: the quote, the backslash and control characters.
// Returns false for text with anything above, which its writer encodes itself.
bool appendAsciiString(QStringView text, QByteArray& out)
{
    static constexpr char hex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    // At most six bytes a character (\u00XX) and the quotes; the capacity stays.
    out.resize(start + 6 * text.size() + 2);
    char* cursor = out.data() + start;
    *cursor++ = '"';
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            out.resize(start);
            return false;
        }
        if (u >= 0x20 && u != u'"' && u != u'\\') {
            *cursor++ = static_cast<char>(u);
            continue;
        }
        *cursor++ = '\\';
        switch (u) {
        case u'"':
            *cursor++ = '"';
            break;
        case u'\\':
            *cursor++ = '\\';
            break;
        case 0x8:
            *cursor++ = 'b';
            break;
        case 0xc:
            *cursor++ = 'f';
            break;
        case 0xa:
            *cursor++ = 'n';
            break;
        case 0xd:
            *cursor++ = 'r';
            break;
        case 0x9:
            *cursor++ = 't';
            break;
        default:
            *cursor++ = 'u';
            *cursor++ = '0';
            *cursor++ = '0';
            *cursor++ = hex[u >> 4];
            *cursor++ = hex[u & 0xf];
        }
    }
    *cursor++ = '"';
    out.resize(cursor - out.constData());
    return true;
}

// One plain value as QJsonDocument writes it; false for a value it must write itself.
bool appendPlain(const QJsonValue& value, QByteArray& out)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::Double: {
        // An integer is kept as one and written in full; a double the shortest way that reads back.
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger()) {
            out += QByteArray::number(number.toInteger());
        } else {
            const double d = number.toDouble();
            out += std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
        }
        return true;
    }
    case QJsonValue::String:
        return appendAsciiString(value.toString(), out);
    case QJsonValue::Undefined: // QJsonObject leaves its key out
    case QJsonValue::Array:
    case QJsonValue::Object:
        return false;
    }
    return false;
}
} // namespace

JsonRows::JsonRows(const QStringList& columns) : m_columns(columns)
{
    m_direct = !columns.isEmpty() &&
               std::all_of(columns.cbegin(), columns.cend(), [](const QString& column) { return plainAscii(column); });
    if (!m_direct)
        return;
    // QJsonObject keeps its keys in order and a key once, the value inserted last.
    QList<qsizetype> order;
    for (qsizetype c = 0; c < columns.size(); ++c)
        order << c;
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return columns.at(a) < columns.at(b); });
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i + 1 < order.size() && columns.at(order.at(i)) == columns.at(order.at(i + 1)))
            continue;
        m_order << order.at(i);
        m_keys << kMemberIndent + columns.at(order.at(i)).toLatin1().prepend('"') + "\": ";
    }
}

void JsonRows::append(const QList<QJsonValue>& row, QByteArray& out) const
{
    if (!m_direct || row.size() != m_columns.size())
        return appendThroughDocument(row, out);
    const qsizetype start = out.size();
    out += kElementIndent;
    out += "{\n";
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        out += m_keys.at(i);
        if (!appendPlain(row.at(m_order.at(i)), out)) {
            out.truncate(start);
            return appendThroughDocument(row, out);
        }
        out += i + 1 < m_order.size() ? ",\n" : "\n";
    }
    out += kElementIndent;
    out += '}';
}

void JsonRows::appendThroughDocument(const QList<QJsonValue>& row, QByteArray& out) const
{
    QJsonObject object;
    for (qsizetype c = 0; c < m_columns.size() && c < row.size(); ++c)
        object.insert(m_columns.at(c), row.at(c));
    // Inside an array of one, the object is indented as an element of the whole array, between
    // "[\n" and "\n]\n".
    const QByteArray element = QJsonDocument(QJsonArray{object}).toJson(QJsonDocument::Indented);
    out += QByteArrayView(element).sliced(2, element.size() - 5);
}

} // namespace steward::cli
