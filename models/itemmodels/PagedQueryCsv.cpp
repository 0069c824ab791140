#include "PagedQueryCsv.h"

#include "models/db/Database.h"
#include "models/itemmodels/PagedQuery.h"
#include "models/values/CellValue.h"
#include "models/values/CsvText.h"

#include <QCoreApplication>
#include <QIODevice>
#include <tuple>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PagedQueryCsv)
};
} // namespace

Outcome PagedQueryCsv::write(Database& database, const PagedQuery& query, QIODevice& out,
                             const std::function<bool(qint64 rows)>& progress)
{
    QStringList header;
    for (const PagedQuery::Column& column : query.columns)
        header << column.name;
    if (out.write(CsvText::line(header)) < 0)
        return Outcome::failed(Text::tr("could not write: %1").arg(out.errorString()));
    // No segments: all rows are one group.
    const QList<PagedQuery::Segment> segments =
        query.segments.isEmpty() ? QList<PagedQuery::Segment>{PagedQuery::Segment{}} : query.segments;
    qint64 written = 0;
    QStringList fields;
    for (const PagedQuery::Segment& segment : segments) {
        QStringList conditions;
        if (!query.where.isEmpty())
            conditions << QStringLiteral("(%1)").arg(query.where);
        if (!segment.where.isEmpty())
            conditions << QStringLiteral("(%1)").arg(segment.where);
        QString sql = QStringLiteral("SELECT %1 FROM %2").arg(query.selectList(), query.from);
        if (!conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        if (!query.orderBy.isEmpty())
            sql += QStringLiteral(" ORDER BY ") + query.orderBy;
        auto rows = database.select(sql, query.binds + segment.binds, Text::tr("exporting the rows to CSV"));
        if (!rows)
            return rows.failure();
        while (rows->next()) {
            fields.clear();
            for (int c = 0; c < query.columns.size(); ++c) {
                const PagedQuery::Column& column = query.columns.at(c);
                const QVariant raw = rows->value(c);
                if (column.secret)
                    fields << (raw.isNull() ? QString() : secretPlaceholder());
                else
                    fields << mapValue(raw, column.type).text();
            }
            if (out.write(CsvText::line(fields)) < 0)
                return Outcome::failed(Text::tr("could not write: %1").arg(out.errorString()));
            ++written;
            if (progress && written % 1000 == 0 && !progress(written))
                return Outcome::failed(Text::tr("the export was cancelled"));
        }
    }
    if (progress)
        std::ignore = progress(written);
    return Outcome::ok();
}

} // namespace steward
