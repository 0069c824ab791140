#include "DecisionSources.h"

#include "models/db/SqlDialect.h"
#include "models/profiles/Profile.h"

namespace steward {

namespace {
QString quoted(const QString& identifier)
{
    return SqlDialect::quoteIdentifier(identifier);
}
} // namespace

QString DecisionSources::column(const EntityMap& entity, const QString& alias, const QString& field)
{
    return entity.has(field) ? alias + QLatin1Char('.') + quoted(entity.column(field)) : QStringLiteral("NULL");
}

QString DecisionSources::text(const EntityMap& entity, const QString& alias, const QString& field)
{
    return entity.has(field) ? QStringLiteral("CAST(%1 AS TEXT)").arg(column(entity, alias, field))
                             : QStringLiteral("NULL");
}

QString DecisionSources::modelField(const Profile& profile, const EntityMap& entity, const QString& alias,
                                    const QString& modelField)
{
    const EntityMap* model = profile.entity(QStringLiteral("model_version"));
    if (!model || !entity.has(QStringLiteral("model")) || !model->has(modelField) || !model->has(QStringLiteral("id")))
        return QStringLiteral("NULL");
    return QStringLiteral("(SELECT CAST(m.%1 AS TEXT) FROM %2 m WHERE m.%3 = %4)")
        .arg(quoted(model->column(modelField)), quoted(model->table), quoted(model->column(QStringLiteral("id"))),
             column(entity, alias, QStringLiteral("model")));
}

} // namespace steward
