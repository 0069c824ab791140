// report: the compliance report as PDF, HTML or CSV.
#include "CliContext.h"
#include "CliText.h"
#include "commands/Commands.h"
#include "models/db/Database.h"
#include "models/governance/ComplianceReport.h"
#include "ui/render/report/ReportWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>
#include <unistd.h>

namespace steward::cli {

namespace {
using Text = CliText;

Outcome dateOption(const CommandArguments& arguments, const QString& name, QDate* out)
{
    if (!arguments.has(name))
        return Outcome::ok();
    *out = QDate::fromString(arguments.value(name), Qt::ISODate);
    if (!out->isValid())
        return Outcome::usage(Text::tr("--%1 must be a date, YYYY-MM-DD").arg(name));
    return Outcome::ok();
}
} // namespace

Outcome runReport(CliContext& context, CommandArguments& arguments)
{
    const QString usage =
        QStringLiteral("steward-cli report OUT.pdf|OUT.html|OUT.csv [--client C] [--since DATE] [--until DATE]");
    if (Outcome parsed = arguments.parse(
            {{QStringLiteral("client")}, {QStringLiteral("since")}, {QStringLiteral("until")}}, 1, 1, usage);
        !parsed)
        return parsed;
    const QString path = arguments.positional(0);
    auto format = ReportWriter::formatFor(path);
    if (!format)
        return format.failure();
    ReportOptions options;
    options.clientId = arguments.value(QStringLiteral("client"));
    if (Outcome since = dateOption(arguments, QStringLiteral("since"), &options.since); !since)
        return since;
    if (Outcome until = dateOption(arguments, QStringLiteral("until"), &options.until); !until)
        return until;
    // The PDF and HTML list the first items of long lists; the CSV has every one.
    options.listLimit = *format == ReportWriter::Format::Csv ? 0 : 200;
    auto db = context.database();
    if (!db)
        return db.failure();

    // Progress is for a person watching a terminal, not for logs and pipes.
    const bool showProgress = context.output().format() == OutputFormat::Table && isatty(fileno(stderr));
    const auto progress = [&](const QString& stage, double fraction) {
        if (showProgress) {
            context.err()
                << QStringLiteral("\r%1% %2").arg(static_cast<int>(fraction * 100), 3).arg(stage).leftJustified(60);
            context.err().flush();
        }
        return true;
    };
    auto data = ComplianceReport::build(**db, options, progress);
    if (data) {
        const Outcome written = ReportWriter::write(*data, path, progress);
        if (showProgress)
            context.err() << "\r" << QString(64, QLatin1Char(' ')) << "\r";
        if (!written)
            return written;
    } else {
        if (showProgress)
            context.err() << "\r" << QString(64, QLatin1Char(' ')) << "\r";
        return data.failure();
    }
    context.output().printObject({
        {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
        {QStringLiteral("since"), data->since.toString(Qt::ISODate)},
        {QStringLiteral("until"), data->until.toString(Qt::ISODate)},
        {QStringLiteral("client_id"),
         data->clientId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(data->clientId)},
        {QStringLiteral("detected"), data->detected},
        {QStringLiteral("open_critical"), data->openCriticalCount},
        {QStringLiteral("overdue"), data->overdueCount},
        {QStringLiteral("resolved"), data->resolved},
        {QStringLiteral("decisions"), static_cast<qint64>(data->decisions.size())},
        {QStringLiteral("audit_chain_intact"),
         data->chain ? QJsonValue(data->chain->intact) : QJsonValue(QJsonValue::Null)},
    });
    return Outcome::ok();
}

} // namespace steward::cli
