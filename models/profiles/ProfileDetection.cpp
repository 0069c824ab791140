#include "ProfileDetection.h"

#include "models/db/SchemaCatalog.h"
#include "models/profiles/BuiltInProfiles.h"

namespace steward {

namespace {
// Tables as the system names them; on SQLite names are not case-sensitive.
const TableInfo* findTable(const SchemaCatalog& catalog, const QString& name)
{
    if (const TableInfo* exact = catalog.table(name))
        return exact;
    for (const TableInfo& table : catalog.tables()) {
        if (table.schema.isEmpty() && table.name.compare(name, Qt::CaseInsensitive) == 0)
            return &table;
    }
    return nullptr;
}

int requiredFound(const EntityMap& map, const TableInfo& table)
{
    int found = 0;
    for (const QString& field : map.required) {
        if (table.hasColumn(map.column(field)))
            ++found;
    }
    return found;
}
} // namespace

ProfileFit ProfileDetection::fit(const Profile& profile, const SchemaCatalog& catalog)
{
    ProfileFit result;
    result.profile = profile.name;
    for (const EntityMap& map : profile.entities) {
        const TableInfo* table = findTable(catalog, map.table);
        if (!table)
            continue;
        const int found = requiredFound(map, *table);
        if (found == map.required.size()) {
            result.present << map.entity;
            result.columns += found;
        } else {
            result.incomplete << map.entity;
        }
    }
    return result;
}

Profile ProfileDetection::bind(const Profile& profile, const SchemaCatalog& catalog)
{
    Profile bound = profile;
    bound.entities.clear();
    for (EntityMap map : profile.entities) {
        const TableInfo* table = findTable(catalog, map.table);
        if (!table || requiredFound(map, *table) != map.required.size())
            continue;
        map.table = table->name;
        for (auto it = map.fields.begin(); it != map.fields.end();) {
            if (table->hasColumn(it.value()))
                ++it;
            else
                it = map.fields.erase(it);
        }
        bound.entities << map;
    }
    return bound;
}

ActiveProfile ProfileDetection::detect(const SchemaCatalog& catalog, const QList<Profile>& candidates)
{
    const Profile* best = nullptr;
    ProfileFit bestFit;
    for (const Profile& candidate : candidates) {
        const ProfileFit candidateFit = fit(candidate, catalog);
        if (!candidateFit.fits())
            continue;
        if (!best || candidateFit.present.size() > bestFit.present.size() ||
            (candidateFit.present.size() == bestFit.present.size() && candidateFit.columns > bestFit.columns)) {
            best = &candidate;
            bestFit = candidateFit;
        }
    }
    if (!best) {
        const Profile& fallback = BuiltInProfiles::pipeline();
        return {bind(fallback, catalog), QStringLiteral("default"), fit(fallback, catalog), {}};
    }
    return {bind(*best, catalog), QStringLiteral("detected"), bestFit, {}};
}

Result<ActiveProfile> ProfileDetection::resolve(const SchemaCatalog& catalog, const QString& choice)
{
    if (choice.isEmpty())
        return detect(catalog, BuiltInProfiles::all());
    auto chosen = BuiltInProfiles::resolve(choice);
    if (!chosen)
        return chosen.failure();
    return ActiveProfile{bind(*chosen, catalog), QStringLiteral("chosen"), fit(*chosen, catalog), {}};
}

} // namespace steward
