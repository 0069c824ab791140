#include "MonitoredModels.h"

#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/monitoring/MonitoringFilter.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/profiles/ProfileDetection.h"
#include "models/registry/Metrics.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionId.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MonitoredModels)
};

bool isTrue(const QVariant& value)
{
    const QString text = value.toString().trimmed().toLower();
    return text == QLatin1String("true") || text == QLatin1String("t") || text == QLatin1String("1");
}

// Read row by row, without the parsed figures: a client can have 40,000 versions.
Result<QList<MonitoredModel>> pipelineModels(Database& database, const QString& scope)
{
    auto catalog = SchemaCatalog::load(database);
    if (!catalog)
        return catalog.failure();
    if (!catalog->hasTable(QStringLiteral("model_metadata")))
        return QList<MonitoredModel>();
    const ModelRegistry registry(database, *catalog);
    QString sql = QStringLiteral("SELECT client_id, model_version, created_at FROM model_metadata");
    QVariantList binds;
    if (!scope.isEmpty()) {
        sql += QStringLiteral(" WHERE client_id = ?");
        binds << scope;
    }
    // Counted first: a list of 120,000 grown by doubling held half as much again at its peak.
    auto count =
        database.select(database.dialect().withSources(QStringLiteral("SELECT count(*) FROM (%1) counted").arg(sql)),
                        binds, Text::tr("reading model versions"));
    if (!count)
        return count.failure();
    const qsizetype expected = count->next() ? count->value(0).toLongLong() : 0;
    sql += QStringLiteral(" ORDER BY client_id, model_version DESC");
    auto query = database.select(database.dialect().withSources(sql), binds, Text::tr("reading model versions"));
    if (!query)
        return query.failure();
    QList<MonitoredModel> models;
    models.reserve(expected);
    QString scopeText; // one string per client, shared by its versions
    while (query->next()) {
        MonitoredModel model;
        if (const QString read = query->value(0).toString(); read != scopeText)
            scopeText = read;
        model.scope = scopeText;
        model.version = query->value(1).toString();
        // The time in the version's id, else its created_at (parsed only then).
        model.orderedAt = VersionId::timestamp(model.version);
        if (!model.orderedAt.isValid())
            model.orderedAt = parseTimestamp(query->value(2));
        models << model;
    }
    // Once every row is read: a PostgreSQL connection reads one statement's rows at a time.
    QHash<QString, QString> activeOf; // client → its active version
    for (MonitoredModel& model : models) {
        auto active = activeOf.constFind(model.scope);
        if (active == activeOf.constEnd()) {
            auto current = registry.activeVersion(model.scope);
            if (!current)
                return current.failure();
            active = activeOf.insert(model.scope, current->version);
        }
        model.active = *active == model.version;
    }
    return models;
}

Result<QList<MonitoredModel>> systemModels(Database& database, const EntityMap& map, const QString& scope)
{
    const SqlDialect& d = database.dialect();
    const auto column = [&](const QString& field) {
        return map.has(field) ? QStringLiteral("m.") + SqlDialect::quoteIdentifier(map.column(field))
                              : QStringLiteral("NULL");
    };
    const QString ordered = map.has(QStringLiteral("trained_at"))
                                ? QStringLiteral("COALESCE(%1, %2)")
                                      .arg(column(QStringLiteral("trained_at")), column(QStringLiteral("created_at")))
                                : column(QStringLiteral("created_at"));
    QString sql = QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7, %8 FROM %9 m")
                      .arg(d.asText(column(QStringLiteral("id"))), column(QStringLiteral("scope")),
                           column(QStringLiteral("name")), column(QStringLiteral("version")),
                           column(QStringLiteral("active")), column(QStringLiteral("state")),
                           column(QStringLiteral("deployment")), ordered, SqlDialect::quoteIdentifier(map.table));
    QVariantList binds;
    if (!scope.isEmpty() && map.has(QStringLiteral("scope"))) {
        sql += QStringLiteral(" WHERE %1 = ?").arg(d.asText(column(QStringLiteral("scope"))));
        binds << scope;
    }
    auto query = database.select(sql, binds, Text::tr("reading the model versions of %1").arg(map.table));
    if (!query)
        return query.failure();
    QList<MonitoredModel> models;
    while (query->next()) {
        MonitoredModel model;
        model.id = query->value(0).toString();
        model.scope = query->value(1).toString();
        model.name = query->value(2).toString();
        model.version = query->value(3).toString();
        // The system's own word for "in use": a flag, the version's state, or where it is deployed.
        if (map.has(QStringLiteral("active")))
            model.active = isTrue(query->value(4));
        else if (map.has(QStringLiteral("state")))
            model.active = map.stewardState(query->value(5).toString()) == QLatin1String("active");
        else if (map.has(QStringLiteral("deployment")))
            model.active = query->value(6).toString() == QLatin1String("production");
        model.orderedAt = parseTimestamp(query->value(7));
        models << model;
    }
    if (!map.has(QStringLiteral("active")) && !map.has(QStringLiteral("state")) &&
        !map.has(QStringLiteral("deployment"))) {
        // Nothing says which is in use: the newest of each model, as the pipeline loads its latest.
        QHash<QString, qsizetype> newest;
        for (qsizetype i = 0; i < models.size(); ++i) {
            const QString group = models.at(i).scope + QChar(0x1f) + models.at(i).name;
            const qsizetype seen = newest.value(group, -1);
            if (seen < 0 || models.at(seen).orderedAt < models.at(i).orderedAt)
                newest.insert(group, i);
        }
        for (qsizetype i : std::as_const(newest))
            models[i].active = true;
    }
    return models;
}
} // namespace

