#include "ReportCharts.h"

#include "models/governance/ComplianceReport.h"
#include "models/governance/ViolationTerms.h"
#include "models/workflow/Workflow.h"
#include "ui/render/charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QValueAxis>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

std::unique_ptr<QChart> plainChart(const QString& title)
{
    auto chart = std::make_unique<QChart>();
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    ChartStyle::setTitle(chart.get(), title);
    ChartStyle::keepFitted(chart.get());
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 18, 6)); // room for the last x label
    chart->setAnimationOptions(QChart::NoAnimation);
    // Above the plot: Qt Charts 6.4 lays a left value axis out too narrow for its labels (they
    // come out as "…") when the legend sits below a chart drawn without a window.
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

// Statuses in shades of one neutral slate, darkest for the least settled, so that they never
// read as severities (which own red, orange, amber and blue) and still order by lightness in
// print; false positives are hatched as well.
QColor statusColor(const QString& status)
{
    if (status == stateName(ViolationState::Open))
        return QColor(0x26, 0x32, 0x38);
    if (status == stateName(ViolationState::Investigating))
        return QColor(0x54, 0x6e, 0x7a);
    if (status == stateName(ViolationState::Resolved))
        return QColor(0x90, 0xa4, 0xae);
    if (status == stateName(ViolationState::FalsePositive))
        return QColor(0x78, 0x90, 0x9c);
    return QColor(0x8d, 0x86, 0x7e); // a status from a newer monitor: warm grey
}

QBrush statusBrush(const QString& status)
{
    if (status == stateName(ViolationState::FalsePositive))
        return QBrush(statusColor(status), Qt::BDiagPattern);
    return QBrush(statusColor(status));
}

// A y axis whose ticks fall on whole numbers (counts), with a little headroom.
QValueAxis* countAxis(qint64 maximum)
{
    auto* axis = new QValueAxis;
    qint64 top = qMax<qint64>(maximum, 1);
    qint64 step = 1;
    while (top / step > 8)
        step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
    top = ((top + step - 1) / step) * step;
    axis->setRange(0, static_cast<qreal>(top));
    axis->setTickCount(static_cast<int>(top / step) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}
} // namespace

std::unique_ptr<QChart> ReportCharts::bySeverityAndStatus(const ComplianceReportData& data)
{
    auto chart = plainChart(Text::tr("Violations detected in the period, by severity and status"));
    auto* series = new QStackedBarSeries;
    QStringList categories;
    for (const QString& severity : data.severities)
        categories << ViolationTerms::severityLabel(severity);
    qint64 tallest = 0;
    for (const QString& severity : data.severities) {
        qint64 total = 0;
        for (const QString& status : data.statuses)
            total += data.detectedCount(severity, status);
        tallest = qMax(tallest, total);
    }
    for (const QString& status : data.statuses) {
        auto* set = new QBarSet(ViolationTerms::statusLabel(status));
        set->setBrush(statusBrush(status));
        set->setBorderColor(statusColor(status));
        for (const QString& severity : data.severities)
            *set << static_cast<qreal>(data.detectedCount(severity, status));
        series->append(set);
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(tallest);
    y->setTitleText(Text::tr("violations"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

std::unique_ptr<QChart> ReportCharts::detectedVersusResolved(const ComplianceReportData& data)
{
    const QString unit = data.bucketUnit == QLatin1String("month")  ? Text::tr("month")
                         : data.bucketUnit == QLatin1String("week") ? Text::tr("week")
                                                                    : Text::tr("day");
    auto chart = plainChart(Text::tr("Violations detected and closed per %1").arg(unit));
    // The axis labels in local time: each point sits at noon UTC, which is the same calendar
    // day everywhere from UTC-11 to UTC+11.
    const auto at = [](const QDate& day) {
        return static_cast<qreal>(QDateTime(day, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    };
    struct Line
    {
        QString name;
        QColor color;
        Qt::PenStyle style;
        qint64 ComplianceReportData::Bucket::*count;
    };
    // Told apart by dash as well as shade.
    const QList<Line> lines{
        {Text::tr("Detected"), statusColor(stateName(ViolationState::Open)), Qt::SolidLine,
         &ComplianceReportData::Bucket::detected},
        {Text::tr("Resolved"), statusColor(stateName(ViolationState::Investigating)), Qt::DashLine,
         &ComplianceReportData::Bucket::resolved},
        {Text::tr("False positive"), statusColor(stateName(ViolationState::Resolved)), Qt::DotLine,
         &ComplianceReportData::Bucket::falsePositives},
    };
    qint64 tallest = 0;
    auto* x = new QDateTimeAxis;
    x->setFormat(data.bucketUnit == QLatin1String("month") ? QStringLiteral("yyyy-MM") : QStringLiteral("MM-dd"));
    const int buckets = static_cast<int>(data.series.size());
    x->setTickCount(qBound(2, buckets, 8));
    chart->addAxis(x, Qt::AlignBottom);
    QList<QLineSeries*> created;
    for (const Line& line : lines) {
        auto* series = new QLineSeries;
        series->setName(line.name);
        QPen pen(line.color);
        pen.setWidthF(2.2);
        pen.setStyle(line.style);
        series->setPen(pen);
        series->setPointsVisible(buckets <= 45);
        for (const ComplianceReportData::Bucket& bucket : data.series) {
            const qint64 value = bucket.*line.count;
            tallest = qMax(tallest, value);
            series->append(at(bucket.start), static_cast<qreal>(value));
        }
        chart->addSeries(series);
        series->attachAxis(x);
        created << series;
    }
    if (!data.series.isEmpty()) {
        const QDateTime first = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(at(data.series.first().start)));
        const QDateTime last = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(at(data.series.last().start)));
        x->setRange(first, last > first ? last : first.addDays(1));
    }
    QValueAxis* y = countAxis(tallest);
    y->setTitleText(Text::tr("violations"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* series : created)
        series->attachAxis(y);
    return chart;
}

} // namespace steward
