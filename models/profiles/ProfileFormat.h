#pragma once

#include "models/core/Outcome.h"
#include "models/profiles/Profile.h"

#include <QByteArray>
#include <QString>

namespace steward {

// The profile file format (docs/profiles.md): one JSON object,
//   {"format": "steward-profile-1", "name": "...", "title": "...", "scope": "company",
//    "entities": {"violation": {"table": "...", "fields": {"id": "...", ...},
//                               "required": ["id", ...], "states": {"word": "steward word"}}}}
// A file is checked as a whole: every mistake is a usage error naming the file and the key.
namespace ProfileFormat {
inline constexpr const char* formatName = "steward-profile-1";
Result<Profile> parse(const QByteArray& json, const QString& source);
Result<Profile> load(const QString& path);
} // namespace ProfileFormat

} // namespace steward
