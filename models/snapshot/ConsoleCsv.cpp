// The console's CSV export: every row of an accepted statement, streamed.
#include "ConsoleSession.h"
#include "models/values/CellValue.h"
#include "models/values/CsvText.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleSession)
};

} // namespace

Outcome ConsoleSession::writeCsv(const ConsoleStatement& statement, QIODevice& out,
                                 const std::function<bool(qint64 rows)>& progress)
{
    ConsoleColumns shape;
    qint64 written = 0;
    Outcome stopped;
    QStringList fields;
    const Outcome ran = forEachRow(
        statement, 0,
        [&](const ConsoleColumns& columns) {
            shape = columns;
            if (out.write(CsvText::line(columns.names)) < 0)
                stopped = Outcome::failed(Text::tr("could not write: %1").arg(out.errorString()));
        },
        [&](const QVariantList& row) {
            if (!stopped)
                return false;
            fields.clear();
            for (int c = 0; c < row.size(); ++c)
                fields << mapValue(row.at(c), shape.types.value(c, LogicalType::Text)).text();
            if (out.write(CsvText::line(fields)) < 0) {
                stopped = Outcome::failed(Text::tr("could not write: %1").arg(out.errorString()));
                return false;
            }
            ++written;
            if (progress && written % 1000 == 0 && !progress(written)) {
                stopped = Outcome::failed(Text::tr("the export was cancelled"));
                return false;
            }
            return true;
        });
    if (!ran)
        return ran;
    return stopped;
}

} // namespace steward
