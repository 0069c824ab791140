#pragma once

#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"
#include "models/snapshot/SnapshotFormat.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace steward {

class Database;

// One item whose state differs between two databases. An empty `before` means the item is new;
// an empty `after` means it is gone.
struct StateChange
{
    QString item; // suggestion or violation, as the audit trail names them
    QString id;
    QString clientId;
    QString kind;  // category (suggestions) or severity (violations)
    QString label; // summary or description
    QString before;
    QString after;
};

struct VersionChange
{
    QString clientId;
    QString version;
    QString createdAt;
    QVariant wmape;       // null when the metrics do not carry one
    bool appeared = true; // false: the version is gone
};

struct AuditGain
{
    qint64 seq = 0;
    QString recordedAt;
    QString actor;
    QString action;
    QString targetKind;
    QString targetId;
    QString stateBefore;
    QString stateAfter;
    QString comment;
};

// What changed between an older and a newer export: the manager's Monday reading.
struct SnapshotDiffReport
{
    enum class Section { Unaudited, Suggestions, Violations, ModelVersions, Audit };

    QString olderName;
    QString newerName;
    std::optional<SnapshotManifest> olderManifest;
    std::optional<SnapshotManifest> newerManifest;
    QList<StateChange> suggestions;
    QList<StateChange> violations;
    QList<VersionChange> modelVersions;
    QList<AuditGain> auditGained;
    // State changes (and removals) of suggestions and violations that no audit record the newer
    // side gained accounts for: made outside Steward. The first finding, not a neutral count.
    QList<StateChange> unaudited;
    // Sections that could not be compared and why; an audit trail that does not continue the
    // older one; an "older" export that is newer.
    QStringList notes;
    bool auditContinues = true;

    bool isEmpty() const;
    // A section as a table: source-style column names, and one list of values per row (null
    // where there is no value). The CLI prints it; the comparison view shows it.
    QStringList columns(Section section) const;
    QList<QVariantList> rows(Section section) const;
    int count(Section section) const;
    static QString sectionKey(Section section);
    static QString sectionTitle(Section section);
    static QList<Section> sections();
};

namespace SnapshotDiff {
// Compares two open databases (snapshots, or a snapshot and a live database) by streaming both
// sides in key order: memory does not grow with the number of rows. Tables whose manifest
// digests are equal are not read at all. With `oldestFirst`, two snapshots given in the wrong
// order (by their export times) are swapped.
Result<SnapshotDiffReport> compare(Database& older, Database& newer, bool oldestFirst = false);
// Opens both files read-only as untrusted files (or a postgresql:// URI) and compares them.
Result<SnapshotDiffReport> compareTargets(const QString& older, const QString& newer);
Result<SnapshotDiffReport> compareTargets(ConnectionTarget older, ConnectionTarget newer, bool oldestFirst = false);
} // namespace SnapshotDiff

} // namespace steward
