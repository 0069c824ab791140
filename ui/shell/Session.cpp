#include "Session.h"

#include "models/db/AppSchema.h"
#include "models/db/SearchIndex.h"
#include "models/jobs/JobRunner.h"
#include "models/monitoring/MonitoringIndexes.h"
#include "models/profiles/Profile.h"
#include "models/profiles/SourceTables.h"
#include "models/review/SuggestionArrivals.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/TransitionEngine.h"
#include "ui/monitoring/MonitoringAvailability.h"

#include <QApplication>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>
#include <tuple>

namespace steward {

QStringList Session::missingFor(View view) const
{
    if (view == View::Monitoring && m_database && m_database->profile().name != QLatin1String("pipeline"))
        return MonitoringAvailability::missingEntities(*m_database);
    QStringList missing = m_catalog.missingFor(requiredTables(view));
    if (m_database) {
        for (const QString& table : SourceTables::sources(m_database->profile()).keys())
            missing.removeAll(table);
    }
    return missing;
}

Session::Session(QObject* parent)
    : QObject(parent), m_changeTimer(new QTimer(this)), m_arrivals(new JobRunner(this)), m_opening(new JobRunner(this))
{
    m_changeTimer->setObjectName(QStringLiteral("changeTimer")); // found by the live-refresh test
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(300);
    connect(m_changeTimer, &QTimer::timeout, this, &Session::deliverChanges);
    m_connectionTimer = new QTimer(this);
    m_connectionTimer->setInterval(20000);
    connect(m_connectionTimer, &QTimer::timeout, this, &Session::checkConnection);
}

Session::~Session() = default;

Outcome Session::open(const ConnectionTarget& target, const OpenOptions& options)
{
    auto connection = Database::open(target, options);
    if (!connection)
        return connection.failure();
    catchUp(**connection);
    return adopt(connection.take()); // which drops an opening under way (close())
}

namespace {
// What an opening job hands over: the connection, now the window thread's, or why not. An
// opening dropped on the way (superseded, cancelled) may end on the job's thread: its
// connection is then closed on the thread it was handed to.
struct Opening
{
    QThread* owner = nullptr;
    std::unique_ptr<Database> database;
    Outcome outcome;

    Opening() = default;
    Opening(const Opening&) = delete;
    Opening& operator=(const Opening&) = delete;
    ~Opening()
    {
        if (database && QThread::currentThread() != owner && QCoreApplication::instance())
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [database = database.release()] { delete database; },
                Qt::QueuedConnection);
    }
};
} // namespace

void Session::openInBackground(const ConnectionTarget& target, const OpenOptions& options,
                               std::function<void(const Outcome&)> done)
{
    QThread* owner = thread();
    m_opening->start<std::shared_ptr<Opening>>(
        [target, options, owner](JobControl&) {
            auto opening = std::make_shared<Opening>();
            opening->owner = owner;
            auto connection = Database::open(target, options);
            if (!connection) {
                opening->outcome = connection.failure();
                return opening;
            }
            catchUp(**connection);
            (*connection)->handOverTo(owner);
            opening->database = connection.take();
            return opening;
        },
        [this, done = std::move(done)](const std::shared_ptr<Opening>& opening) {
            if (opening->database)
                done(adopt(std::move(opening->database)));
            else
                done(opening->outcome);
        });
}

void Session::cancelOpening()
{
    m_opening->abandon();
}

bool Session::isOpening() const
{
    return m_opening->isRunning();
}

void Session::catchUp(Database& database)
{
    // See SearchIndex: new pipeline rows are indexed at open; until then search scans them.
    std::ignore = SearchIndex::catchUp(database);
    std::ignore = MonitoringIndexes::catchUpRollups(database);
}

Outcome Session::adopt(std::unique_ptr<Database> database)
{
    close();
    m_database = std::move(database);
    // One announcement per event: pages load once on open, not once more for the reload.
    const Outcome loaded = readDatabase();
    listenForChanges();
    emit opened();
    recordArrivals();
    return loaded;
}

void Session::recordArrivals()
{
    if (!m_database || m_database->isReadOnly() || m_database->openedAsSnapshot() || !hasAppTables())
        return;
    OpenOptions options = m_database->options();
    // Recording reads every suggestion the first time: no time limit, as for building an index.
    options.timeBudgetMs = 0;
    m_arrivals->startOn<qint64>(
        m_database->target(), options,
        [](Database& database, JobControl&) { return SuggestionArrivals::catchUp(database); },
        [this](const Result<qint64>& recorded) {
            // A failure leaves the ages blank, as on a file never opened read-write; the queue
            // says why in each blank cell's tooltip.
            if (m_database && recorded && *recorded > 0)
                announceChange(QStringLiteral("suggestion"));
        });
}

