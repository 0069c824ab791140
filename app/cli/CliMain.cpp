#include "CliMain.h"

#include "CliContext.h"
#include "CliText.h"
#include "commands/Commands.h"
#include "models/values/VisibleText.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace steward::cli {

namespace {
using Text = CliText;

void printHelp(QTextStream& out)
{
    out << Text::tr("usage: steward-cli [--db TARGET] [--read-only] [--as USER] [--format table|json|csv] [--raw] "
                    "[--time-limit SECONDS] [--profile NAME|FILE] COMMAND ...")
        << "\n\n"
        << Text::tr("TARGET is a SQLite file, a postgresql:// URI or a keyword string (\"host=db dbname=x\"); "
                    "STEWARD_DB is the default.")
        << "\n"
        << Text::tr("--raw prints values exactly as stored (no CSV formula guard, no escaped control characters).")
        << "\n"
        << Text::tr("--time-limit stops a statement that runs longer (default 60 s; 0: no limit).") << "\n"
        << Text::tr("--profile names whose tables these are (pipeline, urutiiq, within, krongthai, or a profile file); "
                    "without it they are recognised.")
        << "\n\n"
        << Text::tr("commands:") << "\n";
    for (const CommandEntry& entry : commandTable())
        out << "  " << QString::fromUtf8(entry.synopsis) << "\n";
    out << "\n"
        << Text::tr("exit codes: 0 ok, 1 other failure, 2 usage, 3 not found, 4 conflict, 5 permission denied,") << "\n"
        << Text::tr("            6 cannot open or read the database, 7 refused because read-only") << "\n";
}
} // namespace

bool needsGuiApplication(const QStringList& arguments)
{
    GlobalOptions global;
    QStringList words;
    if (!parseGlobal(arguments, &global, &words) || words.isEmpty())
        return false;
    return words.first() == QLatin1String("chart") || words.first() == QLatin1String("report");
}

int run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    const auto fail = [&err](const Outcome& outcome) {
        err << "steward-cli: error: " << VisibleText::escapeControls(outcome.message().simplified()) << Qt::endl;
        return exitCodeFor(outcome.code());
    };

    GlobalOptions global;
    QStringList words;
    if (Outcome parsed = parseGlobal(arguments, &global, &words); !parsed)
        return fail(parsed);
    if (global.version) {
        out << "steward-cli " << STEWARD_VERSION << Qt::endl;
        return 0;
    }
    if (global.help || words.isEmpty() || words.first() == QLatin1String("help")) {
        printHelp(global.help || !words.isEmpty() ? out : err);
        return global.help || !words.isEmpty() ? 0 : 2;
    }
    const QString command = words.takeFirst();
    for (const CommandEntry& entry : commandTable()) {
        if (command == QLatin1String(entry.name)) {
            CliContext context(global, out, err);
            CommandArguments commandArguments(words);
            const Outcome outcome = entry.run(context, commandArguments);
            return outcome ? 0 : fail(outcome);
        }
    }
    return fail(Outcome::usage(Text::tr("unknown command %1 (see steward-cli --help)").arg(command)));
}

} // namespace steward::cli
