// steward-bench data, search: the queue's literal search over summary and reasoning, the way
// the view and `suggestions list --search` run it (setQuery, then the first page), against the
// raw LIKE scan on the same connection; first without the search index, then with it.
#include "BenchReport.h"
#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/db/SearchIndex.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/review/SuggestionQuery.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace steward::bench {

namespace {

// Text no row holds: every row is read, as in the worst case of a search.
const QString kNoMatch = QStringLiteral("no such text 50%_'x");

double firstPage(Database& db, const QString& text)
{
    auto catalog = SchemaCatalog::load(db);
    require(catalog ? Outcome::ok() : catalog.failure());
    return medianMs(5, [&] {
        SuggestionFilter filter;
        filter.search = text;
        auto query = SuggestionQuery::build(db, *catalog, filter);
        require(query ? Outcome::ok() : query.failure());
        PagedTableModel model;
        model.setDatabase(&db);
        model.setDeferLongCounts(true);
        require(model.setQuery(*query));
        if (model.rowCount() > 0)
            model.cell(0, 2);
    });
}

double rawLike(Database& db, const QString& text)
{
    const QString like = db.isSqlite() ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
    return medianMs(5, [&] {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT * FROM llm_suggestions WHERE summary %1 ? ESCAPE '\\' OR reasoning %1 ? "
                                 "ESCAPE '\\' LIMIT 200")
                      .arg(like));
        q.addBindValue(SqlDialect::likePattern(text));
        q.addBindValue(SqlDialect::likePattern(text));
        q.exec();
        while (q.next()) {
        }
    });
}
} // namespace

void runSearch(Database& db, const std::function<void(const QString&, double, double)>& add)
{
    auto present = SearchIndex::isPresent(db, QStringLiteral("llm_suggestions"));
    require(present ? Outcome::ok() : present.failure());
    if (!*present) {
        add(QStringLiteral("search, no match, first page, no index"), firstPage(db, kNoMatch), rawLike(db, kNoMatch));
        QElapsedTimer timer;
        timer.start();
        auto created = SearchIndex::create(db);
        require(created ? Outcome::ok() : created.failure());
        add(QStringLiteral("init --indexes (search and filter indexes)"), timer.nsecsElapsed() / 1e6, -1);
    }
    add(QStringLiteral("search, no match, first page, indexed"), firstPage(db, kNoMatch), rawLike(db, kNoMatch));
    add(QStringLiteral("search \"holiday\" (many matches), first page, indexed"),
        firstPage(db, QStringLiteral("holiday")), rawLike(db, QStringLiteral("holiday")));
}

} // namespace steward::bench
