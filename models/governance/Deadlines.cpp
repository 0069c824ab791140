#include "Deadlines.h"

#include "models/db/AppSchema.h"
#include "models/db/Database.h"
#include "models/governance/ViolationTerms.h"
#include "models/values/CellValue.h"
#include "models/workflow/ServerRoles.h"
#include "models/workflow/TransitionEngine.h"

#include <QCoreApplication>
#include <QStringList>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Deadlines)
};

const QString kPrefix = QStringLiteral("violations.deadline_days.");
} // namespace

ViolationDeadlines ViolationDeadlines::defaults()
{
    ViolationDeadlines deadlines;
    deadlines.m_days = {{QStringLiteral("critical"), 1},
                        {QStringLiteral("high"), 3},
                        {QStringLiteral("medium"), 7},
                        {QStringLiteral("low"), 30}};
    return deadlines;
}

std::optional<int> ViolationDeadlines::daysFor(const QString& severity) const
{
    const auto it = m_days.constFind(severity);
    if (it == m_days.constEnd())
        return std::nullopt;
    return *it;
}

QDateTime ViolationDeadlines::dueAt(const QString& severity, const QDateTime& detectedAt) const
{
    const auto days = daysFor(severity);
    if (!days || !detectedAt.isValid())
        return {};
    return detectedAt.toUTC().addDays(*days);
}

bool ViolationDeadlines::isOverdue(const QString& severity, const QString& status, const QDateTime& detectedAt,
                                   const QDateTime& now) const
{
    const QDateTime due = dueAt(severity, detectedAt);
    return due.isValid() && !ViolationTerms::isClosed(status) && due < now;
}

QString ViolationDeadlines::daysSql(const QString& severityColumn) const
{
    QStringList cases;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        if (ViolationTerms::isKnownSeverity(it.key()))
            cases << QStringLiteral("WHEN '%1' THEN %2").arg(it.key()).arg(it.value());
    }
    if (cases.isEmpty())
        return QStringLiteral("NULL");
    return QStringLiteral("(CASE %1 %2 END)").arg(severityColumn, cases.join(QLatin1Char(' ')));
}

QString ViolationDeadlines::overdueSql(const SqlDialect& dialect, const QString& detectedColumn,
                                       const QString& severityColumn, const QString& statusColumn) const
{
    return QStringLiteral("(%1 NOT IN %2 AND %3 < %4)")
        .arg(statusColumn, ViolationTerms::closedStatusSql(),
             dialect.plusDaysInstant(detectedColumn, daysSql(severityColumn)), dialect.boundInstant());
}

QString Deadlines::settingKey(const QString& severity)
{
    return kPrefix + severity;
}

Result<ViolationDeadlines> Deadlines::load(Database& database)
{
    ViolationDeadlines deadlines = ViolationDeadlines::defaults();
    auto version = AppSchema::installedVersion(database);
    if (!version)
        return version.failure();
    if (*version == 0)
        return deadlines;
    QSqlQuery q = database.query();
    q.prepare(QStringLiteral("SELECT key, value FROM %1 WHERE key LIKE ?")
                  .arg(database.appTable(QStringLiteral("settings"))));
    q.addBindValue(kPrefix + QLatin1Char('%'));
    if (Outcome done = database.run(q, Text::tr("reading the violation deadlines")); !done)
        return done;
    while (q.next()) {
        const QString severity = q.value(0).toString().mid(kPrefix.size());
        bool ok = false;
        const int days = q.value(1).toString().toInt(&ok);
        // A value someone wrote by hand that is not a sane number of days keeps the default.
        if (ok && ViolationTerms::isKnownSeverity(severity) && days >= ViolationDeadlines::kMinimumDays &&
            days <= ViolationDeadlines::kMaximumDays)
            deadlines.setDays(severity, days);
    }
    return deadlines;
}

Outcome Deadlines::change(Database& database, const QMap<QString, int>& daysBySeverity)
{
    for (auto it = daysBySeverity.cbegin(); it != daysBySeverity.cend(); ++it) {
        if (!ViolationTerms::isKnownSeverity(it.key()))
            return Outcome::usage(Text::tr("%1 is not a severity (critical, high, medium or low)").arg(it.key()));
        if (it.value() < ViolationDeadlines::kMinimumDays || it.value() > ViolationDeadlines::kMaximumDays)
            return Outcome::usage(Text::tr("a deadline is a whole number of days from %1 to %2, not %3")
                                      .arg(ViolationDeadlines::kMinimumDays)
                                      .arg(ViolationDeadlines::kMaximumDays)
                                      .arg(it.value()));
    }
    TransitionEngine engine(database);
    return engine.perform(Action::ChangeDeadlines, [&](TransitionContext& context) -> Outcome {
        auto current = load(database);
        if (!current)
            return current.failure();
        const QString table = database.appTable(QStringLiteral("settings"));
        for (auto it = daysBySeverity.cbegin(); it != daysBySeverity.cend(); ++it) {
            const int before = current->daysFor(it.key()).value_or(0);
            if (before == it.value())
                continue;
            if (context.onServer) {
                if (Outcome done =
                        ServerRoles::changeSetting(database, settingKey(it.key()), QString::number(it.value()));
                    !done)
                    return done;
                continue;
            }
            QSqlQuery upsert = database.query();
            upsert.prepare(QStringLiteral("INSERT INTO %1 (key, value, updated_by, updated_at) VALUES (?, ?, ?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                          "updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                               .arg(table));
            upsert.addBindValue(settingKey(it.key()));
            upsert.addBindValue(QString::number(it.value()));
            upsert.addBindValue(context.actor);
            upsert.addBindValue(timestampText(context.now));
            if (Outcome done = database.run(upsert, Text::tr("saving the %1 deadline").arg(it.key())); !done)
                return done;
            AuditEntry entry;
            entry.action = QStringLiteral("change_setting");
            entry.targetKind = QStringLiteral("setting");
            entry.targetId = settingKey(it.key());
            entry.stateBefore = QString::number(before);
            entry.stateAfter = QString::number(it.value());
            context.extraAudit << entry;
        }
        return Outcome::ok();
    });
}

} // namespace steward
