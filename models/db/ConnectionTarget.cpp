#include "ConnectionTarget.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTarget)
};

const QString kMask = QStringLiteral("*****");
} // namespace

bool ConnectionTarget::looksLikePostgresUri(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<ConnectionTarget> ConnectionTarget::parse(const QString& text)
{
    ConnectionTarget target;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Outcome::usage(
            Text::tr("no database given: pass --db PATH or --db postgresql://..., or set STEWARD_DB"));

    if (!looksLikePostgresUri(trimmed)) {
        target.backend = Backend::Sqlite;
        target.sqlitePath = trimmed;
        return target;
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Outcome::usage(Text::tr("not a valid PostgreSQL URI (expected postgresql://user@host:port/database)"));
    target.backend = Backend::Postgres;
    target.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    target.port = url.port(5432);
    target.user = url.userName(QUrl::FullyDecoded);
    target.password = url.password(QUrl::FullyDecoded);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    target.database = path;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            target.password = value;
        else if (key == QLatin1String("user"))
            target.user = value;
        else if (key == QLatin1String("host"))
            target.host = value;
        else if (key == QLatin1String("port"))
            target.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            target.database = value;
        else
            target.options.insert(key, value);
    }
    if (target.database.isEmpty())
        target.database = target.user.isEmpty() ? QStringLiteral("postgres") : target.user;
    return target;
}

static QString uriWithPassword(const ConnectionTarget& target, const QString& password)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(target.host);
    if (target.port != 5432)
        url.setPort(target.port);
    if (!target.user.isEmpty())
        url.setUserName(target.user);
    if (!password.isEmpty())
        url.setPassword(password);
    url.setPath(QLatin1Char('/') + target.database);
    if (!target.options.isEmpty()) {
        QUrlQuery query;
        for (auto it = target.options.cbegin(); it != target.options.cend(); ++it)
            query.addQueryItem(it.key(), it.value());
        url.setQuery(query);
    }
    return url.toString();
}

QString ConnectionTarget::displayName() const
{
    if (backend == Backend::Sqlite)
        return sqlitePath;
    return uriWithPassword(*this, password.isEmpty() ? QString() : kMask);
}

QString ConnectionTarget::persistentForm() const
{
    if (backend == Backend::Sqlite)
        return sqlitePath;
    return uriWithPassword(*this, QString());
}

QString ConnectionTarget::redact(QString text) const
{
    if (!password.isEmpty()) {
        text.replace(password, kMask);
        const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(password));
        if (encoded != password)
            text.replace(encoded, kMask);
    }
    return text;
}

QString backendName(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

} // namespace steward
