#include "SystemSchemas.h"

#include "models/db/SqlScript.h"

#include <QRegularExpression>

namespace steward {

QString SystemSchemas::contractFile(const QString& profile)
{
    if (profile == QLatin1String("urutiiq"))
        return QStringLiteral("urutiiq_postgres.sql");
    if (profile == QLatin1String("within"))
        return QStringLiteral("within_sqlite.sql");
    if (profile == QLatin1String("krongthai"))
        return QStringLiteral("krongthai_postgres.sql");
    return {};
}

QString SystemSchemas::script(const QString& contractFile, Backend backend)
{
    QString text = SqlScript::load(QStringLiteral("systems/") + contractFile);
    // No contract file has "--" inside a string.
    text.replace(QRegularExpression(QStringLiteral("--[^\\n]*")), QString());
    if (backend == Backend::Sqlite)
        text.replace(QStringLiteral("DEFAULT now()"), QStringLiteral("DEFAULT CURRENT_TIMESTAMP"));
    else
        text.replace(QRegularExpression(QStringLiteral("\\bDATETIME\\b")), QStringLiteral("timestamptz"));
    return text;
}

} // namespace steward
