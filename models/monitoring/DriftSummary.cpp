#include "DriftSummary.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoredModels.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/profiles/Profile.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DriftSummary)
};

using namespace MonitoringSql;

// Where drift lives in a profile: a drift entity of its own (UrutiIQ), or drift scores kept
// beside performance figures (Krong Thai, WITHIN) and feature importances (WITHIN).
struct DriftSource
{
    const EntityMap* map;
    QString type; // the type to show when the entity has none
};

QList<DriftSource> driftSources(const Profile& profile)
{
    QList<DriftSource> found;
    if (const EntityMap* drift = profile.entity(QStringLiteral("drift")); drift && drift->has(QStringLiteral("score")))
        found << DriftSource{drift, QStringLiteral("drift")};
    if (const EntityMap* performance = profile.entity(QStringLiteral("performance"));
        performance && performance->has(QStringLiteral("drift_score")))
        found << DriftSource{performance, QStringLiteral("performance")};
    if (const EntityMap* features = profile.entity(QStringLiteral("feature_importance"));
        features && features->has(QStringLiteral("drift_score")))
        found << DriftSource{features, QStringLiteral("feature")};
    return found;
}

QString branch(Database& database, const DriftSource& source, const MonitoringFilter& filter, const QStringList* keys,
               QVariantList& binds)
{
    const EntityMap& map = *source.map;
    const SqlDialect& d = database.dialect();
    const bool own = map.entity == QLatin1String("drift");
    const auto column = [&](const QString& name) { return field(map, name, QStringLiteral("x")); };
    const QString score = column(own ? QStringLiteral("score") : QStringLiteral("drift_score"));
    const QString threshold = column(own ? QStringLiteral("threshold") : QStringLiteral("drift_threshold"));
    const QString model =
        map.has(QStringLiteral("model")) ? d.asText(column(QStringLiteral("model"))) : QStringLiteral("NULL");
    // The feature: its name, or for a performance row the metric whose figures drifted.
    const QString feature = map.has(QStringLiteral("feature"))  ? column(QStringLiteral("feature"))
                            : map.has(QStringLiteral("metric")) ? column(QStringLiteral("metric"))
                                                                : QStringLiteral("CAST(NULL AS TEXT)");
    const QString type = map.has(QStringLiteral("type")) && own ? column(QStringLiteral("type")) : literal(source.type);
    const QString word = own && map.has(QStringLiteral("state")) ? column(QStringLiteral("state"))
                                                                 : QStringLiteral("CAST(NULL AS TEXT)");
    const QString flag =
        map.has(QStringLiteral("drift_detected"))
            ? QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(column(QStringLiteral("drift_detected")))
            : QStringLiteral("CAST(NULL AS INTEGER)");
    const QString at = column(QStringLiteral("at"));
    QStringList where{score + QStringLiteral(" IS NOT NULL")};
    if (keys)
        where << keyIn(model, *keys, binds);
    period(database, at, filter, where, binds);
    return QStringLiteral("SELECT %1 AS model, %2 AS type, %3 AS feature, %4 AS score, %5 AS threshold, %6 AS word, "
                          "%7 AS flag, %8 AS t, %9 AS source FROM %10 x WHERE %11")
        .arg(model, type, feature, d.asReal(score), d.asReal(threshold), word, flag, daysFrom(database, at),
             literal(map.table), SqlDialect::quoteIdentifier(map.table), where.join(QStringLiteral(" AND ")));
}
} // namespace

const QStringList& DriftSummary::statuses()
{
    static const QStringList words{QStringLiteral("detected"), QStringLiteral("warning"), QStringLiteral("normal")};
    return words;
}

QStringList DriftSummary::sources(Database& database)
{
    QStringList tables;
    for (const DriftSource& source : driftSources(database.profile()))
        tables << source.map->table;
    tables.removeDuplicates();
    return tables;
}

bool DriftSummary::available(Database& database)
{
    return !driftSources(database.profile()).isEmpty();
}

