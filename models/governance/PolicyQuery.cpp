#include "PolicyQuery.h"

#include "models/db/Database.h"
#include "models/governance/ViolationTerms.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyQuery)
};

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("none");
    case QJsonValue::Bool:
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    default:
        return jsonToCompactText(value);
    }
}

bool isScalarArray(const QJsonArray& array)
{
    for (const QJsonValue& item : array) {
        if (item.isArray() || item.isObject())
            return false;
    }
    return true;
}

void addLines(QStringList& lines, const QJsonValue& value, const QString& indent)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString key = it.key();
            QString suffix;
            // "window_days": 28 reads as "Window: 28 days".
            if (key.endsWith(QLatin1String("_days")) && it.value().isDouble()) {
                key.chop(5);
                suffix = Text::tr(" days");
            }
            const QJsonValue item = it.value();
            if (item.isObject() || (item.isArray() && !isScalarArray(item.toArray()))) {
                lines << indent + PolicyQuery::readableKey(key) + QLatin1Char(':');
                addLines(lines, item, indent + QStringLiteral("    "));
            } else if (item.isArray()) {
                QStringList parts;
                for (const QJsonValue& part : item.toArray())
                    parts << scalarText(part);
                lines << Text::tr("%1%2: %3")
                             .arg(indent, PolicyQuery::readableKey(key), parts.join(QStringLiteral(", ")));
            } else {
                lines << Text::tr("%1%2: %3%4").arg(indent, PolicyQuery::readableKey(key), scalarText(item), suffix);
            }
        }
        return;
    }
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            if (item.isObject() || item.isArray()) {
                lines << indent + QStringLiteral("•");
                addLines(lines, item, indent + QStringLiteral("    "));
            } else {
                lines << indent + QStringLiteral("• ") + scalarText(item);
            }
        }
        return;
    }
    lines << indent + scalarText(value);
}

Policy policyFrom(const QSqlQuery& q)
{
    Policy policy;
    policy.policyId = q.value(0).toString();
    policy.name = q.value(1).toString();
    policy.type = q.value(2).toString();
    policy.status = q.value(3).toString();
    policy.description = q.value(4).toString();
    policy.rules = JsonCell::fromRaw(q.value(5));
    policy.thresholds = JsonCell::fromRaw(q.value(6));
    return policy;
}

QString policyColumns(const SqlDialect& dialect)
{
    return QStringLiteral("%1, p.policy_name, p.policy_type, p.status, p.description, %2, %3")
        .arg(dialect.asText(QStringLiteral("p.policy_id")), dialect.jsonAsText(QStringLiteral("p.rules")),
             dialect.jsonAsText(QStringLiteral("p.thresholds")));
}

Outcome addCounts(Database& database, Policy& policy)
{
    QSqlQuery q = database.query();
    q.prepare(database.dialect().withSources(
        QStringLiteral("SELECT status, count(*) FROM governance_violations WHERE %1 = ? GROUP BY status")
            .arg(database.dialect().asText(QStringLiteral("policy_id")))));
    q.addBindValue(policy.policyId);
    if (Outcome ran = database.run(q, Text::tr("counting the violations of %1").arg(policy.name)); !ran)
        return ran;
    while (q.next())
        policy.violationsByStatus.insert(q.value(0).toString(), q.value(1).toLongLong());
    return Outcome::ok();
}
} // namespace

qint64 Policy::violationCount() const
{
    qint64 total = 0;
    for (qint64 count : violationsByStatus)
        total += count;
    return total;
}

qint64 Policy::openViolationCount() const
{
    qint64 open = 0;
    for (auto it = violationsByStatus.cbegin(); it != violationsByStatus.cend(); ++it) {
        if (!ViolationTerms::isClosed(it.key()))
            open += it.value();
    }
    return open;
}

