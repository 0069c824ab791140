#include "ItemKind.h"

#include "models/db/Database.h"
#include "models/profiles/BuiltInProfiles.h"
#include "models/profiles/Profile.h"
#include "models/profiles/SourceTables.h"

namespace steward {

QString ItemKind::sqlTable(const Database& database) const
{
    return appTable ? database.appTable(table) : SqlDialect::quoteIdentifier(table);
}

QString ItemKind::readTable(Database& database) const
{
    return appTable ? database.appTable(table) : SqlDialect::quoteIdentifier(SourceTables::readName(database, table));
}

QString ItemKind::column(const QString& pipelineColumn) const
{
    return columns.isEmpty() ? pipelineColumn : columns.value(pipelineColumn);
}

QString ItemKind::stewardStateSql(const QString& columnExpression, const QHash<QString, QString>& states)
{
    if (states.isEmpty())
        return columnExpression;
    const auto literal = [](QString text) {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    };
    QStringList words = states.keys();
    words.sort(); // one text for the same profile, whatever the hash order
    QString cases;
    for (const QString& word : std::as_const(words))
        cases += QStringLiteral(" WHEN %1 THEN %2").arg(literal(word), literal(states.value(word)));
    return QStringLiteral("CASE %1%2 ELSE %1 END").arg(columnExpression, cases);
}

QString ItemKind::systemState(const QString& stewardWord) const
{
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it.value() == stewardWord)
            return it.key();
    }
    return stewardWord;
}

bool ItemKind::keptIn(Database& database) const
{
    return !systemOnly || database.profile().hasEntity(name);
}

ItemKind ItemKind::bound(Database& database) const
{
    if (systemOnly)
        return boundToProfile(database);
    if (appTable || !SourceTables::adapted(database).contains(table))
        return *this;
    const EntityMap* source = database.profile().entity(name);
    const EntityMap* shape = BuiltInProfiles::pipeline().entity(name);
    if (!source || !shape)
        return *this;
    const auto quoted = [](const QString& column) { return SqlDialect::quoteIdentifier(column); };
    ItemKind kind = *this;
    kind.table = source->table;
    for (auto it = shape->fields.cbegin(); it != shape->fields.cend(); ++it) {
        if (source->has(it.key()))
            kind.columns.insert(it.value(), quoted(source->column(it.key())));
    }
    if (source->has(QStringLiteral("updated_at")))
        kind.columns.insert(QStringLiteral("updated_at"), quoted(source->column(QStringLiteral("updated_at"))));
    kind.idColumn = kind.column(idColumn);
    kind.stateColumn = kind.column(stateColumn);
    kind.clientColumn = kind.column(clientColumn);
    kind.contextKeys = contextKeys.isEmpty() ? contextColumns : contextKeys;
    kind.contextColumns.clear();
    for (const QString& column : contextColumns) {
        const QString mapped = kind.column(column);
        kind.contextColumns << (mapped.isEmpty() ? QStringLiteral("NULL") : mapped);
    }
    kind.states = source->states;
    return kind;
}

ItemKind ItemKind::boundToProfile(Database& database) const
{
    const EntityMap* source = database.profile().entity(name);
    if (!source)
        return *this;
    ItemKind kind = *this;
    kind.table = source->table;
    for (auto it = source->fields.cbegin(); it != source->fields.cend(); ++it)
        kind.columns.insert(it.key(), SqlDialect::quoteIdentifier(it.value()));
    kind.idColumn = kind.column(idColumn);
    kind.stateColumn = kind.column(stateColumn);
    kind.clientColumn = kind.column(clientColumn);
    kind.contextKeys = contextKeys.isEmpty() ? contextColumns : contextKeys;
    kind.contextColumns.clear();
    for (const QString& field : contextColumns) {
        const QString mapped = kind.column(field);
        kind.contextColumns << (mapped.isEmpty() ? QStringLiteral("NULL") : mapped);
    }
    kind.states = source->states;
    return kind;
}

const ItemKind& ItemKinds::suggestion()
{
    static const ItemKind kind{QStringLiteral("suggestion"),
                               QStringLiteral("llm_suggestions"),
                               false,
                               QStringLiteral("suggestion_id"),
                               QStringLiteral("status"),
                               QStringLiteral("client_id"),
                               {},
                               {},
                               {},
                               {}};
    return kind;
}

const ItemKind& ItemKinds::rollbackRequest()
{
    static const ItemKind kind{QStringLiteral("rollback_request"),
                               QStringLiteral("rollback_requests"),
                               true,
                               QStringLiteral("request_id"),
                               QStringLiteral("status"),
                               QStringLiteral("client_id"),
                               {QStringLiteral("target_kind"), QStringLiteral("target_id"),
                                QStringLiteral("requested_by"), QStringLiteral("from_state")},
                               {},
                               {},
                               {}};
    return kind;
}

const ItemKind& ItemKinds::violation()
{
    static const ItemKind kind{QStringLiteral("violation"),
                               QStringLiteral("governance_violations"),
                               false,
                               QStringLiteral("violation_id"),
                               QStringLiteral("status"),
                               QStringLiteral("client_id"),
                               {QStringLiteral("severity")},
                               {},
                               {},
                               {}};
    return kind;
}

const ItemKind& ItemKinds::feedback()
{
    static const ItemKind kind{QStringLiteral("feedback"),
                               QStringLiteral("feedback"),
                               false,
                               QStringLiteral("id"),
                               QStringLiteral("state"),
                               QStringLiteral("scope"),
                               {},
                               {},
                               {},
                               {},
                               true};
    return kind;
}

const ItemKind& ItemKinds::deployment()
{
    // The model and environment find the deployment it returns to (DeploymentRollback).
    static const ItemKind kind{QStringLiteral("deployment"),
                               QStringLiteral("deployment"),
                               false,
                               QStringLiteral("id"),
                               QStringLiteral("state"),
                               QStringLiteral("scope"),
                               {QStringLiteral("model"), QStringLiteral("environment")},
                               {},
                               {},
                               {},
                               true};
    return kind;
}

} // namespace steward
