#pragma once

#include "models/core/Outcome.h"
#include "models/registry/ModelVersion.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

class ModelRegistry;

// A version's walk-forward backtest: one metric per fold, at order and SKU level (and any other
// level a newer pipeline writes), with each fold's train and test windows.
struct BacktestFoldsData
{
    struct Fold
    {
        QString level;
        int fold = 0;
        QDate trainStart;
        QDate trainEnd;
        QDate testStart;
        QDate testEnd;
        std::optional<double> value;
    };

    QString clientId;
    QString version;
    QString metric;
    QStringList metrics;  // every metric the folds have
    QStringList versions; // the client's backtested versions, newest first
    QStringList levels;   // order, sku, then others by name
    QList<int> folds;     // fold indexes, ascending
    QList<Fold> rows;

    const Fold* find(const QString& level, int fold) const;
};

namespace BacktestFolds {
// Orders levels and folds; rows without a fold index are numbered after the others.
BacktestFoldsData build(QString clientId, QString version, QString metric, const QList<BacktestFoldRow>& rows);
// The folds of `version` (empty: the newest backtested version) for `metric` (empty: wmape,
// or the first metric the folds have).
Result<BacktestFoldsData> load(const ModelRegistry& registry, const QString& clientId, const QString& version,
                               const QString& metric);
} // namespace BacktestFolds

} // namespace steward
