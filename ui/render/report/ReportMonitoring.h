#pragma once

#include <QString>

namespace steward {

struct MonitoringReportData;

// The compliance report's monitoring section as HTML in the subset the report's other sections
// use: declining trends, drift detected in the period, deployments and feedback.
namespace ReportMonitoring {
QString html(const MonitoringReportData& data);
} // namespace ReportMonitoring

} // namespace steward
