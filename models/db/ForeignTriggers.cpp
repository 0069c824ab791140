#include "ForeignTriggers.h"

#include "models/db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ForeignTriggers)
};
} // namespace

QStringList ForeignTriggers::stewardTriggers()
{
    // Read from the scripts themselves, so that a migration adding a trigger needs no list kept here.
    static const QStringList names = [] {
        static const QRegularExpression create(
            QStringLiteral("CREATE\\s+TRIGGER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"),
            QRegularExpression::CaseInsensitiveOption);
        QStringList found;
        const QDir scripts(QStringLiteral(":/sql/app/sqlite"));
        for (const QString& script : scripts.entryList(QDir::Files, QDir::Name)) {
            QFile file(scripts.filePath(script));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString sql = QString::fromUtf8(file.readAll());
            for (auto it = create.globalMatch(sql); it.hasNext();)
                found << it.next().captured(1);
        }
        return found;
    }();
    return names;
}

Result<QList<ForeignTriggers::Trigger>> ForeignTriggers::list(Database& database)
{
    if (!database.isSqlite())
        return QList<Trigger>();
    QSqlQuery q = database.query();
    if (!q.exec(QStringLiteral("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")))
        return database.failure(q.lastError(), Text::tr("listing the file's triggers"));
    const QStringList own = stewardTriggers();
    QList<Trigger> foreign;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!own.contains(name))
            foreign << Trigger{name, q.value(1).toString()};
    }
    return foreign;
}

QString ForeignTriggers::describe(const QList<Trigger>& triggers)
{
    QStringList parts;
    for (const Trigger& trigger : triggers)
        parts << Text::tr("%1 (on %2)").arg(trigger.name, trigger.table);
    return parts.join(QStringLiteral(", "));
}

} // namespace steward