void Session::listenForChanges()
{
    if (m_database->isSqlite() || !m_database->listen(TransitionEngine::changeChannel()))
        return;
    m_reconnectsSeen = m_database->reconnectCount();
    m_connectionTimer->start();
    connect(m_database->connection().driver(), &QSqlDriver::notification, this,
            [this](const QString& channel, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (channel != TransitionEngine::changeChannel() || source != QSqlDriver::OtherSource)
                    return;
                if (!m_pendingKinds.contains(payload.toString()))
                    m_pendingKinds << payload.toString();
                m_changeTimer->start();
            });
}

void Session::checkConnection()
{
    if (!m_database || QApplication::activeModalWidget())
        return;
    // Only gives a dropped session the chance to come back; if it cannot, the next statement a
    // page runs reports that.
    std::ignore = m_database->ping();
    deliverChanges();
}

void Session::deliverChanges()
{
    if (!m_database)
        return;
    // Announcements sent while the session was gone are lost: read everything again.
    if (m_database->reconnectCount() != m_reconnectsSeen) {
        m_reconnectsSeen = m_database->reconnectCount();
        if (!m_pendingKinds.contains(QLatin1String("connection")))
            m_pendingKinds << QStringLiteral("connection");
    }
    if (m_pendingKinds.isEmpty())
        return;
    if (QApplication::activeModalWidget()) {
        m_changeTimer->start();
        return;
    }
    const QStringList kinds = std::exchange(m_pendingKinds, {});
    // A role granted or revoked elsewhere may be this user's.
    // Pages read again on reloaded() and report what they cannot read.
    if (kinds.contains(QLatin1String("role")))
        std::ignore = reload();
    emit changedElsewhere(kinds);
}

void Session::close()
{
    cancelOpening();
    if (!m_database)
        return;
    m_arrivals->abandon();
    m_database.reset();
    m_connectionTimer->stop();
    m_pendingKinds.clear();
    m_catalog = {};
    m_appSchemaVersion = 0;
    m_role = Role::Viewer;
    m_clients.clear();
    emit closed();
}

QString Session::actingUser() const
{
    return m_database ? m_database->actingUser() : QString();
}

bool Session::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

Outcome Session::reload()
{
    const Outcome read = readDatabase();
    if (m_database)
        emit reloaded();
    return read;
}

Outcome Session::readDatabase()
{
    if (!m_database)
        return Outcome::ok();
    if (const auto read = m_database->takeProfileCatalog()) {
        m_catalog = *read; // just read at opening
    } else {
        auto catalog = SchemaCatalog::load(*m_database);
        if (!catalog)
            return catalog.failure();
        m_catalog = catalog.take();
    }
    auto version = AppSchema::installedVersion(*m_database);
    m_appSchemaVersion = version ? *version : 0;
    m_role = Role::Viewer;
    m_clients.clear();
    if (m_appSchemaVersion > 0) {
        const RoleRepository roles(*m_database);
        if (auto role = roles.roleOf(m_database->actingUser()); role)
            m_role = *role;
        if (auto clients = roles.clientsOf(m_database->actingUser()); clients)
            m_clients = *clients;
    }
    return version ? Outcome::ok() : version.failure();
}

Outcome Session::initialise()
{
    if (!m_database)
        return Outcome::failed(tr("no database is open"));
    auto done = AppSchema::init(*m_database);
    if (!done)
        return done.failure();
    const Outcome reloaded = reload();
    recordArrivals();
    return reloaded;
}

QString Session::whyNot(Permission permission) const
{
    if (!m_database)
        return tr("No database is open.");
    if (m_database->isReadOnly())
        return tr("The database is open read-only.");
    if (!hasAppTables())
        return tr("This database has no Steward tables yet (File ▸ Initialise Steward tables).");
    const Outcome allowed = authorize(actingUser(), m_role, permission);
    return allowed ? QString() : allowed.message() + QLatin1Char('.');
}

bool Session::roleAllows(Action action) const
{
    return authorize(actingUser(), m_role, Workflow::step(action).permission).isOk();
}

void Session::announceChange(const QString& itemKind)
{
    emit itemsChanged(itemKind);
}

void Session::setConnectionCheckInterval(int milliseconds)
{
    m_connectionTimer->setInterval(milliseconds);
}

void Session::requestShow(View view, const QString& itemKind, const QString& itemId)
{
    emit showRequested(view, itemKind, itemId);
}

} // namespace steward
