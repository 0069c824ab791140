#pragma once

#include "models/core/Clock.h"
#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"
#include "models/db/Database.h"

#include <QByteArray>
#include <QModelIndex>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>
#include <memory>

namespace steward {
class ModelRegistry;
class PagedTableModel;
struct DemoOptions;
struct PagedQuery;
} // namespace steward

namespace steward::test {

// The date every test demo is anchored at; the demo's "now" is 09:00 UTC that day.
QDate demoAnchor();
// An hour after the test demo's "now": where tests that decide on a demo set the clock.
QDateTime afterDemo();

// The program's clock, standing at `at` for as long as this object lives (tests set the time
// with it; see docs/testing.md). Move it with set() and advanceDays().
class TestClock : public FixedClock
{
public:
    explicit TestClock(const QDateTime& at = afterDemo()) : FixedClock(at), m_scope(*this) {}

private:
    ScopedClock m_scope;
};

// A fresh demo database in `dir` (scale 1, fixed seed, anchored at demoAnchor()), created by `creator`.
QString makeDemo(const QTemporaryDir& dir, const QString& name = QStringLiteral("demo.sqlite"),
                 const QString& creator = QStringLiteral("admin"), int scale = 1);
// A fresh demo of one seed system (`system`: urutiiq, within, krongthai...) in `dir`, seed 5,
// anchored at demoAnchor(), created by admin.
QString makeSystemDemo(const QTemporaryDir& dir, const QString& system, const QString& name);
// A writable copy of a database made once per test case (makeDemo is slower than a copy).
QString copyDatabase(const QString& source, const QTemporaryDir& dir,
                     const QString& name = QStringLiteral("demo.sqlite"));
// A new SQLite file with the pipeline's tables and no rows, and none of Steward's tables: a
// database as a pipeline writes it. Returned open, so that the test can add rows.
std::unique_ptr<Database> makePipelineOnly(const QString& path, const QString& user = QStringLiteral("admin"));
// A new SQLite file with one seed system's tables as its contract file declares them
// (resources/sql/systems: "within_sqlite.sql", "urutiiq_postgres.sql"...; see SystemSchemas),
// and none of Steward's. Returned open.
std::unique_ptr<Database> makeFromContract(const QString& path, const QString& contract);
// The text of a contract file in resources/sql/systems, as it is.
QString contractScript(const QString& contract);
// Opens a SQLite file as `user`, failing the test if it cannot.
std::unique_ptr<Database> openSqlite(const QString& path, const QString& user = QStringLiteral("admin"),
                                     bool readOnly = false);

// Sorts `model` over a version list (VersionListQuery) by each of its columns, both ways, and
// checks that every one of the `rows` versions is there once, non-NULL values in order (numbers
// by value, text as stored) and NULLs last. "vs previous" is sorted by each metric's change
// against the previous version (VersionListQuery::sortByChange), checked against MetricDelta.
void verifyVersionListSorts(PagedTableModel& model, const PagedQuery& query, int rows, const ModelRegistry& registry);

// SHA-256 of a file's bytes, for "looking never changes anything" checks.
QByteArray fileDigest(const QString& path);
// Files beside `path` whose name starts with its name (-journal, -wal, -shm...).
QStringList sideFiles(const QString& path);

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the real steward-cli binary with `arguments`.
CliRun runCli(const QStringList& arguments, const QStringList& extraEnvironment = {}, int timeoutMs = 120000);
// Runs one steward-cli process per argument list, all released at the same instant: each
// waits at a start line (a file appearing) until every one of them is running.
QList<CliRun> runCliAtOnce(const QList<QStringList>& argumentLists, int timeoutMs = 120000);

// The test PostgreSQL server (STEWARD_TEST_PG), and a database of its own for one test that
// is dropped afterwards.
QString postgresUri();
bool postgresRequired();
// Ends `db`'s session from the server side through `admin`, as a restart or an administrator
// would, and waits until the server has let it go.
bool dropPostgresSession(Database& admin, Database& db);
class TemporaryPostgresDatabase
{
public:
    TemporaryPostgresDatabase();
    ~TemporaryPostgresDatabase();
    bool isValid() const { return !m_name.isEmpty(); }
    const QString& error() const { return m_error; }
    QString name() const { return m_name; }
    // The URI as the server's superuser, or as `user` (created on demand, same password rules).
    QString uri(const QString& user = {}) const;
    ConnectionTarget target(const QString& user = {}) const;
    // Creates a login role with a password, granted steward_console when init has created it;
    // returns false on failure.
    bool createLogin(const QString& user, const QString& password = QStringLiteral("secret"));

private:
    Outcome adminExec(const QString& sql) const;
    QString m_name;
    QString m_error;
};

// The demo written into `pg` by the server's superuser, who stays connected: the connection, or
// null (and the test failed) when it cannot be.
std::unique_ptr<Database> postgresDemo(const TemporaryPostgresDatabase& pg, const DemoOptions& options);

// What a view shows at `index` once its row has arrived: a paged model reads nothing inside
// data(), so asking for a row that is not in memory sends for it and the event loop brings it.
QVariant shownValue(const QModelIndex& index, int role = Qt::DisplayRole);

// Waits, with the event loop running, until a paged model reading in jobs has the rows of its
// last query (false if they never came). A model that reads at once has them already.
bool rowsArrived(const PagedTableModel* model);

// A helper that cannot do its work fails the running test (qFatal would end every remaining test
// of the program) and gives its caller an empty value, at which the caller's own checks stop:
// `return STEWARD_HELPER_FAILED("no table %s", qPrintable(name));`.
struct HelperFailure
{
    template <typename T> operator T() const { return T{}; }
};
HelperFailure failHelper(const QString& message, const char* file, int line);

} // namespace steward::test

#define STEWARD_HELPER_FAILED(...) ::steward::test::failHelper(QString::asprintf(__VA_ARGS__), __FILE__, __LINE__)

// Skips on a developer's machine without a server; fails where the server is required (CI).
#define STEWARD_REQUIRE_POSTGRES()                                                                                     \
    do {                                                                                                               \
        if (steward::test::postgresUri().isEmpty()) {                                                                  \
            if (steward::test::postgresRequired())                                                                     \
                QFAIL("STEWARD_REQUIRE_PG is set but STEWARD_TEST_PG is empty: the PostgreSQL tests did not run");     \
            QSKIP("No PostgreSQL test server: set STEWARD_TEST_PG (scripts/test.sh starts one)");                      \
        }                                                                                                              \
    } while (false)

#define STEWARD_VERIFY_OK(outcomeExpression)                                                                           \
    do {                                                                                                               \
        const auto& stewardOutcome_ = (outcomeExpression);                                                             \
        QVERIFY2(stewardOutcome_.isOk(), qPrintable(stewardOutcome_.message()));                                       \
    } while (false)
