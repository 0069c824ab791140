#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace steward {

class Database;

// A kind of item whose state people decide on: where its rows live. Suggestions, violations
// and rollback requests are all described this way, so one TransitionEngine serves them all;
// which steps each allows is the workflow table's (Workflow.h).
struct ItemKind
{
    QString name;  // as recorded in the audit trail: suggestion, violation, rollback_request
    QString table; // a pipeline table, or an app table name without prefix (see appTable)
    bool appTable = false;
    QString idColumn; // the public id
    QString stateColumn;
    QString clientColumn; // may be empty
    // Columns read along with the state, for guards that depend on the row (severity...).
    QStringList contextColumns;
    // The names guards find them by in TransitionContext::row; empty: the column names.
    QStringList contextKeys;
    // Another system's table (see SourceTables): its state words in Steward's terms, and its
    // column for each of the pipeline's (plus "updated_at" where it keeps one).
    QHash<QString, QString> states;
    QHash<QString, QString> columns;
    // Kept only by other systems (feedback, deployments): the pipeline has no table for it, so
    // its columns are named by the profile's fields ("id", "state", "scope") and bound() finds
    // them in the profile's table. The server's functions decide it from init's binding of that
    // table (steward.item_bindings, ServerRoles).
    bool systemOnly = false;

    QString sqlTable(const Database& database) const;
    // The table or view to read Steward-shaped rows from: pipeline column names, Steward's state
    // words, whichever system wrote them.
    QString readTable(Database& database) const;
    // Where the rows really are in this database: the kind itself for the pipeline's tables and
    // Steward's, or the profile's table, columns and state words for another system's.
    ItemKind bound(Database& database) const;
    // The column that holds the pipeline's `pipelineColumn`; empty when this system has none.
    QString column(const QString& pipelineColumn) const;
    QString stewardState(const QString& word) const { return states.value(word, word); }
    // SQL giving Steward's word for the state in `columnExpression` (a profile may translate them).
    static QString stewardStateSql(const QString& columnExpression, const QHash<QString, QString>& states);
    QString systemState(const QString& stewardWord) const;
    // Whether this database keeps items of this kind (a system-only kind needs its profile entity).
    bool keptIn(Database& database) const;

private:
    ItemKind boundToProfile(Database& database) const;
};

namespace ItemKinds {
const ItemKind& suggestion();
const ItemKind& rollbackRequest();
const ItemKind& violation();
const ItemKind& feedback();
const ItemKind& deployment();
} // namespace ItemKinds

} // namespace steward
