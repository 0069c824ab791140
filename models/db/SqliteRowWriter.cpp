#include "SqliteRowWriter.h"

#include "models/db/Database.h"
#include "models/db/SqlDialect.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <sqlite3.h>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqliteRowWriter)
};
} // namespace

SqliteRowWriter::SqliteRowWriter(Database& database, const QString& table, const QStringList& columns)
    : m_database(database), m_table(table), m_width(static_cast<int>(columns.size()))
{
    sqlite3* handle = database.sqliteHandle();
    if (!handle) {
        m_status = Outcome::failed(Text::tr("rows are written into SQLite files only"));
        return;
    }
    QStringList quoted, placeholders;
    for (const QString& column : columns) {
        quoted << SqlDialect::quoteIdentifier(column);
        placeholders << QStringLiteral("?");
    }
    const QByteArray sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(SqlDialect::quoteIdentifier(table), quoted.join(QLatin1Char(',')), placeholders.join(QLatin1Char(',')))
            .toUtf8();
    if (sqlite3_prepare_v2(handle, sql.constData(), static_cast<int>(sql.size()), &m_statement, nullptr) != SQLITE_OK)
        m_status = failure(Text::tr("preparing the insert into %1").arg(table));
}

SqliteRowWriter::~SqliteRowWriter()
{
    sqlite3_finalize(m_statement);
}

Outcome SqliteRowWriter::failure(const QString& what) const
{
    return Outcome::failed(Text::tr("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_database.sqliteHandle()))));
}

Outcome SqliteRowWriter::add(const QVariantList& row)
{
    if (!m_status)
        return m_status;
    for (int i = 0; i < m_width; ++i) {
        const QVariant& value = row.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_statement, index);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
                rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
                break;
            case QMetaType::ULongLong:
                rc = value.toULongLong() > quint64(std::numeric_limits<qint64>::max())
                         ? sqlite3_bind_double(m_statement, index, value.toDouble())
                         : sqlite3_bind_int64(m_statement, index, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_statement, index, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc =
                    sqlite3_bind_blob64(m_statement, index, bytes.constData(), quint64(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QString: {
                const QString& text = *static_cast<const QString*>(value.constData());
                rc = sqlite3_bind_text16(m_statement, index, text.utf16(), static_cast<int>(text.size() * 2),
                                         SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QString text = value.toString();
                rc = sqlite3_bind_text16(m_statement, index, text.utf16(), static_cast<int>(text.size() * 2),
                                         SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return failure(Text::tr("binding a value for %1").arg(m_table));
    }
    const int stepped = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (stepped != SQLITE_DONE)
        return failure(Text::tr("inserting into %1").arg(m_table));
    return Outcome::ok();
}

} // namespace steward
