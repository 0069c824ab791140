#pragma once

#include "TestSupport.h"
#include "models/workflow/Role.h"

#include <QList>
#include <QPair>
#include <memory>

namespace steward::test {

// A demo database of its own on the test server, written and initialised by the superuser (so
// the server enforces Steward's roles), whose people log in as themselves with the roles the
// superuser, as admin, granted them.
class PgPeople
{
public:
    // False, with error() saying why, when the database or a login cannot be made.
    bool prepare(const QList<QPair<QString, Role>>& people, const QMap<QString, QStringList>& clients = {});
    const QString& error() const { return m_error; }
    Database& admin() { return *m_admin; }
    TemporaryPostgresDatabase& server() { return *m_pg; }
    std::unique_ptr<Database> as(const QString& login);
    // One value for everything a decision can change: the states of suggestions, violations and
    // rollback requests, the audit trail and its head, roles (table and membership), settings and
    // the server's workflow table. Equal before and after: nothing was changed.
    QString fingerprint();
    // The first id of `sql` (one column), skipping `skip` rows.
    QString firstId(const QString& sql, int skip = 0);

private:
    std::unique_ptr<TemporaryPostgresDatabase> m_pg;
    std::unique_ptr<Database> m_admin;
    QString m_error;
};

} // namespace steward::test
