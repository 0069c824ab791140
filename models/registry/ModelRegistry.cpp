#include "ModelRegistry.h"

#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/profiles/Profile.h"
#include "models/profiles/SourceTables.h"
#include "models/registry/Metrics.h"
#include "models/registry/VersionId.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ModelRegistry)
};

const QString kVersionColumns =
    QStringLiteral("client_id, model_version, metrics, feature_count, training_samples, created_at");

// Reads the columns of kVersionColumns, then the model's name and the system's active mark.
ModelVersion versionFrom(const QSqlQuery& q)
{
    ModelVersion v;
    v.clientId = q.value(0).toString();
    v.version = q.value(1).toString();
    v.metricsJson = JsonCell::fromRaw(q.value(2));
    if (v.metricsJson.valid)
        v.metrics = Metrics::numericMembers(v.metricsJson.value);
    if (!q.value(3).isNull())
        v.featureCount = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        v.trainingSamples = q.value(4).toLongLong();
    v.createdAt = parseTimestamp(q.value(5));
    v.trainedAt = VersionId::trainedAt(v.version, v.createdAt);
    v.modelName = q.value(6).toString();
    v.active = q.value(7).toInt() == 1;
    return v;
}
} // namespace

bool ModelRegistry::namesModels() const
{
    const Profile& profile = m_database.profile();
    const EntityMap* model = profile.entity(QStringLiteral("model_version"));
    return profile.name != QLatin1String("pipeline") && model && model->has(QStringLiteral("name"));
}

bool ModelRegistry::marksActive() const
{
    return SourceTables::marksActive(m_database.profile());
}

bool ModelRegistry::hasTable(const QString& name) const
{
    // Another system's model tables stand in for the pipeline's (SourceTables).
    if (m_database.dialect().source(name) != name)
        return true;
    return m_catalog.hasTable(name);
}

bool ModelRegistry::hasAppTable(const QString& name) const
{
    return m_catalog.hasTable(m_database.appTable(name));
}

Result<QStringList> ModelRegistry::clients() const
{
    QSqlQuery q = m_database.query();
    // The pipeline's UNIQUE (client_id, model_version) serves it.
    if (Outcome ran = m_database.prepare(
            q, m_database.dialect().distinctIndexed(QStringLiteral("model_metadata"), QStringLiteral("client_id")));
        !ran)
        return ran;
    if (Outcome ran = m_database.run(q, Text::tr("listing clients")); !ran)
        return ran;
    QStringList clients;
    while (q.next())
        clients << q.value(0).toString();
    return clients;
}

Result<QList<ModelVersion>> ModelRegistry::select(const QString& where, const QVariantList& binds,
                                                  const QString& tail) const
{
    QString sql = QStringLiteral("SELECT %1, %2, %3 FROM model_metadata")
                      .arg(kVersionColumns, namesModels() ? QStringLiteral("model_name") : QStringLiteral("NULL"),
                           marksActive() ? QStringLiteral("system_active") : QStringLiteral("NULL"));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QLatin1Char(' ') + tail;
    QSqlQuery q = m_database.query();
    q.setForwardOnly(true);
    if (Outcome prepared = m_database.prepare(q, m_database.dialect().withSources(sql)); !prepared)
        return prepared;
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (Outcome ran = m_database.run(q, Text::tr("reading model versions")); !ran)
        return ran;
    QList<ModelVersion> versions;
    while (q.next())
        versions << versionFrom(q);
    return versions;
}

Result<QList<ModelVersion>> ModelRegistry::versions(const QString& clientId) const
{
    auto found = clientId.isEmpty() ? select({}, {}, QStringLiteral("ORDER BY client_id, model_version DESC, id DESC"))
                                    : select(QStringLiteral("client_id = ?"), {clientId},
                                             QStringLiteral("ORDER BY model_version DESC, id DESC"));
    if (!found || marksActive())
        return found;
    QHash<QString, ActiveVersion> active;
    for (ModelVersion& v : *found) {
        const QString key = v.clientId + QChar(0x1f) + v.modelName;
        if (!active.contains(key)) {
            auto current = activeVersion(v.clientId, v.modelName);
            if (!current)
                return current.failure();
            active.insert(key, *current);
        }
        v.active = active.value(key).version == v.version;
    }
    return found;
}

Result<ModelVersion> ModelRegistry::version(const QString& clientId, const QString& version) const
{
    auto found = clientId.isEmpty()
                     ? select(QStringLiteral("model_version = ?"), {version}, QStringLiteral("ORDER BY client_id"))
                     : select(QStringLiteral("client_id = ? AND model_version = ?"), {clientId, version}, {});
    if (!found)
        return found.failure();
    if (found->isEmpty()) {
        return Outcome::notFound(clientId.isEmpty()
                                     ? Text::tr("no model version %1").arg(version)
                                     : Text::tr("client %1 has no model version %2").arg(clientId, version));
    }
    if (found->size() > 1) {
        QStringList clients;
        for (const ModelVersion& v : *found)
            clients << v.clientId;
        return Outcome::usage(Text::tr("version %1 exists for clients %2; say which with --client")
                                  .arg(version, clients.join(QStringLiteral(", "))));
    }
    ModelVersion v = found->first();
    if (marksActive())
        return v;
    auto active = activeVersion(v.clientId, v.modelName);
    if (!active)
        return active.failure();
    v.active = active->version == v.version;
    return v;
}

