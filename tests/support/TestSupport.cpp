#include "TestSupport.h"

#include "models/db/SqlScript.h"
#include "models/demo/DemoGenerator.h"
#include "models/demo/SystemSchemas.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/registry/MetricDelta.h"
#include "models/registry/VersionChanges.h"
#include "models/registry/VersionListQuery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>
#include <tuple>

namespace steward::test {

QDate demoAnchor()
{
    return QDate(2026, 11, 20);
}

QDateTime afterDemo()
{
    return QDateTime(demoAnchor(), QTime(10, 0), QTimeZone::utc());
}

HelperFailure failHelper(const QString& message, const char* file, int line)
{
    QTest::qFail(qPrintable(message), file, line);
    return {};
}

QVariant shownValue(const QModelIndex& index, int role)
{
    const auto loading = [&] { return index.data(PagedTableModel::LoadingRole).toBool(); };
    if (loading() && !QTest::qWaitFor([&] { return !loading(); }))
        return STEWARD_HELPER_FAILED("row %d never arrived", index.row());
    return index.data(role);
}

bool rowsArrived(const PagedTableModel* model)
{
    if (!model->isLoading() || QTest::qWaitFor([model] { return !model->isLoading(); }))
        return true;
    return STEWARD_HELPER_FAILED("the rows of the query never arrived");
}

QString makeDemo(const QTemporaryDir& dir, const QString& name, const QString& creator, int scale)
{
    const QString path = dir.filePath(name);
    DemoOptions options;
    options.scale = scale;
    options.seed = 7;
    options.anchor = demoAnchor();
    options.actingUser = creator;
    auto written = DemoGenerator::writeSqliteFile(path, options);
    if (!written)
        return STEWARD_HELPER_FAILED("demo failed: %s", qPrintable(written.failure().message()));
    return path;
}

QString makeSystemDemo(const QTemporaryDir& dir, const QString& system, const QString& name)
{
    DemoOptions options;
    options.seed = 5;
    options.anchor = demoAnchor();
    options.actingUser = QStringLiteral("admin");
    options.system = system;
    const QString path = dir.filePath(name);
    auto written = DemoGenerator::writeSqliteFile(path, options);
    if (!written)
        return STEWARD_HELPER_FAILED("demo %s: %s", qPrintable(system), qPrintable(written.failure().message()));
    return path;
}

QString copyDatabase(const QString& source, const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    if (!QFile::copy(source, path))
        return STEWARD_HELPER_FAILED("cannot copy %s", qPrintable(source));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

namespace {
std::unique_ptr<Database> makeEmptySqlite(const QString& path, const QString& user = QStringLiteral("admin"))
{
    ConnectionTarget target;
    target.sqlitePath = path;
    OpenOptions options;
    options.createIfMissing = true;
    options.actingUser = user;
    auto db = Database::open(target, options);
    if (!db)
        return STEWARD_HELPER_FAILED("cannot create %s: %s", qPrintable(path), qPrintable(db.failure().message()));
    return db.take();
}
} // namespace

std::unique_ptr<Database> makePipelineOnly(const QString& path, const QString& user)
{
    auto db = makeEmptySqlite(path, user);
    if (!db)
        return nullptr;
    if (Outcome created = SqlScript::run(*db, QStringLiteral("pipeline/sqlite.sql")); !created)
        return STEWARD_HELPER_FAILED("cannot create the pipeline tables: %s", qPrintable(created.message()));
    return db;
}

QString contractScript(const QString& contract)
{
    const QString text = SqlScript::load(QStringLiteral("systems/") + contract);
    if (text.isEmpty())
        return STEWARD_HELPER_FAILED("no contract %s", qPrintable(contract));
    return text;
}

std::unique_ptr<Database> makeFromContract(const QString& path, const QString& contract)
{
    auto db = makeEmptySqlite(path);
    if (!db)
        return nullptr;
    const QString script = SystemSchemas::script(contract, Backend::Sqlite);
    for (const QString& statement : SqlScript::split(script)) {
        QSqlQuery query = db->query();
        if (!query.exec(statement))
            return STEWARD_HELPER_FAILED("%s: %s", qPrintable(statement.left(60)),
                                         qPrintable(query.lastError().text()));
    }
    return db;
}

std::unique_ptr<Database> openSqlite(const QString& path, const QString& user, bool readOnly)
{
    ConnectionTarget target;
    target.sqlitePath = path;
    target.readOnly = readOnly;
    OpenOptions options;
    options.actingUser = user;
    auto opened = Database::open(target, options);
    if (!opened)
        return STEWARD_HELPER_FAILED("cannot open %s: %s", qPrintable(path), qPrintable(opened.failure().message()));
    return opened.take();
}

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList sideFiles(const QString& path)
{
    const QFileInfo info(path);
    QStringList found;
    const QStringList entries = QDir(info.absolutePath()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& entry : entries) {
        if (entry != info.fileName() && entry.startsWith(info.fileName()))
            found << entry;
    }
    return found;
}

CliRun runCli(const QStringList& arguments, const QStringList& extraEnvironment, int timeoutMs)
{
    CliRun run;
    const QString program = qEnvironmentVariable("STEWARD_CLI");
    if (program.isEmpty())
        return STEWARD_HELPER_FAILED("STEWARD_CLI is not set (the test runner sets it to the steward-cli binary)");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("STEWARD_DB"));
    for (const QString& assignment : extraEnvironment) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        environment.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QList<CliRun> runCliAtOnce(const QList<QStringList>& argumentLists, int timeoutMs)
{
    QTemporaryDir dir;
    const QString go = dir.filePath(QStringLiteral("go"));
    QList<QProcess*> processes;
    for (const QStringList& arguments : argumentLists) {
        auto* process = new QProcess;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("STEWARD_DB"));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral("/bin/sh"),
                       QStringList{QStringLiteral("-c"),
                                   QStringLiteral("while [ ! -e \"$1\" ]; do :; done; shift; exec \"$@\""),
                                   QStringLiteral("sh"), go, qEnvironmentVariable("STEWARD_CLI")} +
                           arguments);
        process->waitForStarted();
        processes << process;
    }
    QThread::msleep(300); // every shell is at the start line
    QFile start(go);
    if (!start.open(QIODevice::WriteOnly))
        return STEWARD_HELPER_FAILED("cannot write %s", qPrintable(go));
    start.close();
    QList<CliRun> runs;
    for (QProcess* process : processes) {
        CliRun run;
        if (process->waitForFinished(timeoutMs)) {
            run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
            run.out = QString::fromUtf8(process->readAllStandardOutput());
            run.err = QString::fromUtf8(process->readAllStandardError());
        } else {
            process->kill();
            process->waitForFinished();
            run.err = QStringLiteral("timed out");
        }
        runs << run;
        delete process;
    }
    return runs;
}

