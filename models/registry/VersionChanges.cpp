#include "VersionChanges.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

QList<VersionChanges::Move> VersionChanges::compare(const QMap<QString, double>& base,
                                                    const QMap<QString, double>& metrics)
{
    QList<Move> moves;
    for (const QString& key : Metrics::ordered(metrics.keys())) {
        if (!base.contains(key))
            continue;
        Move move;
        move.key = key;
        move.base = base.value(key);
        move.value = metrics.value(key);
        move.delta = MetricDelta::between(key, move.base, move.value);
        moves << move;
    }
    return moves;
}

QStringList VersionChanges::regressions(const QList<Move>& moves)
{
    QStringList keys;
    for (const Move& move : moves) {
        if (move.isRegression())
            keys << move.key;
    }
    return keys;
}

QMap<QString, double> VersionChanges::metricsOfText(const QString& json)
{
    if (json.isEmpty())
        return {};
    return Metrics::numericMembers(QJsonValue(QJsonDocument::fromJson(json.toUtf8()).object()));
}

} // namespace steward
