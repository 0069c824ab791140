#include "CsvText.h"

#include <QLocale>

namespace steward::CsvText {

QString neutralised(const QString& text)
{
    if (text.isEmpty() || !QStringLiteral("=+-@\t\r").contains(text.front()))
        return text;
    bool number = false;
    QLocale::c().toDouble(text, &number);
    // QLocale forgives surrounding blanks; a cell that has them is not a plain number.
    if (number && text.trimmed().size() == text.size())
        return text;
    return QLatin1Char('\'') + text;
}

QString quoted(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString value = text;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray line(const QStringList& fields)
{
    QByteArray record;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            record += ',';
        record += field(fields.at(i)).toUtf8();
    }
    return record + "\r\n";
}

} // namespace steward::CsvText
