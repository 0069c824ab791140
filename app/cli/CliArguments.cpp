#include "CliArguments.h"

#include "CliText.h"

#include <QCoreApplication>

namespace steward::cli {

namespace {
using Text = CliText;

// "--name=value" or "--name value"
bool splitOption(const QString& token, QString* name, QString* inlineValue, bool* hasInline)
{
    if (!token.startsWith(QLatin1String("--")) || token.size() <= 2)
        return false;
    const QString body = token.mid(2);
    const qsizetype eq = body.indexOf(QLatin1Char('='));
    *hasInline = eq >= 0;
    *name = *hasInline ? body.left(eq) : body;
    *inlineValue = *hasInline ? body.mid(eq + 1) : QString();
    return true;
}
} // namespace

const QStringList& commandFlags()
{
    static const QStringList flags{QStringLiteral("descending"), QStringLiteral("overdue"), QStringLiteral("overwrite"),
                                   QStringLiteral("indexes")};
    return flags;
}

Outcome parseGlobal(const QStringList& arguments, GlobalOptions* global, QStringList* commandWords)
{
    global->database = qEnvironmentVariable("STEWARD_DB");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& token = arguments.at(i);
        if (token == QLatin1String("--")) {
            *commandWords << arguments.mid(i);
            break;
        }
        QString name, inlineValue;
        bool hasInline = false;
        if (!splitOption(token, &name, &inlineValue, &hasInline)) {
            if (token == QLatin1String("-h"))
                global->help = true;
            else
                *commandWords << token;
            continue;
        }
        const auto takeValue = [&](QString* out) -> Outcome {
            if (hasInline) {
                *out = inlineValue;
                return Outcome::ok();
            }
            if (i + 1 >= arguments.size())
                return Outcome::usage(Text::tr("--%1 needs a value").arg(name));
            *out = arguments.at(++i);
            return Outcome::ok();
        };
        if (name == QLatin1String("db")) {
            if (Outcome ok = takeValue(&global->database); !ok)
                return ok;
            global->databaseFromOption = true;
        } else if (name == QLatin1String("as")) {
            if (Outcome ok = takeValue(&global->actingUser); !ok)
                return ok;
        } else if (name == QLatin1String("format")) {
            QString format;
            if (Outcome ok = takeValue(&format); !ok)
                return ok;
            if (format == QLatin1String("table"))
                global->format = OutputFormat::Table;
            else if (format == QLatin1String("json"))
                global->format = OutputFormat::Json;
            else if (format == QLatin1String("csv"))
                global->format = OutputFormat::Csv;
            else
                return Outcome::usage(Text::tr("--format must be table, json or csv, not %1").arg(format));
        } else if (name == QLatin1String("profile")) {
            if (Outcome ok = takeValue(&global->profile); !ok)
                return ok;
        } else if (name == QLatin1String("time-limit")) {
            QString seconds;
            if (Outcome ok = takeValue(&seconds); !ok)
                return ok;
            bool number = false;
            global->timeLimitSeconds = seconds.toInt(&number);
            if (!number || global->timeLimitSeconds < 0)
                return Outcome::usage(
                    Text::tr("--time-limit takes whole seconds (0 for no limit), not %1").arg(seconds));
        } else if (name == QLatin1String("read-only")) {
            global->readOnly = true;
        } else if (name == QLatin1String("raw")) {
            global->raw = true;
        } else if (name == QLatin1String("help")) {
            global->help = true;
        } else if (name == QLatin1String("version")) {
            global->version = true;
        } else {
            *commandWords << token; // a command's own option, with its value whatever it looks like
            if (!hasInline && !commandFlags().contains(name) && i + 1 < arguments.size())
                *commandWords << arguments.at(++i);
        }
    }
    return Outcome::ok();
}

Outcome CommandArguments::parse(const QList<OptionSpec>& options, int minPositional, int maxPositional,
                                const QString& usage)
{
    m_positional.clear();
    m_values.clear();
    for (int i = 0; i < m_tokens.size(); ++i) {
        const QString& token = m_tokens.at(i);
        if (token == QLatin1String("--")) {
            m_positional << m_tokens.mid(i + 1);
            break;
        }
        QString name, inlineValue;
        bool hasInline = false;
        if (!splitOption(token, &name, &inlineValue, &hasInline)) {
            m_positional << token;
            continue;
        }
        const OptionSpec* spec = nullptr;
        for (const OptionSpec& candidate : options) {
            if (candidate.name == name)
                spec = &candidate;
        }
        if (!spec)
            return Outcome::usage(Text::tr("unknown option --%1 (usage: %2)").arg(name, usage));
        if (!spec->repeatable && m_values.contains(name))
            return Outcome::usage(Text::tr("--%1 given twice").arg(name));
        if (!spec->takesValue) {
            // Otherwise parseGlobal has taken the next word as this option's value.
            if (!commandFlags().contains(name))
                return Outcome::failed(QStringLiteral("internal: --%1 is missing from commandFlags()").arg(name));
            if (hasInline)
                return Outcome::usage(Text::tr("--%1 takes no value").arg(name));
            m_values.insert(name, QString());
            continue;
        }
        if (hasInline) {
            m_values.insert(name, inlineValue);
        } else {
            if (i + 1 >= m_tokens.size())
                return Outcome::usage(Text::tr("--%1 needs a value (usage: %2)").arg(name, usage));
            m_values.insert(name, m_tokens.at(++i));
        }
    }
    if (m_positional.size() < minPositional)
        return Outcome::usage(Text::tr("missing argument (usage: %1)").arg(usage));
    if (maxPositional >= 0 && m_positional.size() > maxPositional)
        return Outcome::usage(
            Text::tr("unexpected argument %1 (usage: %2)").arg(m_positional.value(maxPositional), usage));
    return Outcome::ok();
}

QString CommandArguments::value(const QString& option, const QString& fallback) const
{
    return m_values.contains(option) ? m_values.value(option) : fallback;
}

Outcome CommandArguments::intValue(const QString& option, int fallback, int minimum, int* out) const
{
    if (!m_values.contains(option)) {
        *out = fallback;
        return Outcome::ok();
    }
    bool ok = false;
    const int parsed = m_values.value(option).toInt(&ok);
    if (!ok || parsed < minimum)
        return Outcome::usage(Text::tr("--%1 must be a whole number of at least %2").arg(option).arg(minimum));
    *out = parsed;
    return Outcome::ok();
}

} // namespace steward::cli
