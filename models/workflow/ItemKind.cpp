#include "ItemKind.h"

#include "db/Database.h"

namespace steward {

QString ItemKind::sqlTable(const Database& database) const
{
    return appTable ? database.appTable(table) : SqlDialect::quoteIdentifier(table);
}

namespace {
bool isOneOf(const QString& value, std::initializer_list<const char*> options)
{
    for (const char* option : options) {
        if (value == QLatin1String(option))
            return true;
    }
    return false;
}
} // namespace

const ItemKind& ItemKinds::suggestion()
{
    static const ItemKind kind{
        QStringLiteral("suggestion"),
        QStringLiteral("llm_suggestions"),
        false,
        QStringLiteral("suggestion_id"),
        QStringLiteral("status"),
        QStringLiteral("client_id"),
        {},
        [](const QString& from, const QString& to) {
            if (from == QLatin1String("pending"))
                return isOneOf(to, {"applied", "rejected"});
            if (from == QLatin1String("applied"))
                return isOneOf(to, {"applied", "rollback"}); // a rollback request leaves it applied
            return false;
        }};
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
                               {QStringLiteral("target_kind"), QStringLiteral("target_id"), QStringLiteral("requested_by"),
                                QStringLiteral("from_state")},
                               [](const QString& from, const QString& to) {
                                   return from == QLatin1String("requested") && isOneOf(to, {"approved", "denied"});
                               }};
    return kind;
}

const ItemKind& ItemKinds::violation()
{
    static const ItemKind kind{
        QStringLiteral("violation"),
        QStringLiteral("governance_violations"),
        false,
        QStringLiteral("violation_id"),
        QStringLiteral("status"),
        QStringLiteral("client_id"),
        {QStringLiteral("severity")},
        [](const QString& from, const QString& to) {
            if (from == to)
                return true; // comments and assignments leave the state as it is
            if (from == QLatin1String("open"))
                return to == QLatin1String("investigating");
            if (from == QLatin1String("investigating"))
                return isOneOf(to, {"resolved", "false_positive", "open"});
            if (isOneOf(from, {"resolved", "false_positive"}))
                return to == QLatin1String("open");
            return false;
        }};
    return kind;
}

} // namespace steward
