// Rolling a client back to an older model version: an analyst requests, another manager
// approves through the one transition mechanism, and only then the version becomes active;
// the request names the version active when it was made; the two-person rule, roles and
// read-only connections are enforced, and everything is in the audit chain.
#include "RegistryFolders.h"
#include "TestSupport.h"
#include "models/db/SchemaCatalog.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionRollback.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/RollbackRequests.h"
#include "models/workflow/TransitionEngine.h"

#include <QTest>

using namespace steward;
using namespace steward::test;

class RegistryRollbackTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    QString demoCopy(const QTemporaryDir& dir) const { return writableCopy(m_demo, dir); }

    static ActiveVersion active(Database& db, const QString& client)
    {
        auto catalog = SchemaCatalog::load(db);
        ModelRegistry registry(db, *catalog);
        auto found = registry.activeVersion(client);
        if (!found)
            return STEWARD_HELPER_FAILED("%s", qPrintable(found.failure().message()));
        return *found;
    }

    static QStringList versions(Database& db, const QString& client)
    {
        auto catalog = SchemaCatalog::load(db);
        ModelRegistry registry(db, *catalog);
        const auto found = registry.versions(client);
        QStringList ids;
        for (const ModelVersion& v : *found)
            ids << v.version;
        return ids;
    }

private slots:
    void initTestCase() { m_demo = makeDemo(m_dir); }

    void requestThenApprovalActivatesTheVersion()
    {
        QTemporaryDir dir;
        const QString path = demoCopy(dir);
        auto alice = openSqlite(path, QStringLiteral("alice"));
        auto bob = openSqlite(path, QStringLiteral("bob"));
        const QString client = QStringLiteral("saigon_mart");
        const QStringList ids = versions(*alice, client);
        const QString target = ids.at(3);
        QCOMPARE(active(*alice, client).version, ids.first());

        QString requestId;
        STEWARD_VERIFY_OK(RollbackRequests::requestModelRollback(*alice, client, target,
                                                                 QStringLiteral("Bias drifted."), &requestId));
        // Requesting changes nothing yet.
        QCOMPARE(active(*alice, client).version, ids.first());
        QVERIFY(!active(*alice, client).recorded);
        auto request = RollbackRequests::find(*alice, requestId);
        QVERIFY(request);
        QCOMPARE(request->targetKind, RollbackRequests::kModelVersion);
        QCOMPARE(request->targetId, target);
        QCOMPARE(request->status, QStringLiteral("requested"));
        // A second request for the same version waits for the first.
        QCOMPARE(RollbackRequests::requestModelRollback(*alice, client, target, QStringLiteral("again")).code(),
                 OutcomeCode::Conflict);

        // The requester cannot decide; a viewer cannot either; the manager can.
        TransitionEngine aliceEngine(*alice);
        QCOMPARE(aliceEngine.apply(RollbackRequests::approve(requestId)).outcome.code(), OutcomeCode::Forbidden);
        auto dave = openSqlite(path, QStringLiteral("dave"));
        TransitionEngine daveEngine(*dave);
        QCOMPARE(daveEngine.apply(RollbackRequests::approve(requestId)).outcome.code(), OutcomeCode::Forbidden);
        TransitionEngine bobEngine(*bob);
        const DecisionResult approved =
            bobEngine.apply(RollbackRequests::approve(requestId, QStringLiteral("Agreed.")));
        STEWARD_VERIFY_OK(approved.outcome);
        const ActiveVersion now = active(*bob, client);
        QCOMPARE(now.version, target);
        QVERIFY(now.recorded);
        QCOMPARE(now.setBy, QStringLiteral("bob"));
        // Two people never both win: a second approval is a conflict naming who decided.
        auto admin = openSqlite(path, QStringLiteral("admin"));
        TransitionEngine adminEngine(*admin);
        const DecisionResult late = adminEngine.apply(RollbackRequests::approve(requestId));
        QCOMPARE(late.outcome.code(), OutcomeCode::Conflict);
        QVERIFY(late.outcome.message().contains(QStringLiteral("bob")));

        // The audit trail has the request, the approval and the activation.
        AuditChain::Filter filter;
        filter.targetKind = QStringLiteral("active_version");
        auto activation = AuditChain::list(*bob, filter);
        QVERIFY(activation);
        QCOMPARE(activation->size(), 1);
        QCOMPARE(activation->first().stateAfter, target);
        QCOMPARE(activation->first().stateBefore, QString());
        QVERIFY(AuditChain::verify(*bob)->intact);

        // Rolling forward again to the newest is a request like any other.
        STEWARD_VERIFY_OK(
            RollbackRequests::requestModelRollback(*alice, client, ids.first(), QStringLiteral("Fixed."), &requestId));
        QCOMPARE(RollbackRequests::find(*alice, requestId)->fromState, target);
        QCOMPARE(RollbackRequests::requestModelRollback(*alice, client, target, QStringLiteral("x")).code(),
                 OutcomeCode::Conflict);
    }

    void refusals()
    {
        QTemporaryDir dir;
        const QString path = demoCopy(dir);
        const QString client = QStringLiteral("hanoi_fresh");
        auto dave = openSqlite(path, QStringLiteral("dave"));
        const QStringList ids = versions(*dave, client);
        const Outcome viewer = RollbackRequests::requestModelRollback(*dave, client, ids.at(2), QStringLiteral("why"));
        QCOMPARE(viewer.code(), OutcomeCode::Forbidden);
        QVERIFY(viewer.message().contains(QStringLiteral("viewer")));
        auto alice = openSqlite(path, QStringLiteral("alice"));
        QCOMPARE(RollbackRequests::requestModelRollback(*alice, client, ids.at(2), QStringLiteral("  ")).code(),
                 OutcomeCode::Usage);
        QCOMPARE(RollbackRequests::requestModelRollback(*alice, client, QStringLiteral("19990101_000000"),
                                                        QStringLiteral("x"))
                     .code(),
                 OutcomeCode::NotFound);
        {
            // The newest version is active while none has been set: asking for it is a conflict.
            auto catalog = SchemaCatalog::load(*alice);
            ModelRegistry registry(*alice, *catalog);
            const Outcome newest = VersionRollback::request(registry, client, ids.first(), QStringLiteral("x"));
            QCOMPARE(newest.code(), OutcomeCode::Conflict);
            QVERIFY(newest.message().contains(QStringLiteral("already the active version")));
        }
        const QByteArray digest = fileDigest(path);
        {
            auto readOnly = openSqlite(path, QStringLiteral("alice"), true);
            QCOMPARE(RollbackRequests::requestModelRollback(*readOnly, client, ids.at(2), QStringLiteral("x")).code(),
                     OutcomeCode::ReadOnly);
            QCOMPARE(active(*readOnly, client).version, ids.first());
        }
        QCOMPARE(fileDigest(path), digest);
    }
};

QTEST_MAIN(RegistryRollbackTest)
#include "tst_registry_rollback.moc"
