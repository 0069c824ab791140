// steward-bench data: the core's data paths at scale against raw SQL on the same database.
//
//   steward-bench data [--db TARGET] [--workdir DIR] [--suggestions N] [--forecasts M] [--json FILE] [--existing]
//
// Without --db it writes a demo SQLite database of N suggestions (default 1,000,000) in DIR and
// tops forecast_results up to M rows (default 5,000,000). With --db postgresql://... it loads the
// same into that (empty) PostgreSQL database. Each measurement is the median of several runs;
// memory is the process's resident set size.
#include "BenchReport.h"
#include "models/db/BatchInserter.h"
#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/demo/DemoGenerator.h"
#include "models/itemmodels/PagedTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace steward;

namespace {

QTextStream out(stdout);

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Report
{
    QJsonArray rows;
    void add(const QString& what, double steward, double raw = -1, const QString& unit = QStringLiteral("ms"))
    {
        QJsonObject row{
            {QStringLiteral("measure"), what}, {QStringLiteral("steward"), steward}, {QStringLiteral("unit"), unit}};
        if (raw >= 0)
            row.insert(QStringLiteral("raw_sql"), raw);
        rows << row;
        bench::jsonFigure(what, steward, raw, unit);
        out << QStringLiteral("%1  %2 %3%4\n")
                   .arg(what.leftJustified(58, QLatin1Char('.')))
                   .arg(steward, 10, 'f',
                        unit == QLatin1String("ms")  ? 2
                        : unit == QLatin1String("s") ? 1
                                                     : 0)
                   .arg(unit)
                   .arg(raw >= 0 ? QStringLiteral("   (raw SQL %1 %2)").arg(raw, 0, 'f', 2).arg(unit) : QString());
        out.flush();
    }
};

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q = db.query();
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

// Adds copies of existing forecast rows (shifted a year per copy) until the table holds `target` rows.
void topUpForecasts(Database& db, qint64 target)
{
    qint64 have = scalar(db, QStringLiteral("SELECT count(*) FROM forecast_results"));
    const qint64 base = have;
    int shift = 1;
    while (have < target) {
        const qint64 take = qMin(base, target - have);
        const QString dateShift = db.isSqlite() ? QStringLiteral("date(forecast_date, '+%1 years')").arg(shift)
                                                : QStringLiteral("forecast_date + interval '%1 years'").arg(shift);
        const QString sql =
            QStringLiteral(
                "INSERT INTO forecast_results (series_key, client_id, product_id, forecast_date, "
                "predicted_quantity, confidence_lower, confidence_upper, event_tier, model_version, created_at) "
                "SELECT series_key, client_id, product_id, %1, predicted_quantity, confidence_lower, "
                "confidence_upper, event_tier, model_version, created_at FROM forecast_results "
                "WHERE id <= %2")
                .arg(dateShift)
                .arg(take);
        if (Outcome done = db.exec(sql); !done)
            qFatal("%s", qPrintable(done.message()));
        have += take;
        ++shift;
    }
}

} // namespace

