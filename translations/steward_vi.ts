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
</context>
<context>
    <name>BatchInserter</name>
    <message>
        <source>inserting into %1</source>
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
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>choosing demo decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest gain holds across all five folds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain comes from one promotional week; not robust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias turned positive on the first live week; returning to the previous configuration.</source>
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
    <name>PagedQuery</name>
    <message>
        <source>(hidden)</source>
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
    <name>steward::CellDelegate</name>
    <message>
        <source>⚠ invalid JSON: %1</source>
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
</context>
<context>
    <name>steward::PlaceholderPage</name>
    <message>
        <source>This view is not available in this build.</source>
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
        <source>🔒 Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-write</source>
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
</TS>
