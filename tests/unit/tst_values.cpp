#include "models/values/CellValue.h"
#include "models/values/CsvText.h"
#include "models/values/JsonValue.h"
#include "models/values/LogicalType.h"
#include "models/values/VisibleText.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace steward;

class ValuesTest : public QObject
{
    Q_OBJECT

private slots:
    void jsonValidAndScalar()
    {
        const CellValue object = mapValue(QStringLiteral("{\"wmape\": 0.21, \"bias\": -0.01}"), LogicalType::Json);
        QVERIFY(!object.malformed);
        QCOMPARE(object.json.value.toObject().value(QStringLiteral("wmape")).toDouble(), 0.21);
        QCOMPARE(object.text(), QStringLiteral("{\"bias\":-0.01,\"wmape\":0.21}"));
        const CellValue scalar = mapValue(QStringLiteral("3.5"), LogicalType::Json);
        QVERIFY(!scalar.malformed);
        QCOMPARE(scalar.json.value.toDouble(), 3.5);
        const CellValue text = mapValue(QStringLiteral("\"x\""), LogicalType::Json);
        QCOMPARE(text.json.value.toString(), QStringLiteral("x"));
    }

    void jsonInvalidKeepsRawText()
    {
        const QString raw = QStringLiteral("{\"before\": {\"learning_rate\": 0.05, \"max_de");
        const CellValue cell = mapValue(raw, LogicalType::Json);
        QVERIFY(cell.malformed);
        QVERIFY(!cell.json.valid);
        QCOMPARE(cell.text(), raw);
        QVERIFY(!cell.json.error.isEmpty());
        QCOMPARE(cell.toJson().toString(), raw);
        QVERIFY(mapValue(QStringLiteral("[1, 2] [3]"), LogicalType::Json).malformed);
    }

    void jsonKeyOrderDoesNotMatter()
    {
        // jsonb reorders keys; SQLite text keeps them as written: the app sees the same value.
        const CellValue a = mapValue(QStringLiteral("{\"a\": 1, \"bb\": [1, 2]}"), LogicalType::Json);
        const CellValue b = mapValue(QStringLiteral("{\"bb\":[1,2],\"a\":1}"), LogicalType::Json);
        QCOMPARE(a.json.value, b.json.value);
        QCOMPARE(a.text(), b.text());
    }

    void timestamps_data()
    {
        QTest::addColumn<QVariant>("raw");
        QTest::newRow("iso z") << QVariant(QStringLiteral("2026-03-06T14:30:22Z"));
        QTest::newRow("space offset") << QVariant(QStringLiteral("2026-03-06 21:30:22+07"));
        QTest::newRow("offset minutes") << QVariant(QStringLiteral("2026-03-06T16:30:22+02:00"));
        QTest::newRow("naive is utc") << QVariant(QStringLiteral("2026-03-06 14:30:22"));
        QTest::newRow("qdatetime") << QVariant(QDateTime(QDate(2026, 3, 6), QTime(14, 30, 22), QTimeZone::utc()));
        QTest::newRow("epoch") << QVariant(qlonglong(1772807422));
    }

    void timestamps()
    {
        QFETCH(QVariant, raw);
        const CellValue cell = mapValue(raw, LogicalType::Timestamp);
        QVERIFY(!cell.malformed);
        QCOMPARE(cell.text(), QStringLiteral("2026-03-06T14:30:22Z"));
    }

    void otherTypes()
    {
        QCOMPARE(mapValue(QStringLiteral("6F1C2A00-AAAA-4BBB-8CCC-000000000001"), LogicalType::Uuid).text(),
                 QStringLiteral("6f1c2a00-aaaa-4bbb-8ccc-000000000001"));
        QCOMPARE(mapValue(QStringLiteral("0.0050"), LogicalType::Numeric).text(), QStringLiteral("0.005"));
        QCOMPARE(mapValue(0.005, LogicalType::Numeric).text(), QStringLiteral("0.005"));
        QCOMPARE(mapValue(QStringLiteral("2026-03-06"), LogicalType::Date).text(), QStringLiteral("2026-03-06"));
        QCOMPARE(mapValue(QDate(2026, 3, 6), LogicalType::Date).text(), QStringLiteral("2026-03-06"));
        QCOMPARE(mapValue(QStringLiteral("t"), LogicalType::Boolean).text(), QStringLiteral("true"));
        QCOMPARE(mapValue(1, LogicalType::Boolean).text(), QStringLiteral("true"));
        QVERIFY(mapValue(QStringLiteral("soon"), LogicalType::Date).malformed);
        QVERIFY(mapValue(QVariant(), LogicalType::Json).isNull());
    }

