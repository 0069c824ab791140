#pragma once

#include "models/core/Outcome.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace steward {

class Database;
struct ModelFilter;

// One model version as monitoring names it. Monitoring tables point at versions by the
// system's model id; the forecasting pipeline's by client and version.
struct MonitoredModel
{
    QString id;    // the system's model id as text; empty for the pipeline
    QString scope; // client, company or restaurant; empty where the system has none
    QString name;  // empty for the pipeline, whose versions have no name
    QString version;
    QDateTime orderedAt; // trained, else created: orders a model's versions
    bool active = false;
    // How monitoring tables point at it: the id, or for the pipeline keyFor(client, version)
    // (made when asked for: 120,000 of them were 16 MB).
    QString key() const;
};

// Every model version of the database, read once per summary (a registry is far smaller than
// the logs that point at it, yet can hold 100,000 versions: nothing here is quadratic).
class MonitoredModels
{
public:
    // Every version, or only those of one scope (client, company, restaurant; a version's
    // predecessor is always of its own scope).
    static Result<MonitoredModels> load(Database& database, const QString& scope = {});
    // Only the versions `keys` names (keyFor()), each with the one before it, where there are
    // few: the pipeline's versions are read one row at a time and kept only when asked for or
    // when before one asked for, so that a summary of three versions does not hold 120,000.
    // previous() is then known for the versions asked for. Elsewhere, or for many keys, load().
    static Result<MonitoredModels> loadFor(Database& database, const QStringList& keys);
    // The active version of one pipeline client and the one before it (loadFor); elsewhere, or
    // without a scope, load(). Models' declining-trend note asks for these two of 40,000.
    static Result<MonitoredModels> loadActive(Database& database, const QString& scope);
    static QString keyFor(const QString& scope, const QString& version);
    // The client and version of a keyFor() key; nullopt for a key that is not one.
    static std::optional<std::pair<QString, QString>> scopeAndVersion(const QString& key);
    // The numeric members of the pipeline's metrics JSON of the versions `keys` names (keyFor()),
    // by key: read for the few a summary shows, not held for every version.
    static Result<QHash<QString, QMap<QString, double>>> pipelineMetrics(Database& database, const QStringList& keys);

    const QList<MonitoredModel>& all() const { return m_models; }
    const MonitoredModel* find(const QString& key) const;
    // The version of the same model (same scope and name) ordered just before it.
    const MonitoredModel* previous(const MonitoredModel& model) const;
    // Keys of the versions `filter` names, and of the versions just before them, so that a
    // summary can show a version beside its predecessor.
    QStringList keysWithPrevious(const ModelFilter& filter) const;

private:
    void linkPrevious();

    QList<MonitoredModel> m_models;
    QHash<QString, qsizetype> m_byKey;                          // by id
    QHash<QString, QHash<QString, qsizetype>> m_byScopeVersion; // the pipeline's, by client and version
    QList<qsizetype> m_previous;                                // per model, the index of the one before it (-1: none)
};

} // namespace steward
