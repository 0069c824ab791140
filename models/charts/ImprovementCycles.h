#pragma once

#include "models/core/Outcome.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

class Database;

// A client's self-improvement cycles in the order they ran: MAPE before and after each, and
// where each one stands in the eight-state machine.
struct ImprovementCyclesData
{
    struct Cycle
    {
        int ordinal = 0; // 1 for the first cycle
        QString cycleId;
        QString state;
        int stateIndex = -1; // position in states(); -1 for a state from a newer pipeline
        std::optional<double> mapeBefore;
        std::optional<double> mapeAfter;
        std::optional<int> iteration;
        std::optional<int> maxIterations;
        QString errorMessage;
    };

    QString clientId;
    QList<Cycle> cycles;
    QMap<QString, int> stateCounts; // every state seen, with how many cycles are in it

    // PROFILING -> BACKTEST -> ANALYZE -> SUGGEST -> APPLY -> RETRAIN -> VERIFY -> COMPLETE
    static const QStringList& states();
    QList<Cycle> latest(int count) const;
};

namespace ImprovementCycles {
// Numbers the cycles in the order given and places each in the state machine.
ImprovementCyclesData build(QString clientId, QList<ImprovementCyclesData::Cycle> cycles);
Result<ImprovementCyclesData> load(Database& database, const QString& clientId);
} // namespace ImprovementCycles

} // namespace steward
