// The console's CSV export: every row of an accepted statement, streamed.
#include "ConsoleSession.h"
#include "models/db/Database.h"
#include "models/values/CellValue.h"
#include "models/values/CsvText.h"

#include <QCoreApplication>
#include <QSqlError>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleSession)
};

QByteArray csvLine(const QStringList& fields)
{
    QByteArray line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += CsvText::field(fields.at(i)).toUtf8();
    }
    return line + "\r\n";
}

} // namespace

Outcome ConsoleSession::writeCsv(const ConsoleStatement& statement, QIODevice& out,
                                 const std::function<bool(qint64 rows)>& progress)
{
    QStringList select;
    for (const PagedQuery::Column& column : statement.query.columns)
        select << column.expression;
    // PostgreSQL: one READ ONLY transaction, rolled back at the end.
    ReadTransaction scope(*m_database, false);
    if (Outcome begun = scope.begin(); !begun)
        return begun;
    // Executed directly (not through run()): the rows stream instead of arriving all at once.
    auto selected = m_database->select(
        QStringLiteral("SELECT %1 FROM %2").arg(select.join(QStringLiteral(", ")), statement.query.from),
        Text::tr("running the statement"));
    if (!selected)
        return selected.failure();
    QSqlQuery rows = selected.take();
    if (out.write(csvLine(statement.columnNames)) < 0)
        return Outcome::failed(Text::tr("could not write: %1").arg(out.errorString()));
    qint64 written = 0;
    const int width = static_cast<int>(statement.query.columns.size());
    QStringList fields;
    while (rows.next()) {
        fields.clear();
        for (int c = 0; c < width; ++c)
            fields << mapValue(rows.value(c), statement.query.columns.at(c).type).text();
        if (out.write(csvLine(fields)) < 0)
            return Outcome::failed(Text::tr("could not write: %1").arg(out.errorString()));
        ++written;
        if (progress && written % 1000 == 0 && !progress(written))
            return Outcome::failed(Text::tr("the export was cancelled"));
    }
    if (rows.lastError().isValid())
        return m_database->failure(rows.lastError(), Text::tr("running the statement"));
    return Outcome::ok();
}

} // namespace steward
