#include "commands/Commands.h"
#include "commands/MonitoringWorkflow.h"

namespace steward::cli {

const QList<CommandEntry>& commandTable()
{
    // In the order --help lists them: the database, then one group per view.
    static const QList<CommandEntry> table{
        {"info", "info                                  backend, tables and row counts, Steward schema version",
         &runInfo},
        {"init",
         "init [--indexes]                      create or migrate Steward's own tables (and the search and filter "
         "indexes)",
         &runInit},
        {"demo",
         "demo OUT.sqlite|postgresql://... [--profile urutiiq|within|krongthai] [--scale N] [--seed S] [--anchor "
         "YYYY-MM-DD]   write a demo database",
         &runDemo},
        {"suggestions",
         "suggestions list [--status S] [--client C] [--category K] [--cycle ID] [--search TEXT] [--limit N] [--offset "
         "N]\n"
         "  suggestions show ID | approve ID [--comment TEXT] | reject ID --comment TEXT\n"
         "  suggestions request-rollback ID --comment TEXT   the review queue",
         &runSuggestions},
        {"rollbacks",
         "rollbacks list [--status S] | approve REQUEST_ID [--comment TEXT] | deny REQUEST_ID --comment TEXT",
         &runRollbacks},
        {"audit", "audit list [--limit N] | audit verify     the audit trail and its hash chain", &runAudit},
        {"roles", "roles list | grant USER ROLE | revoke USER ROLE   who may decide what", &runRoles},
        {"models",
         "models list [--client C]              model versions with their metrics and training jobs\n"
         "  models show VERSION [--client C]      one version: metrics, training jobs, backtests, forecasts\n"
         "  models compare V1 V2 [...] [--client C]   versions side by side, deltas against V1, best per metric\n"
         "  models request-rollback VERSION --client C --comment TEXT   ask a manager to make VERSION active\n"
         "  models import-dir DIR [--client C]    import a file-based registry (version folders with metadata.json)",
         &runModels},
        {"chart",
         "chart --kind history|backtest|fan|cycles|performance|drift [--client C] [--metric M] [--series KEY]\n"
         "        [--version V] [--model NAME[:VERSION]]\n"
         "        --out FILE.png|FILE.svg [--width W] [--height H]   draw a chart without a display",
         &runChart},
        {"policies", "policies list | policies show ID|NAME   governance policies, their rules and violations",
         &runPolicies},
        {"violations",
         "violations list [--status S] [--severity V] [--client C] [--assignee U] [--overdue] [--type T] "
         "[--model-version M] [--policy ID] [--limit N]\n"
         "  violations show ID | assign ID --to USER | comment ID --text TEXT\n"
         "  violations transition ID --to investigating|resolved|false_positive|open --comment TEXT\n"
         "  violations deadlines [--critical DAYS] [--high DAYS] [--medium DAYS] [--low DAYS]",
         &runViolations},
        {"monitoring",
         "monitoring performance [--model NAME[:VERSION]] [--client C] [--metric M] [--since D] [--until D]\n"
         "  monitoring drift [--status detected|warning|normal] [--model NAME[:VERSION]] [--since D] [--until D] "
         "[--limit N]\n"
         "  monitoring predictions [--model NAME[:VERSION]] [--since D] [--until D] | monitoring experiments\n"
         "  monitoring feedback list [--status S] | feedback process|ignore ID --comment TEXT\n"
         "  monitoring deployments [--environment E] [--status S] | deployments rollback ID --comment TEXT\n"
         "                                        how models behave after training, and the decisions made there",
         &runMonitoring},
        {"report", "report OUT.pdf|OUT.html|OUT.csv [--client C] [--since DATE] [--until DATE]   compliance report",
         &runReport},
        {"query",
         "query SQL [--limit N]                 one read-only query, as in the SQL console (first 1000 rows unless "
         "--limit)",
         &runQuery},
        {"export", "export OUT.sqlite [--overwrite]       copy the database into a verifiable snapshot file",
         &runExport},
        {"check", "check FILE                            verify a snapshot's integrity and manifest digests",
         &runCheck},
        {"diff", "diff OLD.sqlite NEW.sqlite            what changed between two snapshots", &runDiff},
    };
    return table;
}

} // namespace steward::cli
