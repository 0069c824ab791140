#pragma once

#include "CliArguments.h"
#include "CliOutput.h"
#include "models/core/Outcome.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace steward {
class Database;
struct AuditEntry;
struct Decision;
struct DecisionResult;
} // namespace steward

namespace steward::cli {

class CliContext;

// The verbs that decide one item: `ID [--comment TEXT]`. Applies the decision `make` builds
// through the transition engine and prints the result; `extra` adds keys after success.
Outcome runDecision(CliContext& context, CommandArguments& arguments, const QString& usage, const QString& idKey,
                    const std::function<Decision(const QString& id, const QString& comment)>& make,
                    const std::function<OutputObject(Database& database, const DecisionResult& result)>& extra = {});

// What a decision did, as one object: the item, its state now and the audit record written.
void printDecision(CliContext& context, const QString& idKey, const DecisionResult& result, OutputObject extra = {});

// An audit record as the CLI prints it; keys are the audit_log column names.
QList<QJsonValue> auditRow(const AuditEntry& entry);
QStringList auditColumns();

QJsonValue nullableText(const QString& text);

} // namespace steward::cli
