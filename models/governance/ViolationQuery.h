#pragma once

#include "models/core/Outcome.h"
#include "models/governance/Deadlines.h"
#include "models/itemmodels/PagedQuery.h"
#include "models/values/JsonValue.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

class Database;
class SqlDialect;

// Which violations a queue shows. Empty lists and texts mean "any".
struct ViolationFilter
{
    QStringList statuses;
    bool activeOnly = false; // any status but resolved and false_positive (unknown ones included)
    QStringList severities;
    QStringList types;
    QStringList clients;
    QString modelVersion;
    QString assignee;
    bool unassignedOnly = false;
    QString policyId;
    bool overdueOnly = false; // not closed and past the deadline, as of `now`
    QString search;           // literal text in the description

    bool isEmpty() const;
};

// One violation as a queue row or a detail shows it.
struct ViolationRow
{
    QString violationId;
    QString policyId;
    QString policyName;
    QString clientId;
    QString modelVersion;
    QString type;
    QString severity;
    QString status;
    QString description;
    QString assignee;
    QDateTime detectedAt;
    QDateTime dueAt; // invalid for a severity without a deadline
    QDateTime resolvedAt;
};

struct Violation : ViolationRow
{
    JsonCell details;
    QString resolution;
    QString resolvedBy;
    QString assignedBy;
    QDateTime assignedAt;
};

// What to ask the database for: the queue is one PagedQuery (paged, counted and filtered in
// SQL, "overdue" included), and the CLI and report read the same SELECT.
struct ViolationQueryContext
{
    ViolationDeadlines deadlines = ViolationDeadlines::defaults();
    QDateTime now;             // UTC; what "overdue" is measured against
    bool hasAppTables = false; // without them there are no assignments to join
    bool searchIndex = false;  // Steward's full-text index over descriptions exists (SQLite)
    bool searchMarks = false;  // its marked trigram index exists (PostgreSQL, SearchIndex)
    // The queue's default order puts overdue work first, the most severe of it first; a list
    // that is about lateness alone (the report's overdue section) orders by the deadline only.
    bool severeOverdueFirst = true;
};

namespace ViolationQuery {
// The queue's columns, in order; their names are the source column names (due_at is computed).
enum Column {
    Severity,
    Status,
    Type,
    Client,
    ModelVersion,
    PolicyName,
    Assignee,
    DetectedAt,
    Age,
    DueAt,
    Description,
    ViolationId,
    ResolvedAt,
    PolicyId,
    ColumnCount
};

// Most urgent first: work still to do before closed items, then the nearest deadline.
// Sets the context's search flags from the indexes `init --indexes` made in `database`.
void readSearchIndexes(Database& database, ViolationQueryContext& context);
PagedQuery queue(const SqlDialect& dialect, const ViolationFilter& filter, const ViolationQueryContext& context,
                 Column sortColumn = DueAt, bool descending = false);
// Whether a queue column can be sorted on (all but the long description).
bool isSortable(Column column);

// Runs a queue query for a list (CLI, report); limit 0 is everything.
Result<QList<ViolationRow>> fetch(Database& database, const PagedQuery& query, int limit = 0);
Result<qint64> count(Database& database, const PagedQuery& query);

// A full violation id from the id or an unambiguous prefix of at least six characters.
Result<QString> resolveId(Database& database, const QString& idOrPrefix);
Result<Violation> find(Database& database, const QString& violationId, const ViolationQueryContext& context);

// The values present in one column (severity, status, type, client, model version, assignee),
// for filter choices, at most `limit` of them.
Result<QStringList> distinctValues(Database& database, Column column, const ViolationQueryContext& context,
                                   int limit = 500);
} // namespace ViolationQuery

} // namespace steward
