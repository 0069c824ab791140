#include "SqlScript.h"

#include "models/db/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

static void initSqlResources()
{
    Q_INIT_RESOURCE(sql);
}

namespace steward {

QString SqlScript::load(const QString& resourcePath)
{
    initSqlResources();
    QFile file(QStringLiteral(":/sql/") + resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList SqlScript::split(const QString& script)
{
    QStringList statements;
    QString current;
    bool inDollarBody = false;
    bool inTriggerBody = false;
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (current.trimmed().isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarBody = !inDollarBody;
        if (triggerStart.match(current).hasMatch() && trimmed.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0)
            inTriggerBody = true;
        if (inTriggerBody && trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0)
            inTriggerBody = false;
        else if (inDollarBody || inTriggerBody || !trimmed.endsWith(QLatin1Char(';')))
            continue;
        statements << current.trimmed();
        current.clear();
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Outcome SqlScript::run(Database& database, const QString& resourcePath)
{
    const QString script = load(resourcePath);
    if (script.isEmpty())
        return Outcome::failed(
            QCoreApplication::translate("SqlScript", "missing built-in script %1").arg(resourcePath));
    for (const QString& statement : split(script)) {
        if (Outcome done = database.exec(statement); !done)
            return done;
    }
    return Outcome::ok();
}

} // namespace steward
