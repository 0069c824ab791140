#include "commands/ModelsSupport.h"

#include "CliContext.h"
#include "CliText.h"
#include "models/db/Database.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>

namespace steward::cli {

namespace {
using Text = CliText;
} // namespace

RegistryAccess::RegistryAccess(Database& database, SchemaCatalog catalog)
    : m_database(database), m_catalog(std::move(catalog)),
      m_registry(std::make_unique<ModelRegistry>(m_database, m_catalog))
{
}

Result<std::unique_ptr<RegistryAccess>> RegistryAccess::open(CliContext& context, bool app)
{
    auto db = app ? context.appDatabase() : context.database();
    if (!db)
        return db.failure();
    auto catalog = SchemaCatalog::load(**db);
    if (!catalog)
        return catalog.failure();
    const bool standIn = (*db)->dialect().source(QStringLiteral("model_metadata")) != QLatin1String("model_metadata");
    if (!catalog->hasTable(QStringLiteral("model_metadata")) && !standIn) {
        if (Outcome unlisted = unlistedTable(**db, QStringLiteral("model_metadata")); !unlisted)
            return unlisted;
        return Outcome::failed(Text::tr("this database has no model_metadata table, so it has no model registry"));
    }
    return std::unique_ptr<RegistryAccess>(new RegistryAccess(**db, catalog.take()));
}

Result<QList<QList<QJsonValue>>> RegistryAccess::readAll(Database& database, const PagedQuery& query)
{
    auto q = database.select(query.selectStatement(), query.binds, Text::tr("reading rows"));
    if (!q)
        return q.failure();
    QList<QList<QJsonValue>> rows;
    while (q->next()) {
        QList<QJsonValue> row;
        for (int c = 0; c < query.columns.size(); ++c)
            row << mapValue(q->value(c), query.columns.at(c).type).toJson();
        rows << row;
    }
    return rows;
}

QString RegistryAccess::directionName(Metrics::Direction direction)
{
    switch (direction) {
    case Metrics::Direction::LowerIsBetter:
        return QStringLiteral("lower");
    case Metrics::Direction::HigherIsBetter:
        return QStringLiteral("higher");
    case Metrics::Direction::CloserToZero:
        return QStringLiteral("closer_to_zero");
    }
    return {};
}

} // namespace steward::cli
