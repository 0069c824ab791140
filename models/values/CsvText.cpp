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

} // namespace steward::CsvText
