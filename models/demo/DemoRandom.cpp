#include "DemoRandom.h"

#include <cmath>

namespace steward {

double DemoRandom::normal(double mean, double sd)
{
    // Box-Muller: two uniforms give one normal value.
    const double u1 = qMax(1e-12, m_generator.generateDouble());
    const double u2 = m_generator.generateDouble();
    return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

QString DemoRandom::uuid()
{
    quint32 words[4];
    m_generator.fillRange(words, 4);
    unsigned char bytes[16];
    for (int i = 0; i < 4; ++i) {
        for (int b = 0; b < 4; ++b)
            bytes[i * 4 + b] = static_cast<unsigned char>(words[i] >> (8 * b));
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[bytes[i] >> 4]);
        out += QLatin1Char(hex[bytes[i] & 0x0f]);
    }
    return out;
}

void JsonText::separator()
{
    if (m_needComma)
        m_text += QLatin1Char(',');
    m_needComma = false;
}

void JsonText::appendEscaped(const QString& value)
{
    m_text += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            m_text += QLatin1String("\\\"");
            break;
        case '\\':
            m_text += QLatin1String("\\\\");
            break;
        case '\n':
            m_text += QLatin1String("\\n");
            break;
        default:
            if (c.unicode() < 0x20)
                m_text += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                m_text += c;
        }
    }
    m_text += QLatin1Char('"');
}

JsonText& JsonText::beginObject()
{
    separator();
    m_text += QLatin1Char('{');
    return *this;
}

JsonText& JsonText::endObject()
{
    m_text += QLatin1Char('}');
    m_needComma = true;
    return *this;
}

JsonText& JsonText::beginArray(const QString& name)
{
    if (!name.isEmpty())
        key(name);
    else
        separator();
    m_text += QLatin1Char('[');
    return *this;
}

JsonText& JsonText::endArray()
{
    m_text += QLatin1Char(']');
    m_needComma = true;
    return *this;
}

JsonText& JsonText::key(const QString& name)
{
    separator();
    appendEscaped(name);
    m_text += QLatin1Char(':');
    return *this;
}

JsonText& JsonText::number(const QString& name, double value, int decimals)
{
    key(name);
    QString formatted = QString::number(value, 'f', decimals);
    // Trailing zeros carry no information and make the JSON look machine-made.
    if (formatted.contains(QLatin1Char('.'))) {
        while (formatted.endsWith(QLatin1Char('0')))
            formatted.chop(1);
        if (formatted.endsWith(QLatin1Char('.')))
            formatted.chop(1);
    }
    if (formatted == QLatin1String("-0"))
        formatted = QStringLiteral("0");
    m_text += formatted;
    m_needComma = true;
    return *this;
}

JsonText& JsonText::integer(const QString& name, qint64 value)
{
    key(name);
    m_text += QString::number(value);
    m_needComma = true;
    return *this;
}

JsonText& JsonText::text(const QString& name, const QString& value)
{
    key(name);
    appendEscaped(value);
    m_needComma = true;
    return *this;
}

JsonText& JsonText::boolean(const QString& name, bool value)
{
    key(name);
    m_text += value ? QLatin1String("true") : QLatin1String("false");
    m_needComma = true;
    return *this;
}

JsonText& JsonText::null(const QString& name)
{
    key(name);
    m_text += QLatin1String("null");
    m_needComma = true;
    return *this;
}

JsonText& JsonText::object(const QString& name)
{
    key(name);
    m_text += QLatin1Char('{');
    return *this;
}

JsonText& JsonText::strings(const QString& name, const QStringList& values)
{
    beginArray(name);
    for (const QString& value : values) {
        separator();
        appendEscaped(value);
        m_needComma = true;
    }
    return endArray();
}

JsonText& JsonText::numbers(const QString& name, const QList<int>& values)
{
    beginArray(name);
    for (int value : values) {
        separator();
        m_text += QString::number(value);
        m_needComma = true;
    }
    return endArray();
}

QString JsonText::take()
{
    m_needComma = false;
    return std::exchange(m_text, QString());
}

} // namespace steward
