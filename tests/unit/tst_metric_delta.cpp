// One convention for a change in a metric, wherever it is shown: bias changes are of |bias|
// (|after| − |before|, relative to |before|), other metrics after − before; the same numbers in a
// suggestion's before/after table, Models ▸ Compare and a version's changes against another.
// And which changes are regressions: lower wmape, mae and |bias|, higher accuracy and f1.
#include "models/registry/MetricDelta.h"
#include "models/registry/VersionChanges.h"
#include "models/registry/VersionComparison.h"
#include "models/registry/VersionComparisonModel.h"
#include "models/review/MetricRules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace steward;

class MetricDeltaTest : public QObject
{
    Q_OBJECT

    static ModelVersion version(const QString& id, const QMap<QString, double>& metrics)
    {
        ModelVersion v;
        v.clientId = QStringLiteral("acme");
        v.version = id;
        v.metrics = metrics;
        return v;
    }

    static bool near(double a, double b) { return qAbs(a - b) < 1e-9; }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void biasIsMeasuredOnItsMagnitude()
    {
        // The issue's case: bias −0.0143 → −0.0110 moved towards zero.
        const MetricDelta bias = MetricDelta::between(QStringLiteral("bias"), -0.0143, -0.0110);
        QVERIFY(bias.ofMagnitude);
        QVERIFY(near(bias.change, -0.0033));             // |bias| fell by 0.0033 ...
        QVERIFY(near(*bias.relative, -0.0033 / 0.0143)); // ... that is −23%: both say "smaller"
        QCOMPARE(bias.verdict, 1);
        // Crossing zero: −0.05 → +0.02 is closer to zero though the signed change is +0.07.
        const MetricDelta crossing = MetricDelta::between(QStringLiteral("bias"), -0.05, 0.02);
        QVERIFY(near(crossing.change, -0.03));
        QVERIFY(near(*crossing.relative, -0.6));
        QCOMPARE(crossing.verdict, 1);
        QCOMPARE(MetricDelta::measuredName(QStringLiteral("bias"), Metrics::Direction::CloserToZero),
                 QStringLiteral("|bias|"));
        QCOMPARE(MetricDelta::measuredName(QStringLiteral("wmape"), Metrics::Direction::LowerIsBetter),
                 QStringLiteral("wmape"));
    }

    void directionsDecideWhatIsARegression()
    {
        QCOMPARE(MetricDelta::between(QStringLiteral("wmape"), 0.2412, 0.2629).verdict, -1);
        QCOMPARE(MetricDelta::between(QStringLiteral("mae"), 9.67, 9.1).verdict, 1);
        QCOMPARE(MetricDelta::between(QStringLiteral("accuracy"), 0.91, 0.89).verdict, -1);
        QCOMPARE(MetricDelta::between(QStringLiteral("f1"), 0.70, 0.75).verdict, 1);
        QCOMPARE(MetricDelta::between(QStringLiteral("bias"), 0.01, -0.02).verdict, -1);
        QCOMPARE(MetricDelta::between(QStringLiteral("wmape"), 0.3152 + 0.0048, 0.3200).verdict, 0); // rounding noise
        QVERIFY(!MetricDelta::between(QStringLiteral("wmape"), 0, 0.1).relative);

        const QList<VersionChanges::Move> moves = VersionChanges::compare({{QStringLiteral("wmape"), 0.2412},
                                                                           {QStringLiteral("f1"), 0.8},
                                                                           {QStringLiteral("bias"), -0.01},
                                                                           {QStringLiteral("gone"), 1}},
                                                                          {{QStringLiteral("wmape"), 0.2629},
                                                                           {QStringLiteral("f1"), 0.7},
                                                                           {QStringLiteral("bias"), 0.005},
                                                                           {QStringLiteral("new"), 2}});
        QCOMPARE(moves.size(), 3); // only metrics both versions have
        // wmape rose and f1 fell; |bias| fell from 0.01 to 0.005 though the sign changed.
        QCOMPARE(VersionChanges::regressions(moves), (QStringList{"wmape", "f1"}));
        QCOMPARE(VersionChanges::metricsOfText(QStringLiteral(R"({"wmape": 0.2, "note": "x"})")),
                 (QMap<QString, double>{{QStringLiteral("wmape"), 0.2}}));
        QVERIFY(VersionChanges::metricsOfText(QStringLiteral("not json")).isEmpty());
    }

    void suggestionDetailsCompareAndVersionsAgree()
    {
        const double before = -0.0143;
        const double after = -0.0110;
        const MetricDelta expected = MetricDelta::between(QStringLiteral("bias"), before, after);

        // A suggestion's before/after table (Suggestions ▸ Details, steward-cli suggestions show).
        const QList<MetricChange> changes =
            MetricRules::compare(QJsonDocument::fromJson(R"({"bias": -0.0143})").object(),
                                 QJsonDocument::fromJson(R"({"bias": -0.0110})").object());
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().ofMagnitude);
        QVERIFY(near(*changes.first().delta, expected.change));
        QVERIFY(near(*changes.first().relative, *expected.relative));
        QCOMPARE(changes.first().verdict, MetricVerdict::Better);

        // Models ▸ Compare (and steward-cli models compare, which prints the same rows).
        const VersionComparison comparison =
            VersionComparison::build({version(QStringLiteral("20260101_000000"), {{QStringLiteral("bias"), before}}),
                                      version(QStringLiteral("20260201_000000"), {{QStringLiteral("bias"), after}})});
        const VersionComparison::Row* row = comparison.row(QStringLiteral("bias"));
        QVERIFY(row && row->ofMagnitude);
        QVERIFY(near(*row->deltas.at(1), expected.change));
        QVERIFY(near(*row->relatives.at(1), *expected.relative));
        VersionComparisonModel model;
        model.setComparison(comparison);
        const QString cell = model.index(0, 2).data().toString();
        QVERIFY2(cell.contains(QStringLiteral("|bias| −0.0033 (−23.1%)")), qPrintable(cell));
        QCOMPARE(model.index(0, 2).data(VersionComparisonModel::ChangeRole).toInt(), 1);

        // A version against the previous or active one (the Models view's list and detail).
        const QList<VersionChanges::Move> moves =
            VersionChanges::compare({{QStringLiteral("bias"), before}}, {{QStringLiteral("bias"), after}});
        QVERIFY(near(moves.first().delta.change, expected.change));
        QVERIFY(!moves.first().isRegression());

        // Other metrics are after − before in all three.
        const VersionComparison wmape =
            VersionComparison::build({version(QStringLiteral("a"), {{QStringLiteral("wmape"), 0.2412}}),
                                      version(QStringLiteral("b"), {{QStringLiteral("wmape"), 0.2629}})});
        QVERIFY(!wmape.rows.first().ofMagnitude);
        QVERIFY(near(*wmape.rows.first().deltas.at(1), 0.0217));
    }
};

QTEST_GUILESS_MAIN(MetricDeltaTest)
#include "tst_metric_delta.moc"
