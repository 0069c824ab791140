#pragma once

#include <QtGlobal>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace steward {

struct ComplianceReportData;

// The compliance report's charts, built from its data only (the report paints them onto PDF
// pages and saves them as PNG for HTML through ChartExport).
namespace ReportCharts {
// Violations detected in the period: one bar per severity, stacked by status.
std::unique_ptr<QChart> bySeverityAndStatus(const ComplianceReportData& data);
// Violations detected, resolved and closed as false positives per day (or week, or month).
std::unique_ptr<QChart> detectedVersusResolved(const ComplianceReportData& data);
} // namespace ReportCharts

} // namespace steward
