#include "ReportWriter.h"

#include "models/governance/ComplianceReport.h"
#include "ui/render/charts/ChartExport.h"
#include "ui/render/report/ReportCharts.h"
#include "ui/render/report/ReportHtml.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <vector>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};
} // namespace

Result<ReportWriter::Format> ReportWriter::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return Outcome::usage(
        Text::tr("a report is written as .pdf, .html or .csv, not %1").arg(QFileInfo(path).fileName()));
}

Outcome ReportWriter::write(const ComplianceReportData& data, const QString& path, const Progress& progress)
{
    auto format = formatFor(path);
    if (!format)
        return format.failure();
    return write(data, *format == Format::Csv ? Charts() : drawCharts(data), path, progress);
}

Outcome ReportWriter::write(const ComplianceReportData& data, const Charts& charts, const QString& path,
                            const Progress& progress)
{
    auto format = formatFor(path);
    if (!format)
        return format.failure();
    switch (*format) {
    case Format::Pdf:
        return writePdf(data, charts, path, progress);
    case Format::Html:
        return writeHtml(data, charts, path);
    case Format::Csv:
        return writeCsv(data, path);
    }
    return Outcome::failed(Text::tr("unknown report format"));
}

ReportWriter::Charts ReportWriter::drawCharts(const ComplianceReportData& data)
{
    const QRectF area(QPointF(0, 0), QSizeF(ReportHtml::chartSize()));
    std::vector<std::pair<QString, std::unique_ptr<QChart>>> charts;
    charts.emplace_back(ReportHtml::kSeverityChart, ReportCharts::bySeverityAndStatus(data));
    charts.emplace_back(ReportHtml::kSeriesChart, ReportCharts::detectedVersusResolved(data));
    Charts drawn;
    for (const auto& [name, chart] : charts) {
        QPicture picture;
        // The recording is in document units (1/96 inch), as the PDF's and HTML's layout are.
        picture.setBoundingRect(area.toRect());
        QPainter painter(&picture);
        ChartExport::paint(chart.get(), &painter, area);
        painter.end();
        drawn[name] = picture;
    }
    return drawn;
}

Outcome ReportWriter::writeHtml(const ComplianceReportData& data, const QString& path)
{
    return writeHtml(data, drawCharts(data), path);
}

Outcome ReportWriter::writeHtml(const ComplianceReportData& data, const Charts& charts, const QString& path)
{
    QString html = ReportHtml::build(data);
    // Browsers get a page width and a font; Qt's text engine (the PDF) lays out to the page.
    html.replace(
        QStringLiteral("</head>"),
        QStringLiteral("<style>body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; max-width: 760px; "
                       "margin: 24px auto; color: #263238; } td, th { vertical-align: top; }</style></head>"));
    const QSize size = ReportHtml::chartSize();
    for (const auto& [name, picture] : charts) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        // Twice the pixels, shown at the document's size: sharp on high-density screens and in print.
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.drawPicture(0, 0, picture);
        painter.end();
        if (!image.save(&buffer, "PNG"))
            return Outcome::failed(Text::tr("cannot encode the chart %1").arg(name));
        html.replace(QStringLiteral("src=\"%1\"").arg(name),
                     QStringLiteral("src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(png.toBase64())));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::failed(Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    file.write(html.toUtf8());
    if (!file.commit())
        return Outcome::failed(Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    return Outcome::ok();
}

} // namespace steward
