#include "ServerRoles.h"

#include "models/db/Database.h"
#include "models/db/SqlScript.h"
#include "models/profiles/BuiltInProfiles.h"
#include "models/profiles/Profile.h"
#include "models/workflow/ItemKind.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)
};

const QStringList kScripts{QStringLiteral("1_roles.sql"),  QStringLiteral("2_privileges.sql"),
                           QStringLiteral("3_audit.sql"),  QStringLiteral("4_decisions.sql"),
                           QStringLiteral("5_admin.sql"),  QStringLiteral("6_scopes.sql"),
                           QStringLiteral("7_execute.sql")};

// The workflow table's key for an action, as the server's functions name it.
QString actionKey(Action action)
{
    switch (action) {
    case Action::ApproveSuggestion:
        return QStringLiteral("ApproveSuggestion");
    case Action::RejectSuggestion:
        return QStringLiteral("RejectSuggestion");
    case Action::RequestSuggestionRollback:
        return QStringLiteral("RequestSuggestionRollback");
    case Action::ApproveRollback:
        return QStringLiteral("ApproveRollback");
    case Action::DenyRollback:
        return QStringLiteral("DenyRollback");
    case Action::InvestigateViolation:
        return QStringLiteral("InvestigateViolation");
    case Action::ResolveViolation:
        return QStringLiteral("ResolveViolation");
    case Action::MarkViolationFalsePositive:
        return QStringLiteral("MarkViolationFalsePositive");
    case Action::ReturnViolationToOpen:
        return QStringLiteral("ReturnViolationToOpen");
    case Action::ReopenViolation:
        return QStringLiteral("ReopenViolation");
    case Action::AssignViolation:
        return QStringLiteral("AssignViolation");
    case Action::CommentOnViolation:
        return QStringLiteral("CommentOnViolation");
    case Action::RequestModelRollback:
        return QStringLiteral("RequestModelRollback");
    case Action::ImportModels:
        return QStringLiteral("ImportModels");
    case Action::GrantRole:
        return QStringLiteral("GrantRole");
    case Action::RevokeRole:
        return QStringLiteral("RevokeRole");
    case Action::ChangeDeadlines:
        return QStringLiteral("ChangeDeadlines");
    case Action::ProcessFeedback:
        return QStringLiteral("ProcessFeedback");
    case Action::IgnoreFeedback:
        return QStringLiteral("IgnoreFeedback");
    case Action::RequestDeploymentRollback:
        return QStringLiteral("RequestDeploymentRollback");
    }
    return {};
}

QString arrayLiteral(const QStringList& words)
{
    QStringList quoted;
    for (const QString& word : words)
        quoted << QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QLatin1String("\\\"")) + QLatin1Char('"');
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Outcome writeSteps(Database& database)
{
    if (Outcome cleared = database.exec(QStringLiteral("DELETE FROM steward.workflow_steps")); !cleared)
        return cleared;
    for (const WorkflowStep& step : Workflow::steps()) {
        QSqlQuery insert = database.query();
        insert.prepare(QStringLiteral("INSERT INTO steward.workflow_steps (action, recorded, kind, item_table, "
                                      "id_column, from_states, to_state, min_role, needs_comment) "
                                      "VALUES (?, ?, ?, ?, ?, CAST(? AS text[]), ?, ?, ?)"));
        insert.addBindValue(actionKey(step.action));
        insert.addBindValue(QLatin1String(step.recorded));
        const ItemKind* kind = step.kind;
        insert.addBindValue(kind ? QVariant(kind->name) : QVariant(QMetaType(QMetaType::QString)));
        // Where the pipeline keeps the kind; where this database keeps it is steward.item_bindings,
        // which the server's functions read.
        insert.addBindValue(
            kind && !kind->systemOnly
                ? QVariant((kind->appTable ? QStringLiteral("steward.") : QStringLiteral("public.")) + kind->table)
                : QVariant(QMetaType(QMetaType::QString)));
        insert.addBindValue(kind ? QVariant(kind->idColumn) : QVariant(QMetaType(QMetaType::QString)));
        insert.addBindValue(arrayLiteral(step.from));
        insert.addBindValue(nullable(step.to));
        insert.addBindValue(roleName(minimumRole(step.permission)));
        insert.addBindValue(step.commentRequired);
        if (Outcome done = database.run(insert, Text::tr("writing the workflow table for the server")); !done)
            return done;
    }
    return Outcome::ok();
}

