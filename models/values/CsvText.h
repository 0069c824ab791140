#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace steward {

// CSV cells for files that end up in spreadsheets. Every CSV Steward writes (the compliance
// report, the SQL console's export, steward-cli --format csv) goes through here, so that a
// value stored by someone else cannot become a formula on the reader's machine.
namespace CsvText {
// A cell starting with = + - @ (or tab or carriage return, which some spreadsheets skip
// before looking) is run as a formula; a leading apostrophe keeps it text. Numbers such as
// -0.5 are left alone.
QString neutralised(const QString& text);
// One RFC 4180 field: quoted when it holds a comma, quote or line break.
QString quoted(const QString& text);
// Both: the field as written to a file.
inline QString field(const QString& text)
{
    return quoted(neutralised(text));
}
// One record: the fields as written, comma-separated, ending in CRLF, UTF-8.
QByteArray line(const QStringList& fields);
} // namespace CsvText

} // namespace steward
