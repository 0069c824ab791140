#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

// Where one of Steward's entities (a model version, a violation...) lives in one system's
// database: its table, the columns that hold each field Steward reads, and the system's state
// words in Steward's terms. Field names are Steward's ("id", "state", "scope"); columns are the
// system's, exactly as it spells them ("modelName", "resolvedBy").
struct EntityMap
{
    QString entity;                 // e.g. "model_version", "violation"
    QString table;                  // the table as the system names it, e.g. "AIGovernanceViolation"
    QHash<QString, QString> fields; // field -> column
    QStringList required;           // fields without which the entity cannot be used (and is not detected)
    QHash<QString, QString> states; // the system's state word -> Steward's

    bool has(const QString& field) const { return fields.contains(field); }
    QString column(const QString& field) const { return fields.value(field); }
    // Steward's word for the system's state word; a word the profile does not map stays as it is.
    QString stewardState(const QString& word) const { return states.value(word, word); }
    // The system's word for Steward's state, e.g. "resolved" -> "resolved"; empty when unmapped.
    QString systemState(const QString& stewardWord) const;
};

// How Steward reads one system's tables: declarative data, loaded from a built-in resource or
// from a file (--profile FILE), so that a new pipeline needs a profile and no rebuild.
struct Profile
{
    QString name;   // "pipeline", "urutiiq", "within", "krongthai", or a file's own
    QString title;  // shown in the status bar and by `info`
    QString scope;  // what rows are scoped by: "client", "company", "restaurant"; may be empty
    QString source; // where it was loaded from: ":/profiles/urutiiq.json" or a file path
    QList<EntityMap> entities;

    const EntityMap* entity(const QString& name) const;
    bool hasEntity(const QString& name) const { return entity(name) != nullptr; }
};

// The entities Steward knows, in the order views use them. A profile may map any subset.
namespace Entities {
const QStringList& all();
} // namespace Entities

} // namespace steward
