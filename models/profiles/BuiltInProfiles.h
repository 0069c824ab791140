#pragma once

#include "models/core/Outcome.h"
#include "models/profiles/Profile.h"

#include <QList>

namespace steward {

// The profiles compiled into Steward (resources/profiles/*.json): one per seed system.
namespace BuiltInProfiles {
// In detection's order of preference when two match equally well: the forecasting pipeline first.
const QList<Profile>& all();
const Profile* find(const QString& name);
// The forecasting pipeline's, which every view was first written for.
const Profile& pipeline();
QStringList names();
// A built-in name, or else a profile file.
Result<Profile> resolve(const QString& nameOrFile);
} // namespace BuiltInProfiles

} // namespace steward