    void declaredTypes()
    {
        QCOMPARE(logicalTypeFromDeclared(QStringLiteral("jsonb")), LogicalType::Json);
        QCOMPARE(logicalTypeFromDeclared(QStringLiteral("timestamp with time zone")), LogicalType::Timestamp);
        QCOMPARE(logicalTypeFromDeclared(QStringLiteral("numeric")), LogicalType::Numeric);
        QCOMPARE(logicalTypeFromDeclared(QStringLiteral("REAL")), LogicalType::Numeric);
        QCOMPARE(logicalTypeFromDeclared(QStringLiteral("bigint")), LogicalType::Integer);
        QCOMPARE(logicalTypeFromDeclared(QStringLiteral("uuid")), LogicalType::Uuid);
        QCOMPARE(logicalTypeFromDeclared(QStringLiteral("TEXT")), LogicalType::Text);
    }

    void secrets()
    {
        QVERIFY(isSecretColumn(QStringLiteral("llm_providers"), QStringLiteral("api_key")));
        QVERIFY(isSecretColumn(QStringLiteral("x"), QStringLiteral("db_password")));
        QVERIFY(isSecretColumn(QStringLiteral("x"), QStringLiteral("apikey")));
        QVERIFY(!isSecretColumn(QStringLiteral("x"), QStringLiteral("max_tokens")));
        QVERIFY(!isSecretColumn(QStringLiteral("x"), QStringLiteral("model_name")));
    }

    void csvCellsCannotRunAsFormulas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("equals") << "=HYPERLINK(\"http://x\")"
                                << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("plus") << "+1+cmd|' /C calc'!A0"
                              << "'+1+cmd|' /C calc'!A0";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("carriage return") << "\r=1"
                                         << "\"'\r=1\"";
        QTest::newRow("negative number") << "-0.5"
                                         << "-0.5";
        QTest::newRow("signed exponent") << "+1e-3"
                                         << "+1e-3";
        QTest::newRow("number with a blank") << "-1 "
                                             << "'-1 ";
        QTest::newRow("plain text") << "a=b"
                                    << "a=b";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("empty") << ""
                               << "";
    }

    void csvCellsCannotRunAsFormulas()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(CsvText::field(text), field);
    }

    void visibleText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("visible");
        QTest::newRow("word") << "ok" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("blanks") << " \t\n\u00a0\u3000" << false;
        QTest::newRow("zero width") << "\u200b\u200c\u200d\u2060\ufeff" << false;
        QTest::newRow("controls") << "\x1b\x07\u0085\u202e" << false;
        QTest::newRow("word among zero widths") << "\u200bx\u200b" << true;
        QTest::newRow("emoji") << QString::fromUtf8("\xf0\x9f\x91\x8d") << true;
    }

    void visibleText()
    {
        QFETCH(QString, text);
        QFETCH(bool, visible);
        QCOMPARE(VisibleText::hasVisible(text), visible);
    }

    void controlCharactersAreEscaped()
    {
        QCOMPARE(VisibleText::escapeControls(QStringLiteral("a\x1b[31mb\u202ec\u0085d\x7f")),
                 QStringLiteral("a\\x1b[31mb\\u202ec\\x85d\\x7f"));
        // Line feeds and tabs lay text out; ordinary text passes unchanged.
        QCOMPARE(VisibleText::escapeControls(QStringLiteral("one\ntwo\tthree é ✓")),
                 QStringLiteral("one\ntwo\tthree é ✓"));
        // Each kind of character alone takes the same way as among others; characters beyond
        // the BMP stay, an unpaired surrogate becomes U+FFFD.
        QCOMPARE(VisibleText::escapeControls(QStringLiteral("\u200f")), QStringLiteral("\\u200f"));
        QCOMPARE(VisibleText::escapeControls(QStringLiteral("\x01")), QStringLiteral("\\x01"));
        QCOMPARE(VisibleText::escapeControls(QStringLiteral("\u009f")), QStringLiteral("\\x9f"));
        QCOMPARE(VisibleText::escapeControls(QStringLiteral("a\U0001F600b")), QStringLiteral("a\U0001F600b"));
        QCOMPARE(VisibleText::escapeControls(QString(QChar(0xD800)) + QStringLiteral("x")),
                 QString(QChar(0xFFFD)) + QStringLiteral("x"));
        QCOMPARE(VisibleText::escapeControls(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(ValuesTest)
#include "tst_values.moc"
