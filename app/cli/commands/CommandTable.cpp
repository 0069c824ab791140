#include "commands/Commands.h"

namespace steward::cli {

const QList<CommandEntry>& commandTable()
{
    static const QList<CommandEntry> table{
        {"info", "info                                  backend, tables and row counts, Steward schema version", &runInfo},
        {"init", "init                                  create or migrate Steward's own tables", &runInit},
        {"demo", "demo OUT.sqlite [--scale N] [--seed S] [--anchor YYYY-MM-DD]   write a demo database", &runDemo},
        {"export", "export OUT.sqlite [--overwrite]       copy the database into a verifiable snapshot file", &runExport},
        {"check", "check FILE                            verify a snapshot's integrity and manifest digests", &runCheck},
        {"diff", "diff OLD.sqlite NEW.sqlite            what changed between two snapshots", &runDiff},
    };
    return table;
}

} // namespace steward::cli
