#include "ItemKind.h"

#include "models/db/Database.h"

namespace steward {

QString ItemKind::sqlTable(const Database& database) const
{
    return appTable ? database.appTable(table) : SqlDialect::quoteIdentifier(table);
}

const ItemKind& ItemKinds::suggestion()
{
    static const ItemKind kind{
        QStringLiteral("suggestion"), QStringLiteral("llm_suggestions"), false, QStringLiteral("suggestion_id"),
        QStringLiteral("status"),     QStringLiteral("client_id"),       {}};
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
                                QStringLiteral("requested_by"), QStringLiteral("from_state")}};
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
                               {QStringLiteral("severity")}};
    return kind;
}

} // namespace steward
