#include "SnapshotDigest.h"

#include "models/db/Database.h"
#include "models/db/SqlDialect.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>
#include <cstring>
#include <sqlite3.h>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDigest)
};

class Statement
{
public:
    Statement(sqlite3* db, const QString& sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        m_rc = sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_rc == SQLITE_OK && m_statement; }
    sqlite3_stmt* get() const { return m_statement; }

private:
    sqlite3_stmt* m_statement = nullptr;
    int m_rc = SQLITE_ERROR;
};

void addLength(QCryptographicHash& hash, char tag, quint64 length)
{
    char buffer[9];
    buffer[0] = tag;
    qToBigEndian(length, buffer + 1);
    hash.addData(QByteArrayView(buffer, sizeof buffer));
}

QString sqliteError(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}
} // namespace

QString digestSchemeName()
{
    return QStringLiteral("sha256-rows/1");
}

Result<QStringList> sqliteTableColumns(Database& database, const QString& table)
{
    sqlite3* db = database.sqliteHandle();
    if (!db)
        return Outcome::failed(Text::tr("row digests are computed on SQLite files only"));
    Statement columns(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    if (!columns.isValid())
        return Outcome::failed(Text::tr("reading the columns of %1: %2").arg(table, sqliteError(db)));
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(columns.get(), 1, name.constData(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
    QStringList names;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(columns.get())) == SQLITE_ROW)
        names << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(columns.get(), 0)));
    if (rc != SQLITE_DONE)
        return Outcome::cannotOpen(Text::tr("reading the columns of %1: %2").arg(table, sqliteError(db)));
    if (names.isEmpty())
        return Outcome::notFound(Text::tr("there is no table %1").arg(table));
    return names;
}

Result<TableDigest> digestSqliteTable(Database& database, const QString& table,
                                      const std::function<bool(qint64 rows)>& progress)
{
    auto columns = sqliteTableColumns(database, table);
    if (!columns)
        return columns.failure();
    sqlite3* db = database.sqliteHandle();

    QStringList order;
    for (const QString& column : *columns)
        order << SqlDialect::quoteIdentifier(column) + QStringLiteral(" COLLATE BINARY");
    QStringList select;
    for (const QString& column : *columns)
        select << SqlDialect::quoteIdentifier(column);
    Statement rows(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                           .arg(select.join(QStringLiteral(", ")), SqlDialect::quoteIdentifier(table),
                                order.join(QStringLiteral(", "))));
    if (!rows.isValid())
        return Outcome::cannotOpen(Text::tr("reading %1: %2").arg(table, sqliteError(db)));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("steward-rows/1\n"));
    hash.addData(table.toUtf8());
    hash.addData(QByteArrayLiteral("\n"));
    hash.addData(columns->join(QChar(0x1f)).toUtf8());
    hash.addData(QByteArrayLiteral("\n"));

    TableDigest digest;
    const int width = static_cast<int>(columns->size());
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(rows.get())) == SQLITE_ROW) {
        for (int c = 0; c < width; ++c) {
            switch (sqlite3_column_type(rows.get(), c)) {
            case SQLITE_NULL:
                hash.addData(QByteArrayLiteral("N"));
                break;
            case SQLITE_INTEGER: {
                char buffer[9];
                buffer[0] = 'I';
                qToBigEndian(static_cast<qint64>(sqlite3_column_int64(rows.get(), c)), buffer + 1);
                hash.addData(QByteArrayView(buffer, sizeof buffer));
                break;
            }
            case SQLITE_FLOAT: {
                const double value = sqlite3_column_double(rows.get(), c);
                quint64 bits = 0;
                std::memcpy(&bits, &value, sizeof bits);
                char buffer[9];
                buffer[0] = 'R';
                qToBigEndian(bits, buffer + 1);
                hash.addData(QByteArrayView(buffer, sizeof buffer));
                break;
            }
            case SQLITE_TEXT: {
                const auto* text = sqlite3_column_text(rows.get(), c);
                const int bytes = sqlite3_column_bytes(rows.get(), c);
                addLength(hash, 'T', static_cast<quint64>(bytes));
                hash.addData(QByteArrayView(reinterpret_cast<const char*>(text), bytes));
                break;
            }
            default: {
                const void* blob = sqlite3_column_blob(rows.get(), c);
                const int bytes = sqlite3_column_bytes(rows.get(), c);
                addLength(hash, 'B', static_cast<quint64>(bytes));
                hash.addData(QByteArrayView(static_cast<const char*>(blob), bytes));
                break;
            }
            }
        }
        ++digest.rows;
        if (progress && digest.rows % 4096 == 0 && !progress(digest.rows))
            return Outcome::failed(Text::tr("cancelled"));
    }
    if (rc != SQLITE_DONE)
        return Outcome::cannotOpen(Text::tr("reading %1: %2").arg(table, sqliteError(db)));
    digest.sha256 = QString::fromLatin1(hash.result().toHex());
    return digest;
}

} // namespace steward