QString jsonText(const QHash<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Where each entity of the profile the database was opened with lives, and Steward's own rollback
// requests, for the server's functions and scopes (steward.item_bindings): only tables the init's
// login can read, named with their schema as the server resolves them now.
Outcome writeBindings(Database& database)
{
    if (Outcome cleared = database.exec(QStringLiteral("DELETE FROM steward.item_bindings")); !cleared)
        return cleared;
    const Profile& profile = database.profile();
    const bool pipeline = profile.name == QLatin1String("pipeline");
    // Each entity with the name the server resolves its table by: those found at opening, and all
    // of the pipeline's, whose tables may come later.
    QList<std::pair<EntityMap, QString>> entities;
    for (const EntityMap& entity : pipeline ? BuiltInProfiles::pipeline().entities : profile.entities)
        entities.append({entity, SqlDialect::quoteIdentifier(entity.table)});
    const ItemKind& requests = ItemKinds::rollbackRequest();
    EntityMap own;
    own.entity = requests.name;
    own.table = requests.table;
    own.fields = {{QStringLiteral("id"), requests.idColumn},
                  {QStringLiteral("state"), requests.stateColumn},
                  {QStringLiteral("scope"), requests.clientColumn}};
    entities.append({own, requests.sqlTable(database)});
    for (const auto& [entity, name] : std::as_const(entities)) {
        if (!entity.has(QStringLiteral("id")))
            continue;
        QSqlQuery insert = database.query();
        // The pipeline's tables are bound before they exist too (in public, where the pipeline
        // creates them), so that init may run before the pipeline's first run.
        insert.prepare(QStringLiteral(
            "INSERT INTO steward.item_bindings (kind, profile, profile_title, item_table, id_column, state_column, "
            "scope_column, states, columns) SELECT ?, ?, ?, CASE WHEN c.oid IS NULL THEN 'public.' || "
            "pg_catalog.quote_ident(?) ELSE pg_catalog.format('%I.%I', n.nspname, c.relname) END, ?, ?, ?, "
            "CAST(? AS jsonb), CAST(? AS jsonb) "
            "FROM (SELECT pg_catalog.to_regclass(?) AS oid) t LEFT JOIN pg_catalog.pg_class c ON c.oid = t.oid "
            "LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE CASE WHEN c.oid IS NULL THEN ? ELSE pg_catalog.has_table_privilege(c.oid, 'SELECT') END"));
        insert.addBindValue(entity.entity);
        insert.addBindValue(profile.name);
        insert.addBindValue(profile.title);
        insert.addBindValue(entity.table);
        insert.addBindValue(entity.column(QStringLiteral("id")));
        insert.addBindValue(nullable(entity.column(QStringLiteral("state"))));
        insert.addBindValue(nullable(entity.column(QStringLiteral("scope"))));
        insert.addBindValue(jsonText(entity.states));
        insert.addBindValue(jsonText(entity.fields));
        insert.addBindValue(name);
        insert.addBindValue(pipeline && entity.entity != requests.name);
        if (Outcome done =
                database.run(insert, Text::tr("writing where %1 keeps %2").arg(profile.title, entity.entity));
            !done)
            return done;
    }
    return Outcome::ok();
}

// Runs one call of a server function inside the caller's transaction; refusals come back as their outcomes. The
// savepoint leaves the caller's transaction usable after a refusal, so that it ends by rolling back quietly.
Result<QVariant> call(Database& database, const QString& sql, const QVariantList& binds, const QString& context)
{
    if (Outcome saved = database.exec(QStringLiteral("SAVEPOINT steward_call")); !saved)
        return saved;
    QSqlQuery q = database.query();
    q.prepare(sql);
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        // The refusal is what the caller needs; a failed rollback shows at its next statement.
        static_cast<void>(database.exec(QStringLiteral("ROLLBACK TO SAVEPOINT steward_call")));
        return ServerRoles::refusal(database, error, context);
    }
    const QVariant value = q.next() ? q.value(0) : QVariant();
    q.finish();
    if (Outcome released = database.exec(QStringLiteral("RELEASE SAVEPOINT steward_call")); !released)
        return released;
    return value;
}

