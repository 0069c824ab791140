#include "commands/Commands.h"

namespace steward::cli {

const QList<CommandEntry>& commandTable()
{
    static const QList<CommandEntry> table{
        {"info", "info                                  backend, tables and row counts, Steward schema version", &runInfo},
        {"init", "init                                  create or migrate Steward's own tables", &runInit},
        {"demo", "demo OUT.sqlite [--scale N] [--seed S] [--anchor YYYY-MM-DD]   write a demo database", &runDemo},
        {"policies", "policies list | policies show ID|NAME   governance policies, their rules and violations", &runPolicies},
        {"violations",
         "violations list [--status S] [--severity V] [--client C] [--assignee U] [--overdue] [--type T] "
         "[--model-version M] [--policy ID] [--limit N]\n"
         "  violations show ID | assign ID --to USER | comment ID --text TEXT\n"
         "  violations transition ID --to investigating|resolved|false_positive|open --comment TEXT\n"
         "  violations deadlines [--critical DAYS] [--high DAYS] [--medium DAYS] [--low DAYS]",
         &runViolations},
        {"report", "report OUT.pdf|OUT.html|OUT.csv [--client C] [--since DATE] [--until DATE]   compliance report", &runReport},
    };
    return table;
}

} // namespace steward::cli