QString postgresUri()
{
    return qEnvironmentVariable("STEWARD_TEST_PG");
}

bool postgresRequired()
{
    return !qEnvironmentVariableIsEmpty("STEWARD_REQUIRE_PG");
}

std::unique_ptr<Database> postgresDemo(const TemporaryPostgresDatabase& pg, const DemoOptions& options)
{
    if (!pg.isValid())
        return STEWARD_HELPER_FAILED("no database: %s", qPrintable(pg.error()));
    auto db = Database::open(pg.target());
    if (!db)
        return STEWARD_HELPER_FAILED("%s", qPrintable(db.failure().message()));
    if (auto written = DemoGenerator::writeInto(**db, options); !written)
        return STEWARD_HELPER_FAILED("%s", qPrintable(written.failure().message()));
    return db.take();
}

TemporaryPostgresDatabase::TemporaryPostgresDatabase()
{
    if (postgresUri().isEmpty()) {
        m_error = QStringLiteral("no server");
        return;
    }
    const QString name =
        QStringLiteral("steward_test_%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    if (Outcome created = adminExec(QStringLiteral("CREATE DATABASE %1").arg(name)); !created) {
        m_error = created.message();
        return;
    }
    m_name = name;
}

TemporaryPostgresDatabase::~TemporaryPostgresDatabase()
{
    // Best effort: a database left behind belongs to a throwaway server and goes with it.
    if (!m_name.isEmpty())
        std::ignore = adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

Outcome TemporaryPostgresDatabase::adminExec(const QString& sql) const
{
    auto target = ConnectionTarget::parse(postgresUri());
    if (!target)
        return target.failure();
    auto admin = Database::open(*target);
    if (!admin)
        return admin.failure();
    return (*admin)->exec(sql);
}

QString TemporaryPostgresDatabase::uri(const QString& user) const
{
    QUrl url(postgresUri());
    url.setPath(QLatin1Char('/') + m_name);
    if (!user.isEmpty()) {
        url.setUserName(user);
        url.setPassword(QStringLiteral("secret"));
    }
    return url.toString();
}

ConnectionTarget TemporaryPostgresDatabase::target(const QString& user) const
{
    return *ConnectionTarget::parse(uri(user));
}

bool TemporaryPostgresDatabase::createLogin(const QString& user, const QString& password)
{
    // Roles are cluster-wide; tests reuse them across databases.
    const Outcome created =
        adminExec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') "
                                 "THEN CREATE ROLE %1 LOGIN PASSWORD '%2'; END IF; END $$")
                      .arg(user, password));
    if (!created) {
        m_error = created.message();
        return false;
    }
    // A login is given nothing of Steward's here: a Steward role (and with it the SQL console)
    // comes from `roles grant`, as it does for people.
    return adminExec(QStringLiteral("GRANT ALL ON DATABASE %1 TO %2").arg(m_name, user)).isOk();
}

