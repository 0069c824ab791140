#pragma once

#include "models/core/Outcome.h"

#include <QMap>
#include <QString>

namespace steward {

enum class Backend { Sqlite, Postgres };

// Where to connect: a SQLite file, or a PostgreSQL server given by fields or a libpq URI
// (postgresql://user:password@host:port/db?sslmode=...). The password is held in memory
// only; every text meant for people or settings masks it.
struct ConnectionTarget
{
    Backend backend = Backend::Sqlite;
    QString sqlitePath;

    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QMap<QString, QString> options; // libpq parameters such as sslmode, connect_timeout

    bool readOnly = false;

    static Result<ConnectionTarget> parse(const QString& text);
    static bool looksLikePostgresUri(const QString& text);

    // The target as a person reads it: a path, or a URI whose password is masked.
    QString displayName() const;
    // A URI (or path) safe to store in settings and recent lists: never the password.
    QString persistentForm() const;
    // The password, wherever it appears in text (error messages from drivers), masked.
    QString redact(QString text) const;
};

QString backendName(Backend backend);

} // namespace steward