Result<QHash<QString, QMap<QString, double>>> MonitoredModels::pipelineMetrics(Database& database,
                                                                               const QStringList& keys)
{
    QHash<QString, QMap<QString, double>> out;
    constexpr qsizetype kChunk = 200; // versions a statement
    for (qsizetype start = 0; start < keys.size(); start += kChunk) {
        QVariantList binds;
        const QString where = MonitoringSql::pipelineKeyIn(QStringLiteral("client_id"), QStringLiteral("model_version"),
                                                           keys.mid(start, kChunk), binds);
        auto query = database.select(
            database.dialect().withSources(
                QStringLiteral("SELECT client_id, model_version, metrics FROM model_metadata WHERE %1").arg(where)),
            binds, Text::tr("reading the metrics of model versions"));
        if (!query)
            return query.failure();
        while (query->next()) {
            const JsonCell cell = JsonCell::fromRaw(query->value(2));
            if (cell.valid)
                out.insert(keyFor(query->value(0).toString(), query->value(1).toString()),
                           Metrics::numericMembers(cell.value));
        }
    }
    return out;
}

QString MonitoredModels::keyFor(const QString& scope, const QString& version)
{
    return scope + QChar(0x1f) + version;
}

std::optional<std::pair<QString, QString>> MonitoredModels::scopeAndVersion(const QString& key)
{
    const qsizetype separator = key.indexOf(QChar(0x1f));
    if (separator < 0)
        return std::nullopt;
    return std::pair{key.left(separator), key.mid(separator + 1)};
}

Result<MonitoredModels> MonitoredModels::load(Database& database, const QString& scope)
{
    const Profile& profile = database.profile();
    const EntityMap* map = profile.entity(QStringLiteral("model_version"));
    auto models = profile.name == QLatin1String("pipeline") ? pipelineModels(database, scope)
                  : map                                     ? systemModels(database, *map, scope)
                                                            : Result<QList<MonitoredModel>>(QList<MonitoredModel>());
    if (!models)
        return models.failure();
    MonitoredModels result;
    result.m_models = models.take();
    for (qsizetype i = 0; i < result.m_models.size(); ++i) {
        const MonitoredModel& model = result.m_models.at(i);
        if (model.id.isEmpty())
            result.m_byScopeVersion[model.scope].insert(model.version, i);
        else
            result.m_byKey.insert(model.id, i);
    }
    result.linkPrevious();
    return result;
}

QString MonitoredModel::key() const
{
    return id.isEmpty() ? MonitoredModels::keyFor(scope, version) : id;
}

const MonitoredModel* MonitoredModels::find(const QString& key) const
{
    if (const auto it = m_byKey.constFind(key); it != m_byKey.constEnd())
        return &m_models.at(*it);
    const auto parts = scopeAndVersion(key);
    if (!parts)
        return nullptr;
    const auto scope = m_byScopeVersion.constFind(parts->first);
    if (scope == m_byScopeVersion.constEnd())
        return nullptr;
    const auto version = scope->constFind(parts->second);
    return version == scope->constEnd() ? nullptr : &m_models.at(*version);
}

namespace {
bool before(const MonitoredModel& a, const MonitoredModel& b)
{
    return a.orderedAt != b.orderedAt ? a.orderedAt < b.orderedAt : a.version < b.version;
}
} // namespace

void MonitoredModels::linkPrevious()
{
    // Each model's versions in order, once: looking the previous one up per model among every
    // model was quadratic (minutes at 120,000 versions).
    QHash<QPair<QString, QString>, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < m_models.size(); ++i)
        groups[{m_models.at(i).scope, m_models.at(i).name}].append(i);
    m_previous = QList<qsizetype>(m_models.size(), -1);
    for (QList<qsizetype>& group : groups) {
        std::stable_sort(group.begin(), group.end(),
                         [this](qsizetype a, qsizetype b) { return before(m_models.at(a), m_models.at(b)); });
        for (qsizetype j = 1; j < group.size(); ++j) {
            const MonitoredModel& model = m_models.at(group.at(j));
            // The latest one strictly before it; among equals, the first listed.
            qsizetype k = j - 1;
            while (k >= 0 && !before(m_models.at(group.at(k)), model))
                --k;
            if (k < 0)
                continue;
            while (k > 0 && !before(m_models.at(group.at(k - 1)), m_models.at(group.at(k))))
                --k;
            m_previous[group.at(j)] = group.at(k);
        }
    }
}

