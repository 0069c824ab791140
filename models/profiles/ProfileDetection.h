#pragma once

#include "models/core/Outcome.h"
#include "models/profiles/Profile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

class SchemaCatalog;

// How well one profile fits a database: which of its entities are there, with every required
// column.
struct ProfileFit
{
    QString profile;
    QStringList present;    // entities whose table and required columns exist
    QStringList incomplete; // entities whose table exists but lacks a required column
    int columns = 0;        // required columns found, over the present entities
    bool fits() const { return !present.isEmpty(); }
};

// The profile in use and why: shown by `info` and in the status bar.
struct ActiveProfile
{
    // The profile bound to this database: entities that are missing, or lack a required
    // column, are left out, and so are fields whose column is missing, so that views ask
    // `has(...)` and never meet a missing column.
    Profile profile;
    QString how; // "detected", "chosen" (--profile), or "default" (nothing matched)
    ProfileFit fit;
    QString problem; // why the profile's tables cannot be read, if they cannot
};

namespace ProfileDetection {
ProfileFit fit(const Profile& profile, const SchemaCatalog& catalog);
// The profile with the most present entities (then the most required columns); tables alone do
// not count, so WITHIN's model_metadata is not taken for the pipeline's. Nothing matching: the
// pipeline's, whose views then say which tables are missing.
ActiveProfile detect(const SchemaCatalog& catalog, const QList<Profile>& candidates);
Profile bind(const Profile& profile, const SchemaCatalog& catalog);
// `choice` empty: detect among the built-in profiles; otherwise a built-in name or a file.
Result<ActiveProfile> resolve(const SchemaCatalog& catalog, const QString& choice);
} // namespace ProfileDetection

} // namespace steward
