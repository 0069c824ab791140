// query: the read-only SQL console for scripts and auditors, with the console's guards.
#include "CliContext.h"
#include "CliText.h"
#include "commands/Commands.h"
#include "models/db/Database.h"
#include "models/snapshot/ConsoleSession.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <tuple>

namespace steward::cli {

namespace {
using Text = CliText;
} // namespace

Outcome runQuery(CliContext& context, CommandArguments& arguments)
{
    if (Outcome parsed = arguments.parse({{QStringLiteral("limit")}}, 1, 1,
                                         QStringLiteral("steward-cli [--db TARGET] query SQL [--limit N]"));
        !parsed)
        return parsed;
    int limit = 0;
    if (Outcome read = arguments.intValue(QStringLiteral("limit"), 1000, 1, &limit); !read)
        return read;
    auto db = context.database();
    if (!db)
        return db.failure();
    auto opened = ConsoleSession::open((*db)->target(), (*db)->actingUser());
    if (!opened)
        return opened.failure();
    ConsoleSession& console = **opened;
    // The console's own limit, or --time-limit when that is shorter.
    const int limitSeconds = context.global().timeLimitSeconds;
    if (limitSeconds > 0 && limitSeconds < ConsoleSession::kTimeoutSeconds)
        std::ignore = console.setTimeoutSeconds(limitSeconds);
    auto statement = console.prepare(arguments.positional(0));
    if (!statement)
        return statement.failure();
    auto result = console.fetch(*statement, limit);
    if (!result)
        return result.failure();

    OutputTable table;
    table.columns = result->columns.names;
    for (const QVariantList& row : result->rows) {
        QList<QJsonValue> cells;
        for (int c = 0; c < row.size(); ++c)
            cells << mapValue(row.at(c), result->columns.types.value(c, LogicalType::Text)).toJson();
        table.rows << cells;
    }
    context.output().printList(table);
    if (result->truncated) {
        // On stderr, so that JSON and CSV on stdout stay whole.
        context.err() << "steward-cli: note: "
                      << Text::tr("only the first %1 rows are shown; --limit N shows more").arg(limit) << Qt::endl;
    }
    return Outcome::ok();
}

} // namespace steward::cli
