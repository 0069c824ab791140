#pragma once

#include "CliArguments.h"
#include "CliOutput.h"
#include "models/core/Outcome.h"

#include <QTextStream>
#include <memory>

namespace steward {
class Database;
}

namespace steward::cli {

// What a command runs with: the shared options, the printer, and the database (opened on
// first use with the options given).
class CliContext
{
public:
    CliContext(GlobalOptions global, QTextStream& out, QTextStream& err);
    ~CliContext();

    const GlobalOptions& global() const { return m_global; }
    CliOutput& output() { return m_output; }
    QTextStream& err() { return m_err; }

    // Opens --db once; a missing, corrupt or unreachable database is CannotOpen.
    Result<Database*> database();
    // The database, with Steward's tables present and current (for decisions and app data).
    Result<Database*> appDatabase();

private:
    GlobalOptions m_global;
    CliOutput m_output;
    QTextStream& m_err;
    std::unique_ptr<Database> m_database;
    bool m_warnedAboutSecret = false;
};

} // namespace steward::cli