Outcome done(const Result<QVariant>& result)
{
    return result ? Outcome::ok() : result.failure();
}
} // namespace

Outcome ServerRoles::refusal(Database& database, const QSqlError& error, const QString& context)
{
    const QString code = error.nativeErrorCode();
    QString why = error.databaseText().trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (why.startsWith(QLatin1String("ERROR:")))
        why = why.mid(6).trimmed();
    if (code == QLatin1String("42501"))
        return Outcome::forbidden(why);
    if (code == QLatin1String("SW400"))
        return Outcome::usage(why);
    if (code == QLatin1String("SW404"))
        return Outcome::notFound(why);
    if (code == QLatin1String("SW409"))
        return Outcome::conflict(why);
    return database.failure(error, context);
}

Result<bool> ServerRoles::active(Database& database)
{
    if (database.isSqlite())
        return false;
    auto installed = database.hasRow({QStringLiteral("SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace "
                                                     "n ON n.oid = p.pronamespace WHERE n.nspname = 'steward' AND "
                                                     "p.proname = 'decide'"),
                                      {}},
                                     Text::tr("looking for Steward's server functions"));
    if (!installed || !*installed || database.profile().name == QLatin1String("pipeline"))
        return installed;
    // Another system's tables (a UrutiIQ violation) are decided by the server once init bound
    // them to this profile; before that, by the client path, which their own privileges bound.
    auto readable = database.hasRow(
        {QStringLiteral("SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE n.nspname = 'steward' AND c.relname = 'item_bindings' "
                        "AND pg_catalog.has_table_privilege(c.oid, 'SELECT')"),
         {}},
        Text::tr("looking for Steward's server functions"));
    if (!readable || !*readable)
        return readable;
    return database.hasRow(
        {QStringLiteral("SELECT 1 FROM steward.item_bindings WHERE profile = ?"), {database.profile().name}},
        Text::tr("looking for Steward's server functions"));
}

Result<bool> ServerRoles::canInstall(Database& database)
{
    if (database.isSqlite())
        return false;
    // Creating the group roles and granting them takes CREATEROLE (PostgreSQL 15).
    return database.hasRow({QStringLiteral("SELECT 1 FROM pg_catalog.pg_namespace n, pg_catalog.pg_roles r "
                                           "WHERE n.nspname = 'steward' AND r.rolname = current_user AND "
                                           "(r.rolsuper OR (r.rolcreaterole AND "
                                           "pg_catalog.pg_has_role(n.nspowner, 'USAGE')))"),
                            {}},
                           Text::tr("checking who owns Steward's tables"));
}

