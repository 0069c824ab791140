#pragma once

#include <QDateTime>
#include <QString>

namespace steward {

// Model version ids. The pipeline names versions by the time they were trained
// (20260306_143022, UTC), so that they sort chronologically as text; other ids are allowed and
// fall back to the registry row's created_at.
namespace VersionId {
bool isTimestampId(const QString& id);
// The training time the id names, or an invalid QDateTime when it names none.
QDateTime timestamp(const QString& id);
// The id's time if it has one, otherwise `fallback` (model_metadata.created_at).
QDateTime trainedAt(const QString& id, const QDateTime& fallback);
// "6 Mar 2026 14:30:22" (UTC), in the user's language.
QString readable(const QDateTime& utc);
// The id as people read it: "20260306_143022 (6 Mar 2026 14:30:22)", or the id alone.
QString describe(const QString& id, const QDateTime& fallback = {});
} // namespace VersionId

} // namespace steward
