#include "JobListQuery.h"

#include "models/db/Database.h"
#include "models/registry/ModelRegistry.h"

namespace steward {

PagedQuery JobListQuery::build(const ModelRegistry& registry, const QString& clientId)
{
    const SqlDialect& dialect = registry.database().dialect();
    PagedQuery query;
    query.columns << PagedQuery::Column{QStringLiteral("job_id"), dialect.asText(QStringLiteral("job_id")),
                                        LogicalType::Uuid, false};
    query.columns << PagedQuery::Column{QStringLiteral("status"), QStringLiteral("status"), LogicalType::Text, false};
    query.columns << PagedQuery::Column{QStringLiteral("model_version"), QStringLiteral("model_version"),
                                        LogicalType::Text, false};
    query.columns << PagedQuery::Column{QStringLiteral("started_at"), QStringLiteral("started_at"),
                                        LogicalType::Timestamp, false};
    query.columns << PagedQuery::Column{QStringLiteral("completed_at"), QStringLiteral("completed_at"),
                                        LogicalType::Timestamp, false};
    query.columns << PagedQuery::Column{QStringLiteral("error_message"), QStringLiteral("error_message"),
                                        LogicalType::Text, false};
    query.from = dialect.source(QStringLiteral("training_jobs"));
    query.where = QStringLiteral("client_id = ?");
    query.binds = {clientId};
    query.key = QStringLiteral("id");
    query.orderBy = QStringLiteral("started_at DESC, id DESC");
    return query;
}

} // namespace steward