bool dropPostgresSession(Database& admin, Database& db)
{
    QSqlQuery pid = db.query();
    if (!pid.exec(QStringLiteral("SELECT pg_backend_pid()")) || !pid.next())
        return false;
    QSqlQuery kill = admin.query();
    kill.prepare(QStringLiteral("SELECT pg_terminate_backend(?)"));
    kill.addBindValue(pid.value(0));
    if (!kill.exec())
        return false;
    for (int attempt = 0; attempt < 200; ++attempt) {
        QSqlQuery alive = admin.query();
        alive.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"));
        alive.addBindValue(pid.value(0));
        if (alive.exec() && alive.next() && alive.value(0).toInt() == 0)
            return true;
        QTest::qWait(10);
    }
    return false;
}

namespace {
// Sorted by "vs previous" for `key`: the regressions (MetricDelta's change, turned so that worse
// is positive) in order, the versions without one last.
void verifyChangeOrder(PagedTableModel& model, const PagedQuery& query, const ModelRegistry& registry,
                       const QString& key, bool descending)
{
    const QString what = key + (descending ? QStringLiteral(" change desc") : QStringLiteral(" change asc"));
    PagedQuery sorted = query;
    QVERIFY2(VersionListQuery::sortByChange(sorted, registry, key, descending), qPrintable(what));
    STEWARD_VERIFY_OK(model.setQuery(sorted));
    const int previous = sorted.columnIndex(VersionListQuery::kPreviousMetrics);
    const int metric = sorted.columnIndex(key);
    bool noneSeen = false;
    std::optional<double> before;
    int compared = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QMap<QString, double> earlier = VersionChanges::metricsOfText(model.cell(row, previous).text());
        const CellValue now = model.cell(row, metric);
        if (!earlier.contains(key) || now.isNull()) {
            noneSeen = true;
            continue;
        }
        QVERIFY2(!noneSeen, qPrintable(what + QStringLiteral(": a change after a version without one")));
        const MetricDelta delta = MetricDelta::between(key, earlier.value(key), now.value.toDouble());
        const double worse =
            Metrics::direction(key) == Metrics::Direction::HigherIsBetter ? -delta.change : delta.change;
        if (before) {
            const double step = descending ? *before - worse : worse - *before;
            QVERIFY2(step >= -1e-9, qPrintable(what + QStringLiteral(" at row %1").arg(row)));
        }
        before = worse;
        ++compared;
    }
    QVERIFY2(compared > 1, qPrintable(what));
}
} // namespace

void verifyVersionListSorts(PagedTableModel& model, const PagedQuery& query, int rows, const ModelRegistry& registry)
{
    const int version = query.columnIndex(VersionListQuery::kVersion);
    const auto versions = [&model, version] {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.cell(row, version).text();
        std::sort(out.begin(), out.end());
        return out;
    };
    STEWARD_VERIFY_OK(model.setQuery(query));
    const QStringList all = versions();
    QCOMPARE(all.size(), rows);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), rows);
    for (const PagedQuery::Column& column : query.columns) {
        for (const bool descending : {false, true}) {
            if (column.name == VersionListQuery::kPreviousMetrics) {
                PagedQuery unsorted = query;
                QVERIFY(!VersionListQuery::sortBy(unsorted, column.name, descending));
                for (const QString& key : VersionListQuery::metricColumns(query)) {
                    verifyChangeOrder(model, query, registry, key, descending);
                    if (QTest::currentTestFailed())
                        return;
                    QVERIFY2(versions() == all, qPrintable(key));
                }
                continue;
            }
            const QString what = column.name + (descending ? QStringLiteral(" desc") : QStringLiteral(" asc"));
            PagedQuery sorted = query;
            QVERIFY(VersionListQuery::sortBy(sorted, column.name, descending));
            STEWARD_VERIFY_OK(model.setQuery(sorted));
            QVERIFY2(versions() == all, qPrintable(what));
            const bool numeric = column.type == LogicalType::Integer || column.type == LogicalType::Numeric;
            bool nullSeen = false;
            QVariant before;
            const int c = model.query().columnIndex(column.name);
            for (int row = 0; row < model.rowCount(); ++row) {
                const QVariant raw = model.index(row, c).data(PagedTableModel::RawRole);
                if (raw.isNull()) {
                    nullSeen = true;
                    continue;
                }
                QVERIFY2(!nullSeen, qPrintable(what + QStringLiteral(": a value after a NULL")));
                if (before.isValid()) {
                    const int order = numeric ? (before.toDouble() < raw.toDouble()   ? -1
                                                 : raw.toDouble() < before.toDouble() ? 1
                                                                                      : 0)
                                              : QString::compare(before.toString(), raw.toString());
                    QVERIFY2(descending ? order >= 0 : order <= 0,
                             qPrintable(what + QStringLiteral(" at row %1").arg(row)));
                }
                before = raw;
            }
        }
    }
}

} // namespace steward::test
