#include "commands/Commands.h"

namespace steward::cli {

const QList<CommandEntry>& commandTable()
{
    static const QList<CommandEntry> table{
        {"info", "info                                  backend, tables and row counts, Steward schema version", &runInfo},
        {"init", "init                                  create or migrate Steward's own tables", &runInit},
        {"demo", "demo OUT.sqlite [--scale N] [--seed S] [--anchor YYYY-MM-DD]   write a demo database", &runDemo},
        {"suggestions", "suggestions list|show|approve|reject|request-rollback ...   the review queue", &runSuggestions},
        {"rollbacks", "rollbacks list|approve|deny ...           decide rollback requests (managers)", &runRollbacks},
        {"audit", "audit list [--limit N] | audit verify     the audit trail and its hash chain", &runAudit},
        {"roles", "roles list | grant USER ROLE | revoke USER ROLE   who may decide what", &runRoles},
    };
    return table;
}

} // namespace steward::cli
