// Whose tables a database holds, settled at opening (Database::resolveProfile): kept apart from
// the connection code in Database.cpp.
#include "Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/profiles/BuiltInProfiles.h"
#include "models/profiles/ProfileDetection.h"
#include "models/profiles/SourceTables.h"

namespace steward {

void Database::resolveProfile()
{
    Result<SchemaCatalog> catalog = Outcome::failed(QString());
    ActiveProfile active;
    QString problem;
    if (m_options.settledProfile) {
        active = *m_options.settledProfile;
        problem = active.problem;
    } else {
        catalog = SchemaCatalog::load(*this);
        const SchemaCatalog empty;
        auto resolved = ProfileDetection::resolve(catalog ? *catalog : empty, m_options.profile);
        if (!resolved) {
            problem = resolved.failure().message();
            resolved = ProfileDetection::detect(catalog ? *catalog : empty, BuiltInProfiles::all());
        }
        active = resolved.take();
    }
    // Views are made in the session's temporary schema, which a read-only session cannot write:
    // it may for that moment. The file itself stays closed to writes (opened read-only on
    // SQLite, a READ ONLY default on PostgreSQL for every statement after).
    const bool readOnly = m_target.readOnly && !SourceTables::sources(active.profile).isEmpty();
    if (readOnly)
        (void)exec(isSqlite() ? QStringLiteral("PRAGMA query_only=OFF")
                              : QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE"));
    if (Outcome installed = SourceTables::install(*this, active.profile); !installed)
        problem = installed.message();
    else
        m_dialect.setSources(SourceTables::sources(active.profile));
    if (readOnly)
        (void)exec(isSqlite() ? QStringLiteral("PRAGMA query_only=ON")
                              : QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    // A read-only SQLite connection keeps its temporary schema in memory for those views (see
    // Database::openSqlite); without views it goes back to temporary files, because in memory a
    // large sort holds every row it sorts (100 MB for a summary of a million forecasts).
    if (isSqlite() && m_target.readOnly && SourceTables::sources(active.profile).isEmpty())
        (void)exec(QStringLiteral("PRAGMA temp_store=DEFAULT"));
    // Handed to the first reader, unless views were made since (a server lists temporary views
    // among the tables).
    m_profileCatalog = catalog && SourceTables::sources(active.profile).isEmpty()
                           ? std::make_shared<const SchemaCatalog>(*catalog)
                           : nullptr;
    active.problem = problem;
    m_profile = std::make_shared<const ActiveProfile>(std::move(active));
    m_options.settledProfile = m_profile;
}

const Profile& Database::profile() const
{
    return activeProfile().profile;
}

} // namespace steward