Result<MonitoredModels> MonitoredModels::loadFor(Database& database, const QStringList& keys)
{
    constexpr qsizetype kMostAsked = 200; // each version read is compared with each one asked for
    if (database.profile().name != QLatin1String("pipeline") || keys.size() > kMostAsked)
        return load(database);
    auto catalog = SchemaCatalog::load(database);
    if (!catalog)
        return catalog.failure();
    MonitoredModels result;
    if (!catalog->hasTable(QStringLiteral("model_metadata")))
        return result;
    QMap<QString, QStringList> asked; // client → versions
    for (const QString& key : keys) {
        if (const auto parts = scopeAndVersion(key))
            asked[parts->first] << parts->second;
    }
    const ModelRegistry registry(database, *catalog);
    const auto modelAt = [](const QString& scope, const QSqlQuery& row) {
        MonitoredModel model;
        model.scope = scope;
        model.version = row.value(0).toString();
        // The time in the version's id, else its created_at (parsed only then).
        model.orderedAt = VersionId::timestamp(model.version);
        if (!model.orderedAt.isValid())
            model.orderedAt = parseTimestamp(row.value(1));
        return model;
    };
    for (auto client = asked.cbegin(); client != asked.cend(); ++client) {
        auto active = registry.activeVersion(client.key());
        if (!active)
            return active.failure();
        // The versions asked for, then every version of the client once, each compared with
        // them and kept only while it is the latest before one of them.
        QVariantList binds{client.key()};
        const QString versions = MonitoringSql::keyIn(QStringLiteral("model_version"), *client, binds);
        auto named = database.select(
            database.dialect().withSources(QStringLiteral("SELECT model_version, created_at FROM model_metadata "
                                                          "WHERE client_id = ? AND %1")
                                               .arg(versions)),
            binds, Text::tr("reading model versions"));
        if (!named)
            return named.failure();
        QList<MonitoredModel> wanted;
        while (named->next())
            wanted << modelAt(client.key(), *named);
        if (wanted.isEmpty())
            continue;
        QList<std::optional<MonitoredModel>> latestBefore(wanted.size());
        auto every = database.select(database.dialect().withSources(QStringLiteral(
                                         "SELECT model_version, created_at FROM model_metadata WHERE client_id = ?")),
                                     {client.key()}, Text::tr("reading model versions"));
        if (!every)
            return every.failure();
        while (every->next()) {
            const MonitoredModel model = modelAt(client.key(), *every);
            for (qsizetype i = 0; i < wanted.size(); ++i) {
                if (before(model, wanted.at(i)) && (!latestBefore.at(i) || before(*latestBefore.at(i), model)))
                    latestBefore[i] = model;
            }
        }
        // Those asked for first, so that one before another is linked to it, not copied.
        const qsizetype first = result.m_models.size();
        for (MonitoredModel model : std::as_const(wanted)) {
            model.active = model.version == active->version;
            result.m_byScopeVersion[model.scope].insert(model.version, result.m_models.size());
            result.m_models << model;
            result.m_previous << -1;
        }
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            std::optional<MonitoredModel> earlier = latestBefore.at(i);
            if (!earlier)
                continue;
            QHash<QString, qsizetype>& byVersion = result.m_byScopeVersion[earlier->scope];
            auto known = byVersion.constFind(earlier->version);
            if (known == byVersion.constEnd()) {
                earlier->active = earlier->version == active->version;
                known = byVersion.insert(earlier->version, result.m_models.size());
                result.m_models << *earlier;
                result.m_previous << -1;
            }
            result.m_previous[first + i] = *known;
        }
    }
    return result;
}

Result<MonitoredModels> MonitoredModels::loadActive(Database& database, const QString& scope)
{
    if (database.profile().name != QLatin1String("pipeline") || scope.isEmpty())
        return load(database, scope);
    auto catalog = SchemaCatalog::load(database);
    if (!catalog)
        return catalog.failure();
    if (!catalog->hasTable(QStringLiteral("model_metadata")))
        return MonitoredModels();
    auto active = ModelRegistry(database, *catalog).activeVersion(scope);
    if (!active)
        return active.failure();
    if (active->version.isEmpty())
        return MonitoredModels();
    return loadFor(database, {keyFor(scope, active->version)});
}

const MonitoredModel* MonitoredModels::previous(const MonitoredModel& model) const
{
    // One of this list's (from find() or all()), or one equal to it.
    qsizetype index = &model - m_models.constData();
    if (index < 0 || index >= m_models.size()) {
        const MonitoredModel* found = find(model.key());
        index = found ? found - m_models.constData() : -1;
    }
    if (index < 0 || index >= m_previous.size() || m_previous.at(index) < 0)
        return nullptr;
    return &m_models.at(m_previous.at(index));
}

QStringList MonitoredModels::keysWithPrevious(const ModelFilter& filter) const
{
    QStringList keys;
    for (const MonitoredModel& model : m_models) {
        if (!filter.matches(model))
            continue;
        keys << model.key();
        if (const MonitoredModel* before = previous(model))
            keys << before->key();
    }
    keys.removeDuplicates();
    return keys;
}

} // namespace steward
