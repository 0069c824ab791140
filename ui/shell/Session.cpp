#include "Session.h"

#include "db/AppSchema.h"
#include "workflow/RoleRepository.h"

namespace steward {

Session::Session(QObject* parent) : QObject(parent) {}

Session::~Session() = default;

Outcome Session::open(const ConnectionTarget& target, const OpenOptions& options)
{
    auto connection = Database::open(target, options);
    if (!connection)
        return connection.failure();
    close();
    m_database = connection.take();
    // One announcement per event: pages load once on open, not once more for the reload.
    const Outcome loaded = readDatabase();
    emit opened();
    return loaded;
}

void Session::close()
{
    if (!m_database)
        return;
    m_database.reset();
    m_catalog = {};
    m_appSchemaVersion = 0;
    m_role = Role::Viewer;
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
    auto catalog = SchemaCatalog::load(*m_database);
    if (!catalog)
        return catalog.failure();
    m_catalog = catalog.take();
    auto version = AppSchema::installedVersion(*m_database);
    m_appSchemaVersion = version ? *version : 0;
    m_role = Role::Viewer;
    if (m_appSchemaVersion > 0) {
        auto role = RoleRepository(*m_database).roleOf(m_database->actingUser());
        if (role)
            m_role = *role;
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
    return reload();
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

void Session::announceChange(const QString& itemKind)
{
    emit itemsChanged(itemKind);
}

void Session::requestShow(View view, const QString& itemKind, const QString& itemId)
{
    emit showRequested(view, itemKind, itemId);
}

} // namespace steward