int steward::bench::runData(const QStringList& args)
{
    const auto option = [&args](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(QStringLiteral("--") + name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const qint64 suggestions = option(QStringLiteral("suggestions"), QStringLiteral("1000000")).toLongLong();
    const qint64 forecasts = option(QStringLiteral("forecasts"), QStringLiteral("5000000")).toLongLong();
    const QString workdir = option(QStringLiteral("workdir"), QStringLiteral("/tmp"));
    QString target = option(QStringLiteral("db"), QString());
    const QString jsonPath = option(QStringLiteral("json"), QString());
    if (!jsonPath.isEmpty())
        bench::openJson(jsonPath);
    Report report;

    DemoOptions demo;
    demo.scale =
        static_cast<int>((suggestions + DemoGenerator::kSuggestionsPerScale - 1) / DemoGenerator::kSuggestionsPerScale);
    demo.anchor = QDate(2026, 11, 20);
    QElapsedTimer generation;
    generation.start();
    // --existing measures a database written by an earlier run (or any pipeline database).
    const bool existing = args.contains(QStringLiteral("--existing"));
    if (existing) {
        if (target.isEmpty())
            target = workdir + QStringLiteral("/steward-bench.sqlite");
    } else if (target.isEmpty()) {
        target = workdir + QStringLiteral("/steward-bench.sqlite");
        QFile::remove(target);
        out << "Writing demo (scale " << demo.scale << ") to " << target << "\n";
        out.flush();
        auto written = DemoGenerator::writeSqliteFile(target, demo);
        if (!written)
            qFatal("%s", qPrintable(written.failure().message()));
    } else {
        auto parsed = ConnectionTarget::parse(target);
        auto db = Database::open(*parsed);
        if (!db)
            qFatal("%s", qPrintable(db.failure().message()));
        out << "Writing demo (scale " << demo.scale << ") into " << parsed->displayName() << "\n";
        out.flush();
        auto written = DemoGenerator::writeInto(**db, demo);
        if (!written)
            qFatal("%s", qPrintable(written.failure().message()));
    }
    if (!existing)
        report.add(QStringLiteral("demo generation (scale %1)").arg(demo.scale), generation.elapsed() / 1000.0, -1,
                   QStringLiteral("s"));

    auto parsed = ConnectionTarget::parse(target);
    auto opened = Database::open(*parsed);
    if (!opened)
        qFatal("%s", qPrintable(opened.failure().message()));
    Database& db = **opened;
    if (!existing) {
        generation.restart();
        topUpForecasts(db, forecasts);
        if (db.isSqlite())
            bench::require(db.exec(QStringLiteral("ANALYZE")));
        else
            bench::require(db.exec(QStringLiteral("VACUUM ANALYZE forecast_results")));
        report.add(QStringLiteral("forecast top-up to %1 rows").arg(forecasts), generation.elapsed() / 1000.0, -1,
                   QStringLiteral("s"));
    }

    const qint64 suggestionRows = scalar(db, QStringLiteral("SELECT count(*) FROM llm_suggestions"));
    const qint64 forecastRows = scalar(db, QStringLiteral("SELECT count(*) FROM forecast_results"));
    out << "llm_suggestions: " << suggestionRows << " rows, forecast_results: " << forecastRows << " rows\n";
    out.flush();

    // Opening: connect and read the schema.
    report.add(QStringLiteral("open + schema catalog"), bench::medianMs(5, [&] {
                   auto again = Database::open(*parsed);
                   auto catalog = SchemaCatalog::load(**again);
                   Q_UNUSED(catalog)
               }));

    auto catalog = SchemaCatalog::load(db);
    const TableInfo* suggestionTable = catalog->table(QStringLiteral("llm_suggestions"));
    const qint64 rssBefore = residentKiB();

    // The windowed model: count, first page, key-ordered scrolling, random jumps.
    PagedTableModel model;
    model.setDatabase(&db);
    const PagedQuery query = PagedQuery::forTable(*suggestionTable, db.dialect());
    const double rawCount =
        bench::medianMs(5, [&] { scalar(db, QStringLiteral("SELECT count(*) FROM llm_suggestions")); });
    report.add(QStringLiteral("suggestions: set query (COUNT of all rows)"),
               bench::medianMs(5, [&] { bench::require(model.setQuery(query)); }), rawCount);
    report.add(QStringLiteral("suggestions: refresh (count again) and first page"),
               bench::medianMs(5,
                               [&] {
                                   bench::require(model.refresh());
                                   model.keyAt(0); // a read now: data() only asks for the page
                               }),
               bench::medianMs(5, [&] {
                   QSqlQuery q = db.query();
                   q.exec(QStringLiteral("SELECT * FROM llm_suggestions ORDER BY id LIMIT 200"));
                   while (q.next()) {
                   }
               }));

    bench::require(model.refresh());
    int row = 0;
    const double nextPage = bench::medianMs(50, [&] {
        row = (row + model.pageSize()) % model.rowCount();
        model.cell(row, 5);
    });
    QVariant lastKey = 1;
    const double rawNext = bench::medianMs(50, [&] {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT * FROM llm_suggestions WHERE id > ? ORDER BY id LIMIT 200"));
        q.addBindValue(lastKey);
        q.exec();
        while (q.next())
            lastKey = q.value(0);
    });
    report.add(QStringLiteral("suggestions: next page while scrolling (by key)"), nextPage, rawNext);

    QRandomGenerator random(42);
    const double jump = bench::medianMs(30, [&] {
        const int target = static_cast<int>(random.bounded(static_cast<quint32>(model.rowCount())));
        model.cell(target, 5);
    });
    const double rawJump = bench::medianMs(30, [&] {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT * FROM llm_suggestions ORDER BY id LIMIT 200 OFFSET ?"));
        q.addBindValue(static_cast<qint64>(random.bounded(static_cast<quint32>(suggestionRows))));
        q.exec();
        while (q.next()) {
        }
    });
    report.add(QStringLiteral("suggestions: jump to a random row (by offset)"), jump, rawJump);

    // Flat memory: read every row once through the model.
    bench::require(model.refresh());
    QElapsedTimer scroll;
    scroll.start();
    qint64 rssMax = 0;
    for (int r = 0; r < model.rowCount(); r += model.pageSize()) {
        model.cell(r, 5);
        if (r % (model.pageSize() * 500) == 0)
            rssMax = qMax(rssMax, residentKiB());
    }
    report.add(QStringLiteral("suggestions: scroll through every row"), scroll.elapsed() / 1000.0, -1,
               QStringLiteral("s"));
    report.add(QStringLiteral("resident memory before scrolling"), rssBefore / 1024.0, -1, QStringLiteral("MiB"));
    report.add(QStringLiteral("resident memory, peak while scrolling all rows"), rssMax / 1024.0, -1,
               QStringLiteral("MiB"));
    report.add(QStringLiteral("pages held in memory after scrolling"), model.cachedPageCount(), -1,
               QStringLiteral("pages"));

    // Forecasts: one series, as the fan chart reads it.
    QString series;
    {
        QSqlQuery q = db.query();
        q.exec(QStringLiteral("SELECT series_key FROM forecast_results ORDER BY id DESC LIMIT 1"));
        q.next();
        series = q.value(0).toString();
    }
    report.add(QStringLiteral("forecasts: COUNT of all rows"),
               bench::medianMs(3, [&] { scalar(db, QStringLiteral("SELECT count(*) FROM forecast_results")); }));
    report.add(QStringLiteral("forecasts: one series by client and key, date order"), bench::medianMs(9, [&] {
                   QSqlQuery q = db.query();
                   q.prepare(QStringLiteral(
                       "SELECT forecast_date, predicted_quantity, confidence_lower, confidence_upper "
                       "FROM forecast_results WHERE client_id = ? AND series_key = ? ORDER BY forecast_date"));
                   q.addBindValue(series.section(QLatin1Char(':'), 0, 0));
                   q.addBindValue(series);
                   q.exec();
                   while (q.next()) {
                   }
               }));

    bench::runSearch(db, [&report](const QString& what, double ms, double raw) { report.add(what, ms, raw); });
    return 0;
}
