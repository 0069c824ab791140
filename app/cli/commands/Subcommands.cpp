#include "commands/Subcommands.h"

#include "CliContext.h"
#include "CliText.h"

#include <QCoreApplication>

namespace steward::cli {

namespace {
using Text = CliText;
} // namespace

Outcome runSubcommand(CliContext& context, CommandArguments& arguments, const QString& command,
                      const QList<Subcommand>& subcommands)
{
    QStringList usages;
    for (const Subcommand& sub : subcommands)
        usages << QStringLiteral("%1 %2").arg(command, QString::fromUtf8(sub.usage));
    const QString verb = arguments.tokens().value(0);
    for (const Subcommand& sub : subcommands) {
        if (verb == QLatin1String(sub.name)) {
            CommandArguments rest(arguments.tokens().mid(1));
            return sub.run(context, rest,
                           QStringLiteral("steward-cli %1 %2").arg(command, QString::fromUtf8(sub.usage)));
        }
    }
    if (verb.isEmpty())
        return Outcome::usage(Text::tr("%1 needs one of: %2").arg(command, usages.join(QStringLiteral("; "))));
    return Outcome::usage(
        Text::tr("unknown %1 command %2 (use one of: %3)").arg(command, verb, usages.join(QStringLiteral("; "))));
}

} // namespace steward::cli