Result<QList<DriftRecord>> DriftSummary::load(Database& database, const MonitoringFilter& filter)
{
    const QList<DriftSource> found = driftSources(database.profile());
    if (found.isEmpty())
        return Outcome::notFound(Text::tr("the %1 profile records no drift").arg(database.profile().title));
    if (!filter.status.isEmpty() && !statuses().contains(filter.status))
        return Outcome::usage(Text::tr("drift status must be detected, warning or normal, not %1").arg(filter.status));
    auto wanted = MonitoringSql::wanted(database, filter);
    if (!wanted)
        return wanted.failure();
    if (wanted->none())
        return QList<DriftRecord>();
    const MonitoredModels& models = wanted->models;
    const QStringList& keys = wanted->keys;
    const bool restricted = wanted->restricted;

    const QDateTime reference = MonitoringSql::reference(database);
    QStringList branches;
    QVariantList binds;
    for (const DriftSource& source : found) {
        binds << SqlDialect::instantValue(reference); // the branch's days are counted from it
        QVariantList branchBinds;
        branches << branch(database, source, filter, restricted ? &keys : nullptr, branchBinds);
        binds << branchBinds;
    }
    // The system's word when it is one of the three; else its flag; else the score against the
    // threshold (the default one where the system stores none).
    const QString threshold = QStringLiteral("COALESCE(threshold, %1)").arg(kDefaultThreshold);
    const QString status = QStringLiteral("CASE WHEN LOWER(word) IN ('detected', 'warning', 'normal') THEN LOWER(word) "
                                          "WHEN flag = 1 THEN 'detected' "
                                          "WHEN flag IS NULL AND score >= %1 THEN 'detected' "
                                          "WHEN score >= %1 * %2 THEN 'warning' ELSE 'normal' END")
                               .arg(threshold)
                               .arg(kWarningShare);
    // The newest time of each model, type and feature from one GROUP BY, joined back: a window
    // over every record would sort them all first. PostgreSQL reads the tables twice rather
    // than write b out (past work_mem, to disk) and read it back.
    const QString groupKeys = QStringLiteral("COALESCE(model, '') AS model, COALESCE(type, '') AS type, "
                                             "COALESCE(feature, '') AS feature");
    QString sql =
        QStringLiteral("WITH b AS %4(%2), n AS (SELECT %3, MAX(t) AS t FROM b GROUP BY 1, 2, 3) "
                       "SELECT model, type, feature, score, threshold, word, flag, t, source, status, is_current FROM ("
                       "SELECT b.*, %1 AS status, CASE WHEN b.t = n.t THEN 1 ELSE 0 END AS is_current FROM b "
                       "LEFT JOIN n ON COALESCE(b.model, '') = n.model AND COALESCE(b.type, '') = n.type AND "
                       "COALESCE(b.feature, '') = n.feature) s")
            .arg(status, branches.join(QStringLiteral(" UNION ALL ")), groupKeys,
                 database.isSqlite() ? QString() : QStringLiteral("NOT MATERIALIZED "));
    if (!filter.status.isEmpty()) {
        sql += QStringLiteral(" WHERE status = ?");
        binds << filter.status;
    }
    sql += QStringLiteral(" ORDER BY CASE WHEN is_current = 1 THEN (CASE status WHEN 'detected' THEN 0 "
                          "WHEN 'warning' THEN 1 ELSE 2 END) ELSE 3 END, t DESC, model, type, feature");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    auto query = database.select(sql, binds,
                                 Text::tr("reading drift from %1").arg(sources(database).join(QStringLiteral(", "))));
    if (!query)
        return query.failure();
    QList<DriftRecord> records;
    while (query->next()) {
        DriftRecord r;
        const MonitoredModel* model = models.find(query->value(0).toString());
        const ModelNames named = names(model);
        r.scope = named.scope;
        r.modelName = named.name;
        r.modelVersion = named.version;
        r.type = query->value(1).toString();
        r.feature = query->value(2).toString();
        r.score = query->value(3).toDouble();
        if (!query->value(4).isNull()) {
            r.threshold = query->value(4).toDouble();
        } else {
            r.threshold = kDefaultThreshold;
            r.thresholdAssumed = true;
        }
        r.systemStatus = !query->value(5).isNull() ? query->value(5).toString()
                         : !query->value(6).isNull()
                             ? (query->value(6).toInt() == 1 ? QStringLiteral("true") : QStringLiteral("false"))
                             : QString();
        r.at = timeAt(reference, query->value(7));
        r.source = query->value(8).toString();
        r.status = query->value(9).toString();
        r.current = query->value(10).toInt() == 1;
        records << r;
    }
    return records;
}

} // namespace steward
