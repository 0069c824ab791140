#pragma once

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

    QString sqlTable(const Database& database) const;
};

namespace ItemKinds {
const ItemKind& suggestion();
const ItemKind& rollbackRequest();
const ItemKind& violation();
} // namespace ItemKinds

} // namespace steward
