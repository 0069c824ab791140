<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AppSchema</name>
    <message>
        <source>looking for Steward&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading Steward&apos;s schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward&apos;s tables are at version %1, newer than this build knows (%2); use a newer Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granting admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has no Steward tables yet; run `steward-cli init` (or Initialise in the application) to create them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward&apos;s tables are at version %1, newer than this build knows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward&apos;s tables are at version %1; run `steward-cli init` to migrate them to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>record %1 (%2 %3 %4 by %5 at %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locking the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit chain has no head record; run `steward-cli init`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advancing the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is missing (the next record found is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 appears out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not follow the record before it (its previous-hash differs): a record was removed, inserted or reordered before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was altered: its content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit chain head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit chain head record is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 and later are missing: the chain should end at record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain&apos;s recorded end (record %1) does not match its last record (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain&apos;s recorded end does not match record %1: it was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list of values for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the values of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>the audit trail is broken at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 records checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BacktestFolds</name>
    <message>
        <source>this database has no backtest_results table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing backtested versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 has no backtests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of client %2 has no backtests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backtests of %1 have no metric %2 (they have: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchInserter</name>
    <message>
        <source>inserting into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>this database has no improvement_cycles table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be history, backtest, fan or cycles (usage: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client is required (usage: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name a .png or .svg file (usage: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFigure</name>
    <message>
        <source>there is no chart to save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1 (usage: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value (usage: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument (usage: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1 (usage: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>usage: steward-cli [--db TARGET] [--read-only] [--as USER] [--format table|json|csv] COMMAND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET is a SQLite file or a postgresql:// URI; STEWARD_DB is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit codes: 0 ok, 1 other failure, 2 usage, 3 not found, 4 conflict, 5 permission denied,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>            6 cannot open or read the database, 7 refused because read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1 (see steward-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>counting violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting detections per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting resolutions per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading decisions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding open criticals and overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data gathered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTarget</name>
    <message>
        <source>no database given: pass --db PATH or --db postgresql://..., or set STEWARD_DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URI (expected postgresql://user@host:port/database)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleGuard</name>
    <message>
        <source>the SQLite driver did not expose its handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the statement would change the database or the connection (%1); the console only reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement could not be compiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the console runs one statement at a time, and this text holds more than one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the statement would change the database; the console only reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement has parameters (?, :name), and the console has no values to bind to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the statement returns no rows to show; the console runs queries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>running the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a query to run, for example SELECT * FROM llm_suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is unfinished: a quote or comment is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the console runs one statement at a time, and this text holds more than one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> To read a pragma, use its table form, e.g. SELECT * FROM pragma_table_info(&apos;llm_suggestions&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 statements do not run in the read-only console; only queries (SELECT, WITH … SELECT, VALUES) do.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement has a ? placeholder, and the console has no values to bind to it. On PostgreSQL, write jsonb_exists(x, &apos;key&apos;) for the ? operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not explain the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the statement locks rows (FOR UPDATE/SHARE); the console only reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the statement would change data; the console only reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the statement reads the secret column(s) of %1, which never leave the server. Select the other columns by name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the integrity check could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver did not expose its handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on PostgreSQL you act as the database login (%1); log in as %2 instead of using --as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: the database is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has a write-ahead log (%2-wal) but no %2-shm; reading it would create one beside it. Open it read-write once to fold the log into the file, or copy both files elsewhere first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped because it ran longer than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: this file is a Steward snapshot, which opens read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>reading the violation deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a severity (critical, high, medium or low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deadline is a whole number of days from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the %1 deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>choosing demo decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target already has pipeline tables; the demo writes only into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; remove it or choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not move the finished demo into place at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecasts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastFan</name>
    <message>
        <source>finding the newest forecast of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 has no forecasts for series %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has no forecast_results table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the series of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 has no forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the forecast of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 made no forecasts for series %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the actuals of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundationCommands</name>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anchor must be a date, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GovernanceCommands</name>
    <message>
        <source>Rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required (usage: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: steward-cli policies list | policies show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: steward-cli violations list|show|assign|transition|comment|deadlines ... (see steward-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportScan</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a model version folder (no %1, not named by a timestamp id)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImprovementCycles</name>
    <message>
        <source>reading the improvement cycles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 has no improvement cycles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataFile</name>
    <message>
        <source>%1 must be a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model_version is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model_version is %1 but the folder is named %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained_at &quot;%1&quot; is not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained_at is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features must be a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every candidate needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metrics of candidate %1 are not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricHistory</name>
    <message>
        <source>client %1 has no versions with numeric metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version of client %1 has the metric %2 (it has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric name %1 cannot be charted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricRules</name>
    <message>
        <source>WMAPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FNR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>finding the metrics in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <source>listing clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 has no model version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 exists for clients %2; say which with --client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the active version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the latest version of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsCommands</name>
    <message>
        <source>Deltas are against %1; best: lowest error, highest r2, bias closest to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models needs a subcommand: list, show, compare, request-rollback or import-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand models %1 (list, show, compare, request-rollback, import-dir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client is required (usage: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--comment is required: say why the version should be rolled back to (usage: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager other than you must approve it: steward-cli rollbacks approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 unchanged, %3 failed, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 folders were not imported (see the list above); the others were</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedQuery</name>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialFile</name>
    <message>
        <source>no output file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was already published or discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not flush %1 to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared while the file was written; nothing was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not move the finished file into place at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyQuery</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the violations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting violations per policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy with id or name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the start of more than one policy id; give more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ invalid JSON (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>charts are saved as .png or .svg, not .%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryCharts</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold %1 of version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward backtest of %1 — %2, %3 per fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold %1&lt;br&gt;test %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold (start of its test window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 has no backtest folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not one of the eight states Steward knows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, iteration %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPE before %1, after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement cycles of %1 — MAPE before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPE before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPE after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle (in the order they ran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPE (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each cycle is — the latest %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each cycle is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10 %1 – P90 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for %1 — version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no table of actuals in this database: only the forecast is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actual quantities recorded for these dates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closer to zero is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 across versions — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no version of %2 has this metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1
Trained %2 UTC
%3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
active version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 versions drawn from %2 points (min/max per pixel column); tooltips give every version&apos;s true value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version(s) without %2 are not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryImport</name>
    <message>
        <source>looking up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up earlier imports of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the import record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 already has version %2 with other metrics or counts; it was not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already registered; its metadata.json details were recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.json belongs to client %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client: metadata.json names none; choose the client (--client), or put the version folders in a folder named after the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same version as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Violations detected in the period, by severity and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations detected and closed per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--%1 must be a date, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance violations, their handling, and every decision recorded in Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical, still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no Steward tables, so there is no audit trail to verify and no decisions to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain intact: %1 records verified; newest hash %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain BROKEN at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No violations were detected in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (a CSV export lists them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No violation was closed in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 violations were closed as false positives in the period; they are not part of the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions were recorded in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments made in the period (not listed): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations by severity and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations detected in the period, counted by their status now. Severities and statuses a newer monitor used are shown as they were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected and closed over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open critical violations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical violations not yet resolved or marked false positive, as of %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No critical violation is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations past their deadline (counted from detection) and not closed, as of %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every decision is a record in an append-only SHA-256 hash chain; each record&apos;s hash covers its content and the previous record&apos;s hash. Newest hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward compliance report · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report is written as .pdf, .html or .csv, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the chart %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewFormat</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule for this metric, so it is not judged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>approving or rejecting suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requesting a rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approving or denying rollback requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working on violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening a closed violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing a critical violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing shared settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granting and revoking roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; %3 needs the %4 role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleCommands</name>
    <message>
        <source>%1 is not a role; roles are viewer, analyst, manager and admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleRepository</name>
    <message>
        <source>reading the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant needs a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granting %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last admin; grant admin to someone else first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoking the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no granted role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not %3; nothing was revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollbackCommands</name>
    <message>
        <source>--status must be requested, approved or denied, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollbackRequests</name>
    <message>
        <source>rolling back suggestion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion %1 is no longer applied; the rollback request cannot be approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the active version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the active version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activating version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback request %1 targets a %2, which this version of Steward cannot roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested this rollback and cannot decide it; another manager must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for open rollback requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rollback of %1 %2 was already requested by %3 (request %4) and awaits a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filing the rollback request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rollback request needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model rollback needs the client (--client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up model version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 has no model version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the active version of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing rollback requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading rollback request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rollback request with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the decision on rollback request %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaCatalog</name>
    <message>
        <source>listing tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCheck</name>
    <message>
        <source>the integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no snapshot manifest (it is not a Steward snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a snapshot file can be checked, not a server database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the file but not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rows; its manifest says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its manifest digest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message>
        <source>Wrote %1: %2 tables, %3 rows in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 verifies: integrity ok, %2 tables match their manifest digests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the older database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newer database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing in %2; not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column %2 in %3; not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the older database has no audit trail; not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newer database has no audit trail; not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newer audit trail does not continue the older one: entry %1 differs or is missing (a record was altered or removed, or these are different databases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, exported %3 by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;older&quot; snapshot was exported after the &quot;newer&quot; one; the changes read backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions that changed state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations that changed state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model versions that appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the audit trail gained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDiffModel</name>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WMAPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDigest</name>
    <message>
        <source>row digests are computed on SQLite files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the columns of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotExport</name>
    <message>
        <source>the export was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two tables would both be called %1 in the snapshot; rename one of them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows were read but %3 were written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database being exported; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotFormat</name>
    <message>
        <source>looking for a snapshot manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot manifest is incomplete: one of its two tables is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the snapshot manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot manifest does not name its format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot is in format %1, which this build does not know; use a newer Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the snapshot&apos;s table list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the snapshot manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlScript</name>
    <message>
        <source>missing built-in script %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty (zero bytes), not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a text file, not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a SQLite database (the header is missing; the file may be encrypted or of another kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SQLite file is truncated (only %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SQLite header is damaged (page size %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SQLite file is truncated: its header counts %2 pages of %3 bytes (%4 bytes), the file has %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteRowWriter</name>
    <message>
        <source>rows are written into SQLite files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the insert into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding a value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inserting into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Subcommands</name>
    <message>
        <source>%1 needs one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 command %2 (use one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionCommands</name>
    <message>
        <source>this database has no llm_suggestions table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3 suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-cli: warning: %1 is not valid JSON; it is shown as stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionDecisions</name>
    <message>
        <source>a comment saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve is not possible for a suggestion that is %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionQuery</name>
    <message>
        <source>the queue cannot be sorted by %1; sortable columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a cycle id (cycle ids are UUIDs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionRepository</name>
    <message>
        <source>reading cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no suggestion with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading suggestion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list of values for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing improvement cycles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableListModel</name>
    <message>
        <source>Not counted: views in untrusted files are not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>this database has no model_metadata table, so it has no model registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionEngine</name>
    <message>
        <source> (%1 by %2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changed outside Steward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is %3 now, not %4%5; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible for a %2 that is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 changed while it was being decided; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDetail</name>
    <message>
        <source>active version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active (newest; no version set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &lt;b&gt;%1&lt;/b&gt; · trained %2 UTC · registered %3 · %4 features · %5 training samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback to %1 requested by %2 on %3 (request %4) — awaiting a manager. Reason: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No metrics recorded.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics are not valid JSON (%1); the stored text is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closer to zero is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &lt;code&gt;%1&lt;/code&gt; by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates evaluated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No training job names this version.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This version was not backtested.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtests (walk-forward folds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No forecasts were made with this version.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasts made with this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more series.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDetails</name>
    <message>
        <source>reading the training jobs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading earlier training attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the backtests of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the versions that made forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the forecasts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the import record of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionListQuery</name>
    <message>
        <source>locating version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionRollback</name>
    <message>
        <source>%1 is already the active version of %2 (the newest; no other version has been set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationDecisions</name>
    <message>
        <source>the violation is %1 already; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and cannot work on violations; assign someone who is analyst, manager or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigning the violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a resolved or false-positive violation can be reopened; this one is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the violation is %1; it has to be reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assignment needs the person to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the violation is %1; reopen it before assigning it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the violation is assigned to %1 now, not %2; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the violation is assigned to %1 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be investigating, resolved, false_positive or open, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationQuery</name>
    <message>
        <source>reading violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no violation with id %1 (give the id, or at least its first six characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up violation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no violation with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the start of more than one violation id; give more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading violation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violations cannot be listed by that column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading filter choices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationTerms</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationTimeline</name>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected by the monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned it to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reassigned it from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked it a false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reopened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned it to the open queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed it as %2 (recorded outside Steward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation investigation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation marked false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation returned to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review and governance for forecasting models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite file or a postgresql:// URI to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as USER (SQLite only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::AuditPage</name>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every record&apos;s hash and check that none was edited, removed, inserted or reordered (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No audit trail yet&lt;/h3&gt;&lt;p&gt;This database has no Steward tables, so no decisions have been recorded in it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;span style=&quot;color:#888;&quot;&gt;recorded as %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;The audit trail is intact.&lt;/b&gt; %1 records checked; the newest hash is &lt;tt&gt;%2&lt;/tt&gt;. Note it elsewhere to anchor the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;The audit trail has been tampered with at record %1.&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::AuditTrailModel</name>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::CellDelegate</name>
    <message>
        <source>⚠ invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ChartPanel</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no chart to export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ChartsPage</name>
    <message>
        <source>Export the chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast fan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no model versions, so there is nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no forecast_results table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no improvement_cycles table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::CompareDialog</name>
    <message>
        <source>Suggestions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model versions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the same suggestion and violation states, no new model versions, no new audit entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions: %1 changed state · Violations: %2 changed state · Model versions: %3 appeared or went · Audit trail: %4 new entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ConnectionDialog</name>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/pipeline.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only (the file is never modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a PostgreSQL URI: expected postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ConsolePage</name>
    <message>
        <source>SELECT status, count(*) FROM llm_suggestions GROUP BY status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the statement, or the selected part of it (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every row of the result to a CSV file (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: statements that would write are refused; secrets are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the statement (or the selection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the result to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows · %2 columns · %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no result to export; run a statement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::DeadlinesDialog</name>
    <message>
        <source>Violation deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a violation may stay unresolved, counted from its detection. Changes apply to every violation at once and are recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::DetailHtml</name>
    <message>
        <source>The diff has no before/after form; these are the values it sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %n unchanged setting(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a state this version of Steward does not know)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not valid JSON: shown as stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested by %2 on %3: “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — decided by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions recorded in Steward yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not valid JSON: %1) ──
%2

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ExportSnapshotDialog</name>
    <message>
        <source>Export snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is one SQLite file with every table, secrets left out, and a manifest of row counts and SHA-256 digests that anyone can check offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting: opening a connection of its own and one consistent read of the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 (table %2 of %3) · %4 of %5 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No snapshot was written.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapshot written.&lt;/b&gt; %1 tables, %2 rows, each with its SHA-256 digest in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: removing what was written…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::GovernancePage</name>
    <message>
        <source>&amp;Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;licies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compliance report for a period as PDF, HTML or CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the deadlines; the defaults are used. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how long violations of each severity may stay open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the deadlines. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations / Policies tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search violation descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start investigating the selected violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve it / mark it a false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to open / reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign / comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines were changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::JobListProxy</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::MainWindow</name>
    <message>
        <source>%1 %2 is not in the %3 view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initialise Steward tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Steward %1&lt;/b&gt;&lt;p&gt;Review and governance for forecasting models: LLM suggestions, model versions, policy violations, and an audit trail of who decided what.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no Steward tables yet. Decisions, roles and the audit trail need them; pipeline tables are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this database has no Steward tables, so there is no audit trail to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pipeline tables are missing (%1); views that need them are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create Steward&apos;s tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward&apos;s tables are ready (schema version %1). %2 is admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ModelsPage</name>
    <message>
        <source>select the version to return to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why should client %1 return to version %2? A manager other than you approves or denies the request; the active version changes only when it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback was not requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback of %1 to version %2 requested (request %3). A manager must approve it before it becomes active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the model versions in %1? Versions whose metadata.json names no client, and that are not in a folder named after a client, go to client %2. Versions already registered are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing model versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 unchanged, %3 failed, %4 skipped from %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client / version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to the selected version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a model folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ● active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 has no model versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active version: &lt;b&gt;%1&lt;/b&gt; (set by %2 on %3 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active version: &lt;b&gt;%1&lt;/b&gt; — the newest; no version has been set, so the pipeline loads the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:#8a5a00;&apos;&gt;rollback to %1 requested by %2, awaiting a manager&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray;&apos;&gt;Select a version to see its metrics, training jobs, backtests and forecasts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions of this client have no numeric metrics to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more versions (Ctrl+click or Shift+click) to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import model folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected versions side by side (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more versions (Ctrl+click) to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the version to return to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the active version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rollback to %1 already awaits a manager&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a manager to make %1 the active version again (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the versions of a file-based model registry folder (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::Page</name>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a SQLite file or connect to a PostgreSQL server with File ▸ Open (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available for this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs the pipeline table(s) %1, which this database does not have. The other views work as usual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::PagedTableModel</name>
    <message>
        <source>counting rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordering rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordering rows: the key %1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ParameterDiff</name>
    <message>
        <source>%n changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parameter changes recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no differences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::PoliciesPanel</name>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations it raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the violation &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open a violation in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 policy · %2 · id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::PolicyListModel</name>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ReportDialog</name>
    <message>
        <source>Export compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (UTC, inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name must end in .pdf, .html or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ReportExporter</name>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report could not be gathered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ReviewActions</name>
    <message>
        <source>✓ Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↩ Request rollback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve rollback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny rollback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a suggestion first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one suggestion: a rollback request is made for one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 suggestions can take this step; this one is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 suggestions can take this step; the selection includes %2 ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open rollback request for the selected item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You requested this rollback; another manager must decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 selected suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1, with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already requested a rollback of this suggestion; it awaits a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a manager to roll the applied suggestion back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the rollback request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny the rollback request, with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 items: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3%4. %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve these %1 suggestions? Each is decided on its own: any that someone else has decided in the meantime is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these %1 suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are you rejecting %1? The comment goes into the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why should this applied suggestion be rolled back? A manager other than you approves or denies the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback requested for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rollback requested for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked: “%2”. Approving rolls the %3 back now. A comment is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback not approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked: “%2”. Why is the rollback denied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback denied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback not denied:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::RollbackRequestModel</name>
    <message>
        <source>model version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::RollbackRequestsPanel</name>
    <message>
        <source>Requests to roll back an applied suggestion or a model version. The requester cannot decide their own request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::Session</name>
    <message>
        <source>no database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no Steward tables yet (File ▸ Initialise Steward tables).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::SnapshotActions</name>
    <message>
        <source>&amp;Export snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the open database into one verifiable SQLite file for offline inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since a snapshot: suggestions, violations, model versions, audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward snapshots (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward snapshots (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::SnapshotBanner</name>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each table&apos;s row count and digest, as the manifest records them and as the file holds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This file carries a damaged snapshot manifest.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only snapshot&lt;/b&gt; of %1 · exported %2 by &lt;b&gt;%3&lt;/b&gt; with Steward %4 · %5 tables, %6 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying digests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Digests could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Digests verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table&apos;s rows match the SHA-256 digest recorded at export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 (manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::SnapshotDiffModel</name>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::StatusIndicators</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no Steward tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::SuggestionDetailPane</name>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stored JSON of the diff and metrics (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a suggestion in the queue to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1. Raw JSON (Ctrl+U) shows it exactly as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↩ Rollback requested by &lt;b&gt;%1&lt;/b&gt; on %2: “%3”. A manager other than %1 decides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reasoning given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This suggestion names no improvement cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 is not in improvement_cycles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter_diff is not valid JSON; as stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closer to zero is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule for %1: changes are not coloured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::SuggestionFilterBar</name>
    <message>
        <source>Search summaries and reasoning (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the text literally: %, _ and quotes match themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An improvement cycle id; the detail pane can fill it in (&quot;only this cycle&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggestions · &lt;b&gt;%2 pending&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::SuggestionQueueModel</name>
    <message>
        <source>Change in %1 (after − before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort; a third click returns to the queue order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::SuggestionsPage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; &lt;b&gt;F1&lt;/b&gt; all shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject (asks for a comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next / previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select several for a bulk decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve / deny a rollback request (managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back from the search to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no suggestions in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or clear the filters to see more suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a suggestion in the queue to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read this suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggestions are selected; a bulk decision takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rollback request to see what it would roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll %1 back to %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by %1: “%2”. Active when requested: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::TablesPage</name>
    <message>
        <source>Could not read rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 rows, %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 hidden: secrets are never shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::VersionComparisonModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: closer to zero is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(baseline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::VersionListProxy</name>
    <message>
        <source>%1  ● active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the active version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the newest version, which the pipeline loads while no version is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created_at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ViolationActions</name>
    <message>
        <source>Start &amp;investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;False positive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reo&amp;pen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a violation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward does not know the status “%1” (a newer monitor&apos;s word), so it offers no steps from it; comments are still possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open violation can be taken up; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is closed (%1); reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the investigation first: only a violation under investigation can be closed; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it up: it becomes investigating and is assigned to its assignee, or to you (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it as resolved; you write what was done (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it as a false positive; you write why (Alt+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is closed; reopen it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the investigation back to the open queue (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resolved or false-positive violation can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it again; its resolution is kept in the audit trail (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment to its timeline (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is closed; reopen it before assigning it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type who to assign it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is assigned to %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign it to %1 (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation %1 is under investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this not a real violation? The justification is recorded with your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation %1 was closed as a false positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done about it? The resolution is recorded with your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation %1 was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does it go back to the queue? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation %1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it reopened? Its resolution is cleared here and kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation %1 was reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment is added to the violation&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation %1 is assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ViolationDetail</name>
    <message>
        <source>Select a violation to see its details, its timeline and what can be decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(policy %1 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the policy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this model version in the Models view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: Steward has no deadline for the severity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed after %1 (deadline %2 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed (deadline %1 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3 d for %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (assigned by %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
— %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ invalid JSON (%1):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no Steward tables, so there is no audit trail of decisions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ViolationFilterBar</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only violations of this model version (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed and past the deadline for its severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search descriptions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this policy&apos;s violations; click to show every policy&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do (not closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 violations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ViolationQueueModel</name>
    <message>
        <source>“%1” is a severity this version of Steward does not know: it is shown as the monitor wrote it, has no deadline, and only a manager can close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a status this version of Steward does not know: it is shown as the monitor wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1 after it was detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: no deadline applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline for the severity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
