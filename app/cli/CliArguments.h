#pragma once

#include "models/core/Outcome.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace steward::cli {

enum class OutputFormat { Table, Json, Csv };

// The options every command shares: --db, --read-only, --as, --format, --raw, --profile (anywhere on the
// line).
struct GlobalOptions
{
    QString database; // --db, or STEWARD_DB
    bool databaseFromOption = false;
    bool readOnly = false;
    QString actingUser;
    OutputFormat format = OutputFormat::Table;
    QString profile;           // --profile NAME|FILE: whose tables these are (empty: recognised)
    int timeLimitSeconds = 60; // --time-limit: how long one statement may run (0: no limit)
    bool raw = false;          // values exactly as stored: no CSV formula guard, no escaped control characters
    bool help = false;
    bool version = false;
};

struct OptionSpec
{
    QString name; // without dashes: "status"
    bool takesValue = true;
    bool repeatable = false;
};

// One command's own words and options, parsed against what the command declares.
class CommandArguments
{
public:
    CommandArguments() = default;
    explicit CommandArguments(QStringList tokens) : m_tokens(std::move(tokens)) {}

    Outcome parse(const QList<OptionSpec>& options, int minPositional, int maxPositional, const QString& usage);

    const QStringList& positional() const { return m_positional; }
    QString positional(int i) const { return m_positional.value(i); }
    bool has(const QString& option) const { return m_values.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const;
    QStringList values(const QString& option) const { return m_values.values(option); }
    // An integer option, with a usage error when it is not one.
    Outcome intValue(const QString& option, int fallback, int minimum, int* out) const;
    const QStringList& tokens() const { return m_tokens; }

private:
    QStringList m_tokens;
    QStringList m_positional;
    QMultiMap<QString, QString> m_values;
};

// Command options that take no value. The shared options are read before the command's own
// options are known, and a command option's value (--comment "--help") must stay its value.
const QStringList& commandFlags();

// Splits argv into the shared options and the command's words.
Outcome parseGlobal(const QStringList& arguments, GlobalOptions* global, QStringList* commandWords);

} // namespace steward::cli
