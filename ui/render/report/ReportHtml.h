#pragma once

#include <QSize>
#include <QString>

namespace steward {

struct ComplianceReportData;

// The compliance report as one HTML document in the subset Qt's rich text engine lays out
// (so that the same text becomes the PDF). Charts appear as <img src="chart:…">: the PDF
// writer paints the chart there, the HTML writer embeds it as a PNG.
namespace ReportHtml {
inline const QString kSeverityChart = QStringLiteral("chart:by-severity");
inline const QString kSeriesChart = QStringLiteral("chart:over-time");
// A chart's size in the document's units (1/96 inch): the full text width of an A4 page.
QSize chartSize();
QString build(const ComplianceReportData& data);
// "2026-10-25 – 2026-11-23 (UTC)".
QString periodText(const ComplianceReportData& data);
} // namespace ReportHtml

} // namespace steward
