#include "DemoArrivals.h"

#include "models/db/Database.h"
#include "models/demo/DemoWriter.h"
#include "models/review/SuggestionArrivals.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

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

// A client's cycles ran one after another: those complete first, those in the earliest states
// (still profiling) last; in the same state, in the order they were written.
Result<QHash<QString, CyclePlace>> cyclePlaces(Database& database)
{
    auto rows = database.select(QStringLiteral("SELECT %1, client_id, state FROM improvement_cycles ORDER BY id")
                                    .arg(database.dialect().asText(QStringLiteral("cycle_id"))),
                                Text::tr("reading the demo's cycles"));
    if (!rows)
        return rows.failure();
    struct Cycle
    {
        QString id;
        int progress;
    };
    QHash<QString, QList<Cycle>> perClient;
    const QStringList& states = DemoWriter::cycleStates();
    while (rows->next()) {
        const int state = static_cast<int>(states.indexOf(rows->value(2).toString()));
        perClient[rows->value(1).toString()].append(
            {rows->value(0).toString(), state < 0 ? static_cast<int>(states.size()) : state});
    }
    QHash<QString, CyclePlace> places;
    for (QList<Cycle>& cycles : perClient) {
        std::stable_sort(cycles.begin(), cycles.end(),
                         [](const Cycle& a, const Cycle& b) { return a.progress > b.progress; });
        for (int rank = 0; rank < cycles.size(); ++rank)
            places.insert(cycles.at(rank).id, CyclePlace{rank, static_cast<int>(cycles.size())});
    }
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
    qint64 after = 0;
    for (;;) {
        // A page at a time: the result is read whole before the insert uses the connection.
        auto page =
            database.select(QStringLiteral("SELECT id, %1 FROM llm_suggestions WHERE id > ? ORDER BY id LIMIT 500")
                                .arg(database.dialect().asText(QStringLiteral("cycle_id"))),
                            {after}, Text::tr("reading the demo's suggestions"));
        if (!page)
            return page.failure();
        QVariantList values;
        while (page->next()) {
            const qint64 id = page->value(0).toLongLong();
            qint64 offset = 0;
            if (const auto place = places->constFind(page->value(1).toString()); place != places->constEnd()) {
                const double slot = static_cast<double>(span) / place->count;
                offset = static_cast<qint64>(slot * (place->rank + 0.9 * spread(id)));
            } else {
                offset = static_cast<qint64>(static_cast<double>(span) * id / maxId * 0.999);
            }
            values << id << timestampText(start.addSecs(offset));
            after = id;
        }
        page->finish();
        if (values.isEmpty())
            break;
        // Steward's table is schema-qualified on PostgreSQL, which BatchInserter does not take: one
        // statement per page of rows instead.
        QStringList rows;
        for (qsizetype i = 0; i < values.size(); i += 2)
            rows << QStringLiteral("(?, ?)");
        QSqlQuery insert = database.query();
        if (Outcome prepared = database.prepare(
                insert, QStringLiteral("INSERT INTO %1 (id, first_seen_at) VALUES %2")
                            .arg(SuggestionArrivals::table(database.dialect()), rows.join(QStringLiteral(", "))));
            !prepared)
            return prepared;
        for (const QVariant& value : std::as_const(values))
            insert.addBindValue(value);
        if (Outcome ran = database.run(insert, Text::tr("recording new suggestions")); !ran)
            return ran;
    }
    return transaction.commit();
}

} // namespace steward