Outcome ServerRoles::install(Database& database)
{
    // Running again meets what the first run created; the server need not say so.
    if (Outcome quiet = database.exec(QStringLiteral("SET LOCAL client_min_messages = warning")); !quiet)
        return quiet;
    for (const QString& script : kScripts) {
        if (Outcome ran = SqlScript::run(database, QStringLiteral("app/postgres/server/") + script); !ran)
            return ran;
        // The tables the later scripts' functions and scopes read are written once they exist.
        if (script == kScripts.first()) {
            if (Outcome written = writeSteps(database); !written)
                return written;
            if (Outcome bound = writeBindings(database); !bound)
                return bound;
        }
    }
    // Grants recorded before the server enforced them (by the client-checked set-up, or by an
    // owner who could not create roles) become memberships, whoever init made admin included, so
    // that nobody loses a role when the server takes over; a superuser holds every role already.
    return database.exec(QStringLiteral(
        "DO $$ DECLARE g record; BEGIN FOR g IN SELECT r.user_name, r.role FROM steward.roles r "
        "JOIN pg_catalog.pg_roles l ON l.rolname = r.user_name AND NOT l.rolsuper "
        "WHERE r.role IN ('viewer', 'analyst', 'manager', 'admin') "
        "AND NOT pg_catalog.pg_has_role(l.oid, 'steward_' || r.role, 'MEMBER') LOOP "
        "EXECUTE pg_catalog.format('GRANT %I TO %I', 'steward_' || g.role, g.user_name); END LOOP; END $$"));
}

Result<Role> ServerRoles::roleOf(Database& database, const QString& login)
{
    auto rows = database.select(QStringLiteral("SELECT steward.role_of(?)"), {login},
                                Text::tr("reading the role of %1").arg(login));
    if (!rows)
        return rows.failure();
    QSqlQuery q = rows.take();
    return roleFromName(q.next() ? q.value(0).toString() : QString()).value_or(Role::Viewer);
}

Result<QStringList> ServerRoles::clientsOf(Database& database, const QString& login)
{
    auto rows =
        database.select(QStringLiteral("SELECT client_id FROM steward.role_scopes WHERE login = ? ORDER BY client_id"),
                        {login}, Text::tr("reading the clients of %1").arg(login));
    if (!rows)
        return rows.failure();
    QSqlQuery q = rows.take();
    QStringList clients;
    while (q.next())
        clients << q.value(0).toString();
    return clients;
}

Outcome ServerRoles::decide(Database& database, Action action, const QString& targetId, const QString& expectedState,
                            const QString& comment, const QJsonObject& arguments, qint64* auditSeq)
{
    auto seq = call(database, QStringLiteral("SELECT steward.decide(?, ?, ?, ?, CAST(? AS jsonb))"),
                    {actionKey(action), targetId, expectedState, comment,
                     QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact))},
                    Text::tr("deciding on %1").arg(targetId));
    if (!seq)
        return seq.failure();
    if (auditSeq)
        *auditSeq = seq->toLongLong();
    return Outcome::ok();
}

Outcome ServerRoles::grant(Database& database, const QString& login, Role role, const QStringList& clients)
{
    return done(call(database, QStringLiteral("SELECT steward.grant_role(?, ?, CAST(? AS text[]))"),
                     {login, roleName(role), arrayLiteral(clients)},
                     Text::tr("granting %1 to %2").arg(roleName(role), login)));
}

Outcome ServerRoles::revoke(Database& database, const QString& login, std::optional<Role> expected)
{
    return done(call(database, QStringLiteral("SELECT steward.revoke_role(?, ?)"),
                     {login, expected ? QVariant(roleName(*expected)) : QVariant(QMetaType(QMetaType::QString))},
                     Text::tr("revoking the role of %1").arg(login)));
}

Outcome ServerRoles::changeSetting(Database& database, const QString& key, const QString& value)
{
    return done(call(database, QStringLiteral("SELECT steward.change_setting(?, ?)"), {key, value},
                     Text::tr("saving %1").arg(key)));
}

Result<QString> ServerRoles::requestModelRollback(Database& database, const QString& clientId, const QString& version,
                                                  const QString& reason)
{
    auto id = call(database, QStringLiteral("SELECT steward.request_model_rollback(?, ?, ?)"),
                   {clientId, version, reason}, Text::tr("filing the rollback request"));
    if (!id)
        return id.failure();
    return id->toString();
}

Outcome ServerRoles::recordImport(Database& database, const QString& clientId, const QString& version)
{
    return done(call(database, QStringLiteral("SELECT steward.record_import(?, ?)"), {clientId, version},
                     Text::tr("recording the import of %1").arg(version)));
}

} // namespace steward
