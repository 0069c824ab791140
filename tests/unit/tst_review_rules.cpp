// The review rules that are data, not drawing: which way a metric is better, and how a
// parameter diff reads (added, removed, changed keys, nested values, lists).
#include "TestSupport.h"
#include "models/review/MetricRules.h"
#include "models/review/ParameterDiff.h"
#include "models/values/JsonValue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace steward;

namespace {
QJsonValue json(const char* text)
{
    QJsonValue value;
    QString error;
    if (!parseJson(QString::fromUtf8(text), &value, &error))
        return STEWARD_HELPER_FAILED("bad test JSON %s: %s", text, qPrintable(error));
    return value;
}

QString describe(const ParameterDiff& diff)
{
    QStringList lines;
    for (const ParameterChange& c : diff.changes) {
        const char* kind = c.kind == ParameterChange::Kind::Added     ? "+"
                           : c.kind == ParameterChange::Kind::Removed ? "-"
                           : c.kind == ParameterChange::Kind::Changed ? "~"
                                                                      : "=";
        lines << QStringLiteral("%1 %2 %3 -> %4")
                     .arg(QLatin1String(kind), c.path, parameterValueText(c.before), parameterValueText(c.after));
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class ReviewRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("before");
        QTest::addColumn<double>("after");
        QTest::addColumn<int>("verdict");
        const auto better = static_cast<int>(MetricVerdict::Better);
        const auto worse = static_cast<int>(MetricVerdict::Worse);
        QTest::newRow("wmape down") << "wmape" << 0.20 << 0.18 << better;
        QTest::newRow("wmape up") << "wmape" << 0.18 << 0.20 << worse;
        QTest::newRow("mae down") << "mae" << 12.0 << 11.5 << better;
        QTest::newRow("fnr up") << "fnr" << 0.05 << 0.07 << worse;
        QTest::newRow("bias towards zero from below") << "bias" << -0.06 << -0.02 << better;
        QTest::newRow("bias towards zero across it") << "bias" << -0.06 << 0.03 << better;
        QTest::newRow("bias away from zero, up") << "bias" << 0.02 << 0.05 << worse;
        QTest::newRow("bias away from zero, down") << "bias" << -0.02 << -0.05 << worse;
        QTest::newRow("bias same distance") << "bias" << -0.04 << 0.04 << static_cast<int>(MetricVerdict::Unchanged);
        QTest::newRow("unchanged") << "wmape" << 0.2 << 0.2 << static_cast<int>(MetricVerdict::Unchanged);
        QTest::newRow("unknown metric") << "event_wmape" << 0.3 << 0.1 << static_cast<int>(MetricVerdict::Uncoloured);
        QTest::newRow("not finite") << "wmape" << 0.3 << qInf() << static_cast<int>(MetricVerdict::Uncoloured);
    }

    void verdicts()
    {
        QFETCH(QString, metric);
        QFETCH(double, before);
        QFETCH(double, after);
        QFETCH(int, verdict);
        QCOMPARE(static_cast<int>(MetricRules::judge(metric, before, after)), verdict);
    }

    void compareListsKnownMetricsFirstAndUnknownOnesUncoloured()
    {
        const QList<MetricChange> changes =
            MetricRules::compare(json(R"({"zeta": 1, "mae": 10, "bias": -0.05, "wmape": 0.2, "note": "x"})"),
                                 json(R"({"wmape": 0.18, "bias": 0.02, "mae": "n/a", "zeta": 3, "event_wmape": 0.4})"));
        QStringList keys;
        for (const MetricChange& c : changes)
            keys << c.key;
        QCOMPARE(keys, (QStringList{"wmape", "bias", "mae", "event_wmape", "note", "zeta"}));
        QCOMPARE(changes.at(0).verdict, MetricVerdict::Better);
        QVERIFY(qAbs(*changes.at(0).delta + 0.02) < 1e-12);
        QVERIFY(qAbs(*changes.at(0).relative + 0.1) < 1e-12);
        QCOMPARE(changes.at(1).verdict, MetricVerdict::Better);
        // For bias the relative change is that of the distance from zero: 0.05 -> 0.02 is -60%.
        QVERIFY(qAbs(*changes.at(1).relative + 0.6) < 1e-12);
        QVERIFY(!changes.at(2).delta); // "n/a" is not a number: shown, not judged
        QCOMPARE(changes.at(2).verdict, MetricVerdict::Uncoloured);
        QVERIFY(changes.at(3).before.isUndefined());
        QCOMPARE(changes.at(3).verdict, MetricVerdict::Uncoloured);
        QCOMPARE(changes.at(5).verdict, MetricVerdict::Uncoloured); // zeta: unknown, never coloured
        QVERIFY(changes.at(5).delta);
        QVERIFY(!changes.at(5).known);
        QVERIFY(MetricRules::compare(json("\"oops\""), json("[1,2]")).isEmpty());
    }

    void diffOfNestedBeforeAfter()
    {
        const ParameterDiff diff = ParameterDiff::fromJson(json(R"({
            "before": {"model": {"learning_rate": 0.1, "max_depth": 6, "n_estimators": 300, "min_child_samples": 20}},
            "after":  {"model": {"learning_rate": 0.05, "max_depth": 7, "n_estimators": 600, "min_child_samples": 20,
                                 "early_stopping": true}}})"));
        QCOMPARE(diff.shape, ParameterDiff::Shape::BeforeAfter);
        QCOMPARE(describe(diff), QStringLiteral("~ model.learning_rate 0.1 -> 0.05\n"
                                                "~ model.max_depth 6 -> 7\n"
                                                "= model.min_child_samples 20 -> 20\n"
                                                "~ model.n_estimators 300 -> 600\n"
                                                "+ model.early_stopping  -> true"));
        QCOMPARE(diff.summary(), QStringLiteral("3 changed, 1 added"));
    }

    void diffOfListsSaysWhatCameAndWent()
    {
        const ParameterDiff features = ParameterDiff::fromJson(json(R"({
            "before": {"features": ["lag_7", "lag_14", "dow", "promo_flag"]},
            "after":  {"features": ["lag_7", "lag_14", "promo_flag", "rain_mm"], "feature_params": {"rain_mm": {"fill_value": 0}}}})"));
        QCOMPARE(describe(features), QStringLiteral("- features[] dow -> \n"
                                                    "+ features[]  -> rain_mm\n"
                                                    "+ feature_params  -> {\"rain_mm\":{\"fill_value\":0}}"));
        QCOMPARE(features.summary(), QStringLiteral("2 added, 1 removed"));

        // Same items in a new order is a change of the list; an empty list is replaced whole.
        QCOMPARE(describe(ParameterDiff::compare(json(R"(["a","b"])"), json(R"(["b","a"])"))),
                 QStringLiteral("~  [\"a\",\"b\"] -> [\"b\",\"a\"]"));
        QCOMPARE(
            describe(ParameterDiff::compare(json(R"({"payday_days": []})"), json(R"({"payday_days": [1, 15, 30]})"))),
            QStringLiteral("~ payday_days [] -> [1,15,30]"));
        // Repeated items count: one 7 of two went away.
        QCOMPARE(describe(ParameterDiff::compare(json("[7, 7, 3]"), json("[7, 3]"))), QStringLiteral("- [] 7 -> "));
    }

    void diffOfOtherShapes()
    {
        const ParameterDiff perKey = ParameterDiff::fromJson(json(R"({
            "learning_rate": {"old": 0.1, "new": 0.05},
            "events": {"before": null, "after": {"tier": 2}},
            "dropped": {"from": 3}})"));
        QCOMPARE(perKey.shape, ParameterDiff::Shape::PerKey);
        QCOMPARE(describe(perKey),
                 QStringLiteral("- dropped 3 -> \n~ events null -> {\"tier\":2}\n~ learning_rate 0.1 -> 0.05"));

        const ParameterDiff values = ParameterDiff::fromJson(json(R"({"window": {"days": 28}, "mode": "fast"})"));
        QCOMPARE(values.shape, ParameterDiff::Shape::SetValues);
        QCOMPARE(describe(values), QStringLiteral("+ mode  -> fast\n+ window.days  -> 28"));

        QCOMPARE(ParameterDiff::fromJson(QJsonValue::Null).shape, ParameterDiff::Shape::Empty);
        QCOMPARE(ParameterDiff::fromJson(json("{}")).summary(), QStringLiteral("no parameter changes recorded"));
        QCOMPARE(describe(ParameterDiff::fromJson(json("[1, 2]"))), QStringLiteral("+   -> [1,2]"));
        // A type change replaces the value rather than pretending to diff inside it.
        QCOMPARE(describe(ParameterDiff::compare(json(R"({"k": {"a": 1}})"), json(R"({"k": [1]})"))),
                 QStringLiteral("~ k {\"a\":1} -> [1]"));
    }

    void valuesReadPlainlyButNeverAmbiguously()
    {
        QCOMPARE(parameterValueText(QJsonValue(QStringLiteral("sunday"))), QStringLiteral("sunday"));
        QCOMPARE(parameterValueText(QJsonValue(QStringLiteral("true"))), QStringLiteral("\"true\""));
        QCOMPARE(parameterValueText(QJsonValue(QStringLiteral("0.5"))), QStringLiteral("\"0.5\""));
        QCOMPARE(parameterValueText(QJsonValue(QString())), QStringLiteral("\"\""));
        QCOMPARE(parameterValueText(QJsonValue(true)), QStringLiteral("true"));
        QCOMPARE(parameterValueText(QJsonValue(QJsonValue::Null)), QStringLiteral("null"));
        QCOMPARE(parameterValueText(QJsonValue::Undefined), QString());
    }
};

QTEST_GUILESS_MAIN(ReviewRulesTest)
#include "tst_review_rules.moc"