PagedQuery PolicyQuery::list(const SqlDialect& dialect)
{
    using Column = PagedQuery::Column;
    PagedQuery query;
    query.columns = {
        Column{QStringLiteral("policy_name"), QStringLiteral("p.policy_name"), LogicalType::Text, false},
        Column{QStringLiteral("policy_type"), QStringLiteral("p.policy_type"), LogicalType::Text, false},
        Column{QStringLiteral("status"), QStringLiteral("p.status"), LogicalType::Text, false},
        Column{QStringLiteral("violations"), QStringLiteral("coalesce(c.total, 0)"), LogicalType::Integer, false},
        Column{QStringLiteral("open_violations"), QStringLiteral("coalesce(c.still_open, 0)"), LogicalType::Integer,
               false},
        Column{QStringLiteral("policy_id"), dialect.asText(QStringLiteral("p.policy_id")), LogicalType::Uuid, false},
    };
    // One pass over the violations per page instead of a count per policy.
    query.from = QStringLiteral("governance_policies p LEFT JOIN (SELECT policy_id, count(*) AS total, "
                                "sum(CASE WHEN status IN %1 THEN 0 ELSE 1 END) AS still_open "
                                "FROM governance_violations GROUP BY policy_id) c ON c.policy_id = p.policy_id")
                     .arg(ViolationTerms::closedStatusSql());
    query.from = dialect.withSources(query.from);
    query.key = QStringLiteral("p.id");
    query.orderBy = QStringLiteral("p.policy_name, p.id");
    return query;
}

Result<QList<Policy>> PolicyQuery::fetchAll(Database& database)
{
    auto qResult =
        database.select(database.dialect().withSources(
                            QStringLiteral("SELECT %1 FROM governance_policies p ORDER BY p.policy_name, p.id")
                                .arg(policyColumns(database.dialect()))),
                        Text::tr("reading policies"));
    if (!qResult)
        return qResult.failure();
    QSqlQuery q = qResult.take();
    QList<Policy> policies;
    while (q.next())
        policies << policyFrom(q);
    q.finish();
    auto countsResult = database.select(
        database.dialect().withSources(
            QStringLiteral("SELECT %1, status, count(*) FROM governance_violations GROUP BY policy_id, status")
                .arg(database.dialect().asText(QStringLiteral("policy_id")))),
        Text::tr("counting violations per policy"));
    if (!countsResult)
        return countsResult.failure();
    QSqlQuery counts = countsResult.take();
    QHash<QString, int> byId;
    for (int i = 0; i < policies.size(); ++i)
        byId.insert(policies.at(i).policyId, i);
    while (counts.next()) {
        const auto it = byId.constFind(counts.value(0).toString());
        if (it != byId.constEnd())
            policies[*it].violationsByStatus.insert(counts.value(1).toString(), counts.value(2).toLongLong());
    }
    return policies;
}

Result<Policy> PolicyQuery::find(Database& database, const QString& idOrName)
{
    const SqlDialect& dialect = database.dialect();
    const QString text = idOrName.trimmed();
    QSqlQuery q = database.query();
    if (!QUuid::fromString(text).isNull()) {
        q.prepare(dialect.withSources(QStringLiteral("SELECT %1 FROM governance_policies p WHERE %2 = ?")
                                          .arg(policyColumns(dialect), dialect.asText(QStringLiteral("p.policy_id")))));
        q.addBindValue(text.toLower());
    } else {
        // An id prefix needs at least six characters; shorter text only matches a name.
        const bool prefix = text.size() >= 6;
        QString sql = dialect.withSources(
            QStringLiteral("SELECT %1 FROM governance_policies p WHERE p.policy_name = ?").arg(policyColumns(dialect)));
        if (prefix)
            sql += QStringLiteral(" OR %1 LIKE ? ESCAPE '\\'").arg(dialect.asText(QStringLiteral("p.policy_id")));
        sql += QStringLiteral(" ORDER BY CASE WHEN p.policy_name = ? THEN 0 ELSE 1 END LIMIT 2");
        q.prepare(sql);
        q.addBindValue(text);
        if (prefix)
            q.addBindValue(SqlDialect::likePattern(text.toLower()).mid(1));
        q.addBindValue(text);
    }
    if (Outcome ran = database.run(q, Text::tr("reading policy %1").arg(text)); !ran)
        return ran;
    if (!q.next())
        return Outcome::notFound(Text::tr("no policy with id or name %1").arg(text));
    Policy policy = policyFrom(q);
    if (policy.name != text && q.next())
        return Outcome::usage(Text::tr("%1 is the start of more than one policy id; give more of it").arg(text));
    q.finish();
    if (Outcome counted = addCounts(database, policy); !counted)
        return counted;
    return policy;
}

QStringList PolicyQuery::readableLines(const JsonCell& json)
{
    if (json.isNull)
        return {Text::tr("(none)")};
    if (!json.valid)
        return {Text::tr("⚠ invalid JSON (%1): %2").arg(json.error, json.raw)};
    QStringList lines;
    addLines(lines, json.value, QString());
    if (lines.isEmpty())
        lines << Text::tr("(empty)");
    return lines;
}

QString PolicyQuery::readableKey(const QString& key)
{
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace steward
