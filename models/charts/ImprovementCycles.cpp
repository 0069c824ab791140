#include "ImprovementCycles.h"

#include "models/db/Database.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImprovementCycles)
};

std::optional<double> number(const QVariant& raw)
{
    return raw.isNull() ? std::nullopt : std::optional<double>(raw.toDouble());
}

std::optional<int> integer(const QVariant& raw)
{
    return raw.isNull() ? std::nullopt : std::optional<int>(raw.toInt());
}
} // namespace

const QStringList& ImprovementCyclesData::states()
{
    static const QStringList names{QStringLiteral("PROFILING"), QStringLiteral("BACKTEST"), QStringLiteral("ANALYZE"),
                                   QStringLiteral("SUGGEST"),   QStringLiteral("APPLY"),    QStringLiteral("RETRAIN"),
                                   QStringLiteral("VERIFY"),    QStringLiteral("COMPLETE")};
    return names;
}

QList<ImprovementCyclesData::Cycle> ImprovementCyclesData::latest(int count) const
{
    return cycles.mid(qMax<qsizetype>(0, cycles.size() - count));
}

ImprovementCyclesData ImprovementCycles::build(QString clientId, QList<ImprovementCyclesData::Cycle> cycles)
{
    ImprovementCyclesData data;
    data.clientId = std::move(clientId);
    for (int i = 0; i < cycles.size(); ++i) {
        ImprovementCyclesData::Cycle& cycle = cycles[i];
        cycle.ordinal = i + 1;
        cycle.stateIndex = static_cast<int>(ImprovementCyclesData::states().indexOf(cycle.state.trimmed().toUpper()));
        data.stateCounts[cycle.state] += 1;
    }
    data.cycles = std::move(cycles);
    return data;
}

Result<ImprovementCyclesData> ImprovementCycles::load(Database& database, const QString& clientId)
{
    QSqlQuery q = database.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT cycle_id, state, %1, %2, current_iteration, max_iterations, error_message "
                             "FROM improvement_cycles WHERE client_id = ? ORDER BY id")
                  .arg(database.dialect().asReal(QStringLiteral("mape_before")),
                       database.dialect().asReal(QStringLiteral("mape_after"))));
    q.addBindValue(clientId);
    if (Outcome ran = database.run(q, Text::tr("reading the improvement cycles of %1").arg(clientId)); !ran)
        return ran;
    QList<ImprovementCyclesData::Cycle> cycles;
    while (q.next()) {
        ImprovementCyclesData::Cycle cycle;
        cycle.cycleId = mapValue(q.value(0), LogicalType::Uuid).text();
        cycle.state = q.value(1).toString();
        cycle.mapeBefore = number(q.value(2));
        cycle.mapeAfter = number(q.value(3));
        cycle.iteration = integer(q.value(4));
        cycle.maxIterations = integer(q.value(5));
        cycle.errorMessage = q.value(6).toString();
        cycles << cycle;
    }
    if (cycles.isEmpty())
        return Outcome::notFound(Text::tr("client %1 has no improvement cycles").arg(clientId));
    return build(clientId, std::move(cycles));
}

} // namespace steward
