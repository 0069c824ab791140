#include "DemoArrivals.h"

#include "models/db/BatchInserter.h"
#include "models/db/Database.h"
#include "models/review/SuggestionArrivals.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoArrivals)
};

// Where a cycle stands among its client's cycles, oldest first.
struct CyclePlace
{
    int rank = 0;
    int count = 1;
};

Result<QHash<QString, CyclePlace>> cyclePlaces(Database& database)
{
    auto rows = database.select(QStringLiteral("SELECT %1, client_id FROM improvement_cycles ORDER BY id")
                                    .arg(database.dialect().asText(QStringLiteral("cycle_id"))),
                                Text::tr("reading the demo's cycles"));
    if (!rows)
        return rows.failure();
    QList<QPair<QString, QString>> cycles; // cycle, client; oldest first
    QHash<QString, int> perClient;
    while (rows->next()) {
        cycles.append({rows->value(0).toString(), rows->value(1).toString()});
        perClient[cycles.last().second] += 1;
    }
    QHash<QString, CyclePlace> places;
    QHash<QString, int> seen;
    for (const auto& [cycle, client] : std::as_const(cycles))
        places.insert(cycle, CyclePlace{seen[client]++, perClient.value(client)});
    return places;
}

// A fixed fraction in [0, 1) per id, so that suggestions of one cycle spread over its days.
double spread(qint64 id)
{
    return static_cast<double>((static_cast<quint64>(id) * 2654435761ull) % 4294967296ull) / 4294967296.0;
}
} // namespace

Outcome DemoArrivals::write(Database& database, const QDate& anchor)
{
    auto places = cyclePlaces(database);
    if (!places)
        return places.failure();
    // The suggestions arrived before the demo's people start deciding at 08:00 on the anchor.
    const QDateTime end(anchor, QTime(7, 0), QTimeZone::utc());
    const qint64 span = 56ll * 86400;
    const QDateTime start = end.addSecs(-span);
    auto newest = database.select(QStringLiteral("SELECT coalesce(max(id), 0) FROM llm_suggestions"),
                                  Text::tr("reading the demo's suggestions"));
    if (!newest)
        return newest.failure();
    const qint64 maxId = newest->next() ? qMax<qint64>(1, newest->value(0).toLongLong()) : 1;
    newest->finish();

    WriteTransaction transaction(database);
    if (Outcome begun = transaction.begin(); !begun)
        return begun;
    BatchInserter arrivals(database, SuggestionArrivals::table(database.dialect()),
                           {QStringLiteral("id"), QStringLiteral("first_seen_at")}, 500);
    qint64 after = 0;
    for (;;) {
        // A page at a time: the result is read whole before the inserts use the connection.
        auto page =
            database.select(QStringLiteral("SELECT id, %1 FROM llm_suggestions WHERE id > ? ORDER BY id LIMIT 10000")
                                .arg(database.dialect().asText(QStringLiteral("cycle_id"))),
                            {after}, Text::tr("reading the demo's suggestions"));
        if (!page)
            return page.failure();
        QList<QPair<qint64, QString>> rows;
        while (page->next())
            rows.append({page->value(0).toLongLong(), page->value(1).toString()});
        page->finish();
        if (rows.isEmpty())
            break;
        for (const auto& [id, cycle] : std::as_const(rows)) {
            qint64 offset = 0;
            if (const auto place = places->constFind(cycle); place != places->constEnd()) {
                const double slot = static_cast<double>(span) / place->count;
                offset = static_cast<qint64>(slot * (place->rank + 0.9 * spread(id)));
            } else {
                offset = static_cast<qint64>(static_cast<double>(span) * id / maxId * 0.999);
            }
            if (Outcome added = arrivals.add({id, timestampText(start.addSecs(offset))}); !added)
                return added;
        }
        after = rows.last().first;
    }
    if (Outcome flushed = arrivals.flush(); !flushed)
        return flushed;
    return transaction.commit();
}

} // namespace steward