Result<std::optional<ModelVersion>> ModelRegistry::previous(const ModelVersion& version) const
{
    // Versions are ordered by name; where the system names its models, only the same model's count.
    auto found = namesModels() ? select(QStringLiteral("client_id = ? AND model_name = ? AND model_version < ?"),
                                        {version.clientId, version.modelName, version.version},
                                        QStringLiteral("ORDER BY model_version DESC LIMIT 1"))
                               : select(QStringLiteral("client_id = ? AND model_version < ?"),
                                        {version.clientId, version.version},
                                        QStringLiteral("ORDER BY model_version DESC LIMIT 1"));
    if (!found)
        return found.failure();
    return found->isEmpty() ? std::optional<ModelVersion>() : std::optional<ModelVersion>(found->first());
}

Result<QList<ActiveVersion>> ModelRegistry::activeVersions(const QString& clientId) const
{
    QStringList models{QString()};
    if (namesModels()) {
        QSqlQuery q = m_database.query();
        q.prepare(m_database.dialect().withSources(
            QStringLiteral("SELECT DISTINCT model_name FROM model_metadata WHERE client_id = ? ORDER BY model_name")));
        q.addBindValue(clientId);
        if (Outcome ran = m_database.run(q, Text::tr("listing the models of %1").arg(clientId)); !ran)
            return ran;
        models.clear();
        while (q.next())
            models << q.value(0).toString();
    }
    QList<ActiveVersion> out;
    for (const QString& model : std::as_const(models)) {
        auto active = activeVersion(clientId, model);
        if (!active)
            return active.failure();
        out << *active;
    }
    return out;
}

Result<ActiveVersion> ModelRegistry::activeVersion(const QString& clientId, const QString& modelName) const
{
    ActiveVersion active;
    active.clientId = clientId;
    active.modelName = modelName;
    const bool oneModel = namesModels() && !modelName.isEmpty();
    // The greatest version name of the client (and model) that meets `condition`.
    const auto newest = [&](const QString& condition) -> Outcome {
        QSqlQuery q = m_database.query();
        q.prepare(m_database.dialect().withSources(
            QStringLiteral("SELECT max(model_version) FROM model_metadata WHERE client_id = ?%1%2")
                .arg(oneModel ? QStringLiteral(" AND model_name = ?") : QString(), condition)));
        q.addBindValue(clientId);
        if (oneModel)
            q.addBindValue(modelName);
        if (Outcome ran = m_database.run(q, Text::tr("reading the active version of %1").arg(clientId)); !ran)
            return ran;
        if (q.next())
            active.version = q.value(0).toString();
        return Outcome::ok();
    };
    if (marksActive()) {
        // The system's own mark; the newest where it marks several (none: no active version).
        active.markedBySystem = true;
        if (Outcome read = newest(QStringLiteral(" AND system_active = 1")); !read)
            return read;
        return active;
    }
    if (hasAppTable(QStringLiteral("active_versions")) && !oneModel) {
        QSqlQuery q = m_database.query();
        q.prepare(QStringLiteral("SELECT model_version, set_by, set_at FROM %1 WHERE client_id = ?")
                      .arg(m_database.appTable(QStringLiteral("active_versions"))));
        q.addBindValue(clientId);
        if (Outcome ran = m_database.run(q, Text::tr("reading the active version of %1").arg(clientId)); !ran)
            return ran;
        if (q.next()) {
            active.version = q.value(0).toString();
            active.recorded = true;
            active.setBy = q.value(1).toString();
            active.setAt = parseTimestamp(q.value(2));
            return active;
        }
    }
    if (Outcome read = newest({}); !read)
        return read;
    return active;
}

Result<QStringList> ModelRegistry::metricKeys(const QString& clientId, int newestVersions) const
{
    const SqlDialect& d = m_database.dialect();
    const QString table = d.source(QStringLiteral("model_metadata"));
    if (clientId.isEmpty())
        return Metrics::discover(m_database, table, table + QStringLiteral(".metrics"), {}, {});
    if (newestVersions > 0) {
        return Metrics::discover(
            m_database, table, table + QStringLiteral(".metrics"),
            QStringLiteral("%1.client_id = ? AND %1.model_version IN (SELECT n.model_version FROM %1 n "
                           "WHERE n.client_id = ? ORDER BY n.model_version DESC LIMIT %2)")
                .arg(table)
                .arg(newestVersions),
            {clientId, clientId});
    }
    return Metrics::discover(m_database, table, table + QStringLiteral(".metrics"),
                             table + QStringLiteral(".client_id = ?"), {clientId});
}

} // namespace steward
