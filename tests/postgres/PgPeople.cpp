#include "PgPeople.h"

#include "models/demo/DemoGenerator.h"
#include "models/workflow/RoleRepository.h"

#include <QSqlQuery>

namespace steward::test {

bool PgPeople::prepare(const QList<QPair<QString, Role>>& people, const QMap<QString, QStringList>& clients)
{
    m_pg = std::make_unique<TemporaryPostgresDatabase>();
    if (!m_pg->isValid()) {
        m_error = m_pg->error();
        return false;
    }
    auto admin = Database::open(m_pg->target());
    if (!admin) {
        m_error = admin.failure().message();
        return false;
    }
    m_admin = admin.take();
    DemoOptions options;
    options.seed = 11;
    options.anchor = QDate(2026, 11, 20);
    if (auto written = DemoGenerator::writeInto(*m_admin, options); !written) {
        m_error = written.failure().message();
        return false;
    }
    for (const auto& [login, role] : people) {
        if (!m_pg->createLogin(login)) {
            m_error = m_pg->error();
            return false;
        }
        if (Outcome granted = RoleRepository(*m_admin).grant(login, role, clients.value(login)); !granted) {
            m_error = granted.message();
            return false;
        }
    }
    return true;
}

std::unique_ptr<Database> PgPeople::as(const QString& login)
{
    auto db = Database::open(m_pg->target(login));
    return db ? db.take() : nullptr;
}

QString PgPeople::firstId(const QString& sql, int skip)
{
    auto rows = m_admin->select(sql + QStringLiteral(" LIMIT 1 OFFSET %1").arg(skip), QStringLiteral("test"));
    if (!rows)
        return {};
    QSqlQuery q = rows.take();
    return q.next() ? q.value(0).toString() : QString();
}

QString PgPeople::fingerprint()
{
    auto rows = m_admin->select(
        QStringLiteral(
            "SELECT md5(concat_ws('|', "
            "(SELECT string_agg(suggestion_id || status, ',' ORDER BY suggestion_id) FROM llm_suggestions), "
            "(SELECT string_agg(violation_id || status || coalesce(resolved_by, ''), ',' ORDER BY violation_id) "
            " FROM governance_violations), "
            "(SELECT string_agg(request_id || status || coalesce(decided_by, ''), ',' ORDER BY request_id) "
            " FROM steward.rollback_requests), "
            "(SELECT seq || hash FROM steward.audit_head), (SELECT count(*) FROM steward.audit_log), "
            "(SELECT string_agg(user_name || role, ',' ORDER BY user_name) FROM steward.roles), "
            "(SELECT string_agg(key || value, ',' ORDER BY key) FROM steward.settings), "
            "(SELECT string_agg(login || client_id, ',' ORDER BY login, client_id) FROM steward.role_scopes), "
            "(SELECT string_agg(m.roleid::regrole::text || '>' || m.member::regrole::text, ',' "
            " ORDER BY m.roleid, m.member) FROM pg_auth_members m "
            " WHERE m.member::regrole::text IN (SELECT user_name FROM steward.roles)), "
            "(SELECT string_agg(action || min_role || from_states::text, ',' ORDER BY action) "
            " FROM steward.workflow_steps)))"),
        QStringLiteral("fingerprint"));
    if (!rows)
        return rows.failure().message();
    QSqlQuery q = rows.take();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace steward::test
