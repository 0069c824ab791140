// Qt's string hashing leaves the vector registers' upper halves dirty, which slows every SSE
// instruction SQLite runs after it. The connection's progress handler clears them while a
// statement works, with or without a time budget.
#include "TestSupport.h"
#include "models/core/VectorState.h"
#include "models/db/Database.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#define STEWARD_CAN_SEE_VECTOR_STATE 1
#endif

using namespace steward;

namespace {
#ifdef STEWARD_CAN_SEE_VECTOR_STATE
// XGETBV(1) reports which register states are in use; bit 2 is the upper halves of YMM0-15.
bool processorReportsUse()
{
    if (!__builtin_cpu_supports("avx"))
        return false;
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    return __get_cpuid_count(0xD, 1, &eax, &ebx, &ecx, &edx) && (eax & 4u);
}

bool upperHalvesInUse()
{
    unsigned eax = 0, edx = 0;
    asm volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(1));
    return eax & 4u;
}

// Not compiled for AVX, or the compiler would clear the registers on the way out.
void dirtyUpperHalves()
{
    asm volatile("vpcmpeqd %%ymm15, %%ymm15, %%ymm15" ::: "xmm15");
}
#else
bool processorReportsUse()
{
    return false;
}
bool upperHalvesInUse()
{
    return false;
}
void dirtyUpperHalves() {}
#endif

void reportUse(sqlite3_context* context, int, sqlite3_value**)
{
    sqlite3_result_int(context, upperHalvesInUse() ? 1 : 0);
}
} // namespace

class VectorStateTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!processorReportsUse())
            QSKIP("this processor does not report its vector register state (XGETBV 1)");
    }

    void clearingCleansThem()
    {
        clearUpperVectorState();
        QVERIFY(!upperHalvesInUse());
        dirtyUpperHalves();
        QVERIFY(upperHalvesInUse());
        clearUpperVectorState();
        QVERIFY(!upperHalvesInUse());
    }

    // The cause, on processors with the AES vector instructions Qt hashes strings with.
    void hashingAStringIsCleanedUpAfter()
    {
        clearUpperVectorState();
        const size_t hash = qHash(QStringLiteral("steward_violation_assignments"), 7);
        QVERIFY(hash != 0);
        if (!upperHalvesInUse())
            QSKIP("Qt hashes strings without 256-bit registers on this processor");
        clearUpperVectorState();
        QVERIFY(!upperHalvesInUse());
    }

    // Without a time budget too: the handler runs for every statement, and a long one works
    // with clean registers after its first few thousand steps.
    void aStatementRunsWithCleanRegisters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vector.sqlite"));
        QFile empty(path); // an empty file is an empty database
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        auto db = test::openSqlite(path);
        QVERIFY(db);
        db->setTimeBudgetMs(0);
        QVERIFY(sqlite3_create_function_v2(db->sqliteHandle(), "upper_in_use", 0, SQLITE_UTF8, nullptr, &reportUse,
                                           nullptr, nullptr, nullptr) == SQLITE_OK);
        const QString sql = QStringLiteral("SELECT max(i), upper_in_use() FROM (WITH RECURSIVE n(i) AS "
                                           "(SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 50000) SELECT i FROM n)");
        dirtyUpperHalves();
        auto rows = db->select(sql, QStringLiteral("counting"));
        QVERIFY(rows);
        QVERIFY(rows->next());
        QCOMPARE(rows->value(0).toInt(), 50000);
        QCOMPARE(rows->value(1).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(VectorStateTest)
#include "tst_vector_state.moc"
