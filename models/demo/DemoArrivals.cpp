#include "DemoArrivals.h"

#include "models/db/Database.h"
#include "models/review/SuggestionArrivals.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoArrivals)
};

// A fixed fraction in [0, 1) per id, so that the gaps between arrivals are uneven.
double spread(qint64 id)
{
    return static_cast<double>((static_cast<quint64>(id) * 2654435761ull) % 4294967296ull) / 4294967296.0;
}
} // namespace

Outcome DemoArrivals::write(Database& database, const QDate& anchor)
{
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
        auto page = database.select(QStringLiteral("SELECT id FROM llm_suggestions WHERE id > ? ORDER BY id LIMIT 500"),
                                    {after}, Text::tr("reading the demo's suggestions"));
        if (!page)
            return page.failure();
        QVariantList values;
        while (page->next()) {
            const qint64 id = page->value(0).toLongLong();
            // Each id gets a slot of its own in id order, as a catch-up records them: the
            // queue's arrival order and its ages agree.
            const double slot = static_cast<double>(span) / static_cast<double>(maxId);
            const qint64 offset = static_cast<qint64>(slot * (static_cast<double>(id - 1) + 0.9 * spread(id)));
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
