// Targets are SQLite paths, libpq URIs (postgresql://user@host:port/db?sslmode=...) or libpq
// keyword strings (host=db user=ana dbname=mlops).
#include "ConnectionTarget.h"

#include "models/db/ConnectionSecrets.h"

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

// The connection parameters libpq 15 knows (PQconndefaults), by name.
const QStringList& libpqParameters()
{
    static const QStringList names{
        QStringLiteral("host"),
        QStringLiteral("hostaddr"),
        QStringLiteral("port"),
        QStringLiteral("dbname"),
        QStringLiteral("user"),
        QStringLiteral("password"),
        QStringLiteral("passfile"),
        QStringLiteral("channel_binding"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("client_encoding"),
        QStringLiteral("options"),
        QStringLiteral("application_name"),
        QStringLiteral("fallback_application_name"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"),
        QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"),
        QStringLiteral("replication"),
        QStringLiteral("gssencmode"),
        QStringLiteral("sslmode"),
        QStringLiteral("requiressl"),
        QStringLiteral("sslcompression"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslpassword"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslcrldir"),
        QStringLiteral("sslsni"),
        QStringLiteral("requirepeer"),
        QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("ssl_max_protocol_version"),
        QStringLiteral("krbsrvname"),
        QStringLiteral("gsslib"),
        QStringLiteral("service"),
        QStringLiteral("target_session_attrs"),
    };
    return names;
}

// The leading "name =" of a keyword string, or nothing.
QString leadingParameter(const QString& text)
{
    qsizetype end = 0;
    while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_')))
        ++end;
    qsizetype eq = end;
    while (eq < text.size() && text.at(eq).isSpace())
        ++eq;
    if (end == 0 || eq >= text.size() || text.at(eq) != QLatin1Char('='))
        return {};
    return text.left(end);
}

// libpq's conninfo syntax: name = value pairs separated by blanks; a value is a word or a
// single-quoted string, and a backslash takes the next character as it is.
Result<QList<QPair<QString, QString>>> splitKeywordString(const QString& text)
{
    QList<QPair<QString, QString>> pairs;
    qsizetype i = 0;
    const auto skipBlanks = [&] {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    for (skipBlanks(); i < text.size(); skipBlanks()) {
        const QString name = leadingParameter(text.mid(i));
        if (name.isEmpty())
            return Outcome::usage(
                Text::tr("not a valid connection string (expected name=value pairs such as host=db dbname=mlops)"));
        i = text.indexOf(QLatin1Char('='), i) + 1;
        skipBlanks();
        QString value;
        if (i < text.size() && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            for (; i < text.size(); ++i) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
                    value += text.at(++i);
                } else if (text.at(i) == QLatin1Char('\'')) {
                    closed = true;
                    ++i;
                    break;
                } else {
                    value += text.at(i);
                }
            }
            if (!closed)
                return Outcome::usage(
                    Text::tr("not a valid connection string: a quoted value of %1 is not closed").arg(name));
        } else {
            for (; i < text.size() && !text.at(i).isSpace(); ++i) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size())
                    ++i;
                value += text.at(i);
            }
        }
        pairs.append({name, value});
    }
    return pairs;
}

// "host=db dbname=x": starts with a libpq connection parameter and an equals sign.
bool looksLikeKeywordString(const QString& text)
{
    return libpqParameters().contains(leadingParameter(text.trimmed()));
}

// One libpq parameter, from a URI's query or a keyword string.
void setParameter(ConnectionTarget& target, const QString& name, const QString& value)
{
    if (name == QLatin1String("password"))
        target.password = value;
    else if (name == QLatin1String("user"))
        target.user = value;
    else if (name == QLatin1String("host"))
        target.host = value;
    else if (name == QLatin1String("port"))
        target.port = value.toInt();
    else if (name == QLatin1String("dbname"))
        target.database = value;
    else
        target.options.insert(name, value);
}

// libpq's default: the database named like the user.
ConnectionTarget withDefaultDatabase(ConnectionTarget target)
{
    if (target.database.isEmpty())
        target.database = target.user.isEmpty() ? QStringLiteral("postgres") : target.user;
    return target;
}
} // namespace

bool isSecretParameter(const QString& name)
{
    return name == QLatin1String("password") || name == QLatin1String("sslpassword");
}

bool hasInlineSecret(const ConnectionTarget& target)
{
    if (target.backend != Backend::Postgres)
        return false;
    if (!target.password.isEmpty())
        return true;
    for (auto it = target.options.cbegin(); it != target.options.cend(); ++it) {
        if (isSecretParameter(it.key()) && !it.value().isEmpty())
            return true;
    }
    return false;
}

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

    if (looksLikeKeywordString(trimmed)) {
        auto pairs = splitKeywordString(trimmed);
        if (!pairs)
            return pairs.failure();
        target.backend = Backend::Postgres;
        target.host = QStringLiteral("localhost");
        for (const auto& [name, value] : *pairs) {
            if (!libpqParameters().contains(name))
                return Outcome::usage(Text::tr("unknown connection parameter %1").arg(name));
            setParameter(target, name, value);
        }
        return withDefaultDatabase(target);
    }

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
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        setParameter(target, key, value);
    return withDefaultDatabase(target);
}

// The target as a URI; secrets are replaced by `mask`, or left out when it is empty.
static QString uriWithPassword(const ConnectionTarget& target, const QString& mask)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(target.host);
    if (target.port != 5432)
        url.setPort(target.port);
    if (!target.user.isEmpty())
        url.setUserName(target.user);
    if (!target.password.isEmpty() && !mask.isEmpty())
        url.setPassword(mask);
    url.setPath(QLatin1Char('/') + target.database);
    if (!target.options.isEmpty()) {
        QUrlQuery query;
        for (auto it = target.options.cbegin(); it != target.options.cend(); ++it) {
            if (!isSecretParameter(it.key()))
                query.addQueryItem(it.key(), it.value());
            else if (!mask.isEmpty())
                query.addQueryItem(it.key(), mask);
        }
        if (!query.isEmpty())
            url.setQuery(query);
    }
    return url.toString();
}

QString ConnectionTarget::displayName() const
{
    if (backend == Backend::Sqlite)
        return sqlitePath;
    return uriWithPassword(*this, kMask);
}

QString ConnectionTarget::persistentForm() const
{
    if (backend == Backend::Sqlite)
        return sqlitePath;
    return uriWithPassword(*this, QString());
}

QString ConnectionTarget::redact(QString text) const
{
    QStringList secrets{password};
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (isSecretParameter(it.key()))
            secrets << it.value();
    }
    for (const QString& secret : std::as_const(secrets)) {
        if (secret.isEmpty())
            continue;
        text.replace(secret, kMask);
        const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, kMask);
    }
    return text;
}

QString backendName(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

} // namespace steward
