#pragma once

#include <QString>

namespace steward {

struct EntityMap;
struct Profile;

// SQL pieces for reading another system's feedback and deployment rows straight from its tables
// (those entities have no pipeline counterpart, so no temporary view stands in for them).
namespace DecisionSources {
// `alias`'s column for `field`, or NULL when the profile does not map it.
QString column(const EntityMap& entity, const QString& alias, const QString& field);
// The same as text: timestamps come out as the database writes them, so that a PostgreSQL
// `timestamp without time zone` stays UTC when parsed (parseTimestamp).
QString text(const EntityMap& entity, const QString& alias, const QString& field);
// `modelField` ("name", "version") of the model version that `alias`'s row belongs to (its
// "model" field), or NULL when the profile cannot say.
QString modelField(const Profile& profile, const EntityMap& entity, const QString& alias, const QString& modelField);
} // namespace DecisionSources

} // namespace steward
