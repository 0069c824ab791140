// The compliance report as a reader gets it, from figures made up here: ids printed whole,
// every severity present (zeros too), each figure's scope said, a mean time to resolve over
// its deadline flagged in words, and the CSV as one table with a section column.
#include "TestSupport.h"
#include "models/governance/ComplianceReport.h"
#include "models/governance/ViolationTerms.h"
#include "ui/render/SeverityStyle.h"
#include "ui/render/report/ReportCharts.h"
#include "ui/render/report/ReportHtml.h"
#include "ui/render/report/ReportWriter.h"

#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QProcess>
#include <QStackedBarSeries>
#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace steward;
using namespace steward::test;

namespace {
const QString kCriticalId = QStringLiteral("0d1f2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b");
const QString kOverdueId = QStringLiteral("7e8f9a0b-1c2d-4e3f-9a5b-6c7d8e9f0a1b");

ComplianceReportData made()
{
    ComplianceReportData data;
    data.source = QStringLiteral("/tmp/made-up.sqlite");
    data.backend = QStringLiteral("SQLite");
    data.generatedBy = QStringLiteral("admin");
    data.asOf = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
    data.generatedAt = data.asOf;
    data.since = QDate(2026, 10, 22);
    data.until = QDate(2026, 11, 20);
    data.periodStart = QDateTime(data.since, QTime(0, 0), QTimeZone::utc());
    data.periodEnd = QDateTime(data.until.addDays(1), QTime(0, 0), QTimeZone::utc());
    data.deadlines = ViolationDeadlines::defaults();
    data.severities = ViolationTerms::knownSeverities();
    data.statuses = ViolationTerms::knownStatuses();
    // Only criticals and highs were detected in the period; medium and low have none.
    data.detectedBySeverityStatus[QStringLiteral("critical")][QStringLiteral("open")] = 2;
    data.detectedBySeverityStatus[QStringLiteral("critical")][QStringLiteral("resolved")] = 3;
    data.detectedBySeverityStatus[QStringLiteral("high")][QStringLiteral("resolved")] = 1;
    data.detected = 6;
    // Criticals took 2.6 days against a deadline of 1; highs 1 day against 3.
    data.resolvedBySeverity[QStringLiteral("critical")] = {3, 62.4};
    data.resolvedBySeverity[QStringLiteral("high")] = {1, 24.0};
    data.resolved = 4;
    data.meanHoursToResolve = (3 * 62.4 + 24.0) / 4;
    ViolationRow critical;
    critical.violationId = kCriticalId;
    critical.severity = QStringLiteral("critical");
    critical.status = QStringLiteral("open");
    critical.clientId = QStringLiteral("acme");
    critical.policyName = QStringLiteral("wmape ceiling");
    critical.detectedAt = data.asOf.addDays(-40);
    critical.dueAt = critical.detectedAt.addDays(1);
    data.openCriticals = {critical};
    data.openCriticalCount = 7;
    ViolationRow late = critical;
    late.violationId = kOverdueId;
    data.overdue = {late};
    data.overdueCount = 1;
    data.series = {{data.since, 1, 0, 0}, {data.since.addDays(1), 0, 1, 0}};
    data.bucketUnit = QStringLiteral("day");
    data.hasAuditTrail = true;
    AuditEntry decision;
    decision.seq = 4;
    decision.recordedAt = data.asOf.addDays(-2);
    decision.actor = QStringLiteral("bob");
    decision.action = QStringLiteral("resolve");
    decision.targetKind = QStringLiteral("violation");
    decision.targetId = kOverdueId;
    decision.clientId = QStringLiteral("acme");
    decision.stateBefore = QStringLiteral("investigating");
    decision.stateAfter = QStringLiteral("resolved");
    decision.comment = QStringLiteral("=SUM(A1) retrained after the calendar fix");
    data.decisions = {decision};
    data.decisionsByLabel[ComplianceReport::decisionLabel(decision)] = 1;
    data.chain = AuditChain::Verification{true, 4, 0, {}, QStringLiteral("ab").repeated(32)};
    return data;
}

QString plain(const QString& html)
{
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}
} // namespace

class ReportRenderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void modelFlagsMeansOverTheDeadline()
    {
        const ComplianceReportData data = made();
        QVERIFY(data.meanExceedsDeadline(QStringLiteral("critical")));
        QVERIFY(!data.meanExceedsDeadline(QStringLiteral("high")));
        QVERIFY(!data.meanExceedsDeadline(QStringLiteral("medium"))); // nothing resolved
        QCOMPARE(data.severitiesOverDeadline(), QStringList{QStringLiteral("critical")});
        QCOMPARE(data.deadlineHours(QStringLiteral("critical")), std::optional<double>(24.0));
        QCOMPARE(data.deadlineHours(QStringLiteral("severe")), std::nullopt);
    }

    void htmlPrintsIdsWholeAndSaysWhatEachFigureCovers()
    {
        const QString html = ReportHtml::build(made());
        const QString text = plain(html);
        for (const QString& id : {kCriticalId, kOverdueId})
            QVERIFY2(text.contains(id), qPrintable(id));
        QVERIFY(!text.contains(kCriticalId.left(8) + QStringLiteral("…")));
        // Scope beside every figure.
        QCOMPARE(text.count(QStringLiteral("at any date, still open")), 2);
        QVERIFY(text.contains(QStringLiteral("resolved in the period")));
        QVERIFY(text.contains(QStringLiteral("Open critical violations, detected at any date (7)")));
        QVERIFY(text.contains(QStringLiteral("Overdue items, detected at any date (1)")));
        QVERIFY(text.contains(QStringLiteral("Violations detected in the period, by severity and status")));
        // The late criticals in words, not only in colour; the highs are within theirs.
        QVERIFY2(text.contains(QStringLiteral("Over the deadline — Critical: violations resolved in the period took "
                                              "2.6 days on average; the deadline is 1 d.")),
                 qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("over the deadline by 38.4 hours")), 1);
        QVERIFY(text.contains(QStringLiteral("within the deadline")));
        QVERIFY(text.contains(QStringLiteral("mean time to resolve ⚠ over a deadline")));
    }

    void everySeverityHasItsRowZerosToo()
    {
        const QString html = ReportHtml::build(made());
        for (const QString& severity : ViolationTerms::knownSeverities()) {
            // Once in the severity-by-status table, once in the time-to-resolve table.
            const QString label = QStringLiteral(">%1</span>").arg(ViolationTerms::severityLabel(severity));
            QVERIFY2(html.count(label) >= 2, qPrintable(severity));
        }
        // Medium: four zero statuses and a bold zero total.
        const qsizetype medium = html.indexOf(QStringLiteral(">Medium</span>"));
        const QString row = html.mid(medium, html.indexOf(QStringLiteral("</tr>"), medium) - medium);
        QCOMPARE(row.count(QStringLiteral(">0</span>")), 4);
        QVERIFY(row.contains(QStringLiteral("<b>0</b>")));
    }

    void statusesDoNotWearSeverityColours()
    {
        QSet<QRgb> severityColours;
        for (const QString& severity : ViolationTerms::knownSeverities() + QStringList{QStringLiteral("severe")})
            severityColours << SeverityStyle::severityColor(severity).rgb();
        const ComplianceReportData data = made();
        const auto bars = ReportCharts::bySeverityAndStatus(data);
        int sets = 0;
        for (QAbstractSeries* series : bars->series()) {
            for (QBarSet* set : qobject_cast<QStackedBarSeries*>(series)->barSets()) {
                QVERIFY2(!severityColours.contains(set->brush().color().rgb()), qPrintable(set->label()));
                ++sets;
            }
        }
        QCOMPARE(sets, ViolationTerms::knownStatuses().size());
        const auto lines = ReportCharts::detectedVersusResolved(data);
        for (QAbstractSeries* series : lines->series()) {
            auto* line = qobject_cast<QLineSeries*>(series);
            QVERIFY2(!severityColours.contains(line->pen().color().rgb()), qPrintable(line->name()));
        }
    }

    void csvIsOneTableWithASectionColumn()
    {
        const QString path = m_dir.filePath(QStringLiteral("made.csv"));
        STEWARD_VERIFY_OK(ReportWriter::writeCsv(made(), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const QStringList header = lines.first().split(QLatin1Char(','));
        QCOMPARE(header.first(), QStringLiteral("section"));
        QCOMPARE(header.at(3), QStringLiteral("scope"));
        // One header, no blank lines between parts: every row has the header's column count
        // (no cell here holds a comma) and names its section.
        QCOMPARE(lines.count(lines.first()), 1);
        QSet<QString> sections;
        for (const QString& line : lines.mid(1)) {
            const QStringList cells = line.split(QLatin1Char(','));
            QCOMPARE(cells.size(), header.size());
            QVERIFY(!cells.first().isEmpty());
            sections << cells.first();
        }
        for (const QString& section :
             {QStringLiteral("report"), QStringLiteral("deadline_days"), QStringLiteral("summary"),
              QStringLiteral("detected_by_severity_status"), QStringLiteral("time_to_resolve"),
              QStringLiteral("per_day"), QStringLiteral("open_critical"), QStringLiteral("overdue"),
              QStringLiteral("decision")})
            QVERIFY2(sections.contains(section), qPrintable(section));
        const auto cell = [&](const QString& line, const QString& column) {
            return line.split(QLatin1Char(',')).value(header.indexOf(column));
        };
        const auto rowsOf = [&](const QString& section) {
            QStringList rows;
            for (const QString& line : lines) {
                if (line.startsWith(section + QLatin1Char(',')))
                    rows << line;
            }
            return rows;
        };
        QCOMPARE(rowsOf(QStringLiteral("detected_by_severity_status")).size(), 16); // 4 severities x 4 statuses
        for (const QString& line : rowsOf(QStringLiteral("summary"))) {
            const QString name = cell(line, QStringLiteral("name"));
            const QString scope = cell(line, QStringLiteral("scope"));
            if (name == QLatin1String("open_critical") || name == QLatin1String("overdue"))
                QCOMPARE(scope, QStringLiteral("open_at_as_of"));
            else if (!name.startsWith(QLatin1String("audit_")))
                QCOMPARE(scope, QStringLiteral("period"));
        }
        const QStringList resolve = rowsOf(QStringLiteral("time_to_resolve"));
        QCOMPARE(resolve.size(), 4);
        QCOMPARE(cell(resolve.at(0), QStringLiteral("over_deadline")), QStringLiteral("true"));
        QCOMPARE(cell(resolve.at(1), QStringLiteral("over_deadline")), QStringLiteral("false"));
        QCOMPARE(cell(resolve.at(2), QStringLiteral("resolved")), QStringLiteral("0"));
        QCOMPARE(cell(rowsOf(QStringLiteral("open_critical")).first(), QStringLiteral("violation_id")), kCriticalId);
        // Cells still go through CsvText: a comment that looks like a formula is defused.
        const QString decision = rowsOf(QStringLiteral("decision")).first();
        QCOMPARE(cell(decision, QStringLiteral("comment")),
                 QStringLiteral("'=SUM(A1) retrained after the calendar fix"));
        QCOMPARE(cell(decision, QStringLiteral("target_id")), kOverdueId);
    }

    void pdfPrintsIdsWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("made.pdf"));
        STEWARD_VERIFY_OK(ReportWriter::writePdf(made(), path, {}));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(30000) && text.exitCode() == 0, "pdftotext (poppler-utils) could not read it");
        // A wrapped id comes out over lines with the row's other cells between its parts: it
        // must be there in at most three whole pieces, in order, close together.
        QString page = QString::fromUtf8(text.readAllStandardOutput());
        page.remove(QRegularExpression(QStringLiteral("\\s")));
        std::function<bool(const QString&, qsizetype, qsizetype, int)> pieces;
        pieces = [&](const QString& rest, qsizetype from, qsizetype until, int left) {
            const qsizetype found = page.indexOf(rest, from);
            if (found >= 0 && found <= until)
                return true;
            if (left <= 1)
                return false;
            for (qsizetype k = rest.size() - 4; k >= 4; --k) {
                for (qsizetype at = page.indexOf(rest.left(k), from); at >= 0 && at <= until;
                     at = page.indexOf(rest.left(k), at + 1)) {
                    if (pieces(rest.mid(k), at + k, at + k + 300, left - 1))
                        return true;
                }
            }
            return false;
        };
        const auto whole = [&](const QString& id) { return pieces(id, 0, page.size(), 3); };
        QVERIFY2(whole(kCriticalId), qPrintable(page.left(3000)));
        QVERIFY(whole(kOverdueId));
        QVERIFY(page.contains(QStringLiteral("overthedeadlineby38.4hours")));
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOTS");
        if (!dir.isEmpty())
            QFile::copy(path, dir + QStringLiteral("/report-made.pdf"));
    }
};

QTEST_MAIN(ReportRenderTest)
#include "tst_report_render.moc"
