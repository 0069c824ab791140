// A/B results as UrutiIQ keeps them (JSON of no fixed shape), read defensively, and the rule
// that names a winner.
#include "models/monitoring/ExperimentResults.h"

#include <QTest>

using namespace steward;

class TestMonitoringExperiments : public QObject
{
    Q_OBJECT

private:
    static ExperimentOutcome decided(const QByteArray& json)
    {
        auto parsed = ExperimentResults::parse(json);
        if (!parsed) {
            QTest::qFail(qPrintable(parsed.failure().message()), __FILE__, __LINE__);
            return {};
        }
        ExperimentOutcome outcome = parsed.take();
        ExperimentResults::decide(outcome);
        return outcome;
    }

private slots:
    void variantsListWithSnakeCase()
    {
        const ExperimentOutcome o = decided(R"({"significance_level": 0.01, "variants": [
            {"name": "control", "sample_size": 5000, "conversion_rate": 0.30, "ci_lower": 0.28, "ci_upper": 0.32},
            {"name": "treatment", "sample_size": 5000, "conversion_rate": 0.34, "ci_lower": 0.32, "ci_upper": 0.36,
             "p_value": 0.004, "lift": 13.3}]})");
        QCOMPARE(o.variants.size(), 2);
        QCOMPARE(o.significance, 0.01);
        QVERIFY(!o.significanceAssumed);
        QVERIFY(o.variants.at(0).control);
        QCOMPARE(o.variants.at(1).samples, std::optional<qint64>(5000));
        QCOMPARE(o.variants.at(1).ciLow, std::optional<double>(0.32));
        QCOMPARE(o.variants.at(1).ciHigh, std::optional<double>(0.36));
        QVERIFY(o.variants.at(1).significant);
        QCOMPARE(o.winner, QStringLiteral("treatment"));
    }

    void keyedByNameWithCamelCaseAndIntervalArrays()
    {
        const ExperimentOutcome o = decided(R"({"control": {"sampleSize": 1800, "mean": 0.31,
            "confidenceInterval": [0.29, 0.33]}, "treatment": {"sampleSize": 1750, "mean": 0.32,
            "confidenceInterval": [0.30, 0.34], "pValue": 0.41, "liftPercentage": 3.2}})");
        QCOMPARE(o.variants.size(), 2);
        QVERIFY(o.significanceAssumed);
        QCOMPARE(o.significance, ExperimentResults::kDefaultSignificance);
        const ExperimentVariant& treatment = o.variants.at(1);
        QCOMPARE(treatment.name, QStringLiteral("treatment"));
        QCOMPARE(treatment.ciLow, std::optional<double>(0.30));
        QCOMPARE(treatment.lift, std::optional<double>(3.2));
        QVERIFY(!treatment.significant); // 0.41 is not below 0.05
        QCOMPARE(o.winner, QString());
        QVERIFY2(o.why.contains(QStringLiteral("no variant")), qPrintable(o.why));
    }

    void theControlWinsWhenTheTreatmentIsSignificantlyWorse()
    {
        const ExperimentOutcome o = decided(R"([{"variant": "baseline"},
            {"variant": "new", "p": 0.01, "lift": -4.1}])");
        QVERIFY(o.variants.at(0).control); // no variant is called control: the first is
        QCOMPARE(o.winner, QStringLiteral("baseline"));
    }

    void theLevelDecidesNotTheSystemsFlag()
    {
        // p = 0.03 is significant at 0.05 but not at 0.01, whatever the stored flag says.
        ExperimentOutcome o = decided(R"({"alpha": 0.01, "variants": [{"name": "control"},
            {"name": "b", "p_value": 0.03, "lift": 5, "is_significant": true}]})");
        QCOMPARE(o.winner, QString());
        // Without a p-value the flag is all there is.
        o = decided(R"({"variants": [{"name": "control"}, {"name": "b", "lift": 5, "isSignificant": true}]})");
        QCOMPARE(o.winner, QStringLiteral("b"));
    }

    void theLargestSignificantLiftWins()
    {
        const ExperimentOutcome o = decided(R"({"variants": [{"name": "control"},
            {"name": "b", "p_value": 0.001, "lift": 4}, {"name": "c", "p_value": 0.02, "lift": 9},
            {"name": "d", "p_value": 0.2, "lift": 30}]})");
        QCOMPARE(o.winner, QStringLiteral("c"));
    }

    void tooFewSamplesDecideNothing()
    {
        ExperimentOutcome o = decided(R"({"minimum_sample_size": 1000, "variants": [
            {"name": "control", "n": 800}, {"name": "b", "n": 900, "p_value": 0.001, "lift": 12}]})");
        QCOMPARE(o.minimumSamples, std::optional<qint64>(1000));
        QCOMPARE(o.winner, QString());
        QVERIFY2(o.why.contains(QStringLiteral("1000")), qPrintable(o.why));
    }

    void unreadableResultsAreAMessage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{variants: [control, treatment") << "not valid JSON";
        QTest::newRow("empty") << QByteArray("") << "not valid JSON";
        QTest::newRow("no variants") << QByteArray(R"({"winner": "b"})") << "no variants";
        QTest::newRow("a number") << QByteArray("42") << "not valid JSON";
        QTest::newRow("variant not an object") << QByteArray(R"({"variants": ["control", 3]})") << "not an object";
    }

    void unreadableResultsAreAMessage()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        auto parsed = ExperimentResults::parse(json);
        QVERIFY(!parsed);
        QVERIFY2(parsed.failure().message().contains(says), qPrintable(parsed.failure().message()));
    }
};

QTEST_GUILESS_MAIN(TestMonitoringExperiments)
#include "tst_monitoring_experiments.moc"
