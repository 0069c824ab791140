#pragma once

#include "models/core/Outcome.h"

#include <QPicture>
#include <QString>
#include <functional>
#include <map>

namespace steward {

struct ComplianceReportData;

// Writes a compliance report in the format its file name asks for: .pdf (A4, charts painted as
// vectors, numbered pages), .html (one file, charts embedded as PNG) or .csv (every figure and
// decision, one section after another). The file is written whole or not at all.
namespace ReportWriter {
enum class Format { Pdf, Html, Csv };
Result<Format> formatFor(const QString& path);
// Returning false from progress cancels; nothing is written then.
using Progress = std::function<bool(const QString& stage, double fraction)>;
Outcome write(const ComplianceReportData& data, const QString& path, const Progress& progress = {});

// The report's charts drawn ahead, as vector recordings named like ReportHtml's chart images:
// Qt Charts need the GUI thread, and with the charts drawn the rest of a report is written on
// any thread (the window writes it as a job).
using Charts = std::map<QString, QPicture>;
Charts drawCharts(const ComplianceReportData& data);
Outcome write(const ComplianceReportData& data, const Charts& charts, const QString& path,
              const Progress& progress = {});

Outcome writePdf(const ComplianceReportData& data, const QString& path, const Progress& progress,
                 int* pageCount = nullptr);
Outcome writePdf(const ComplianceReportData& data, const Charts& charts, const QString& path, const Progress& progress,
                 int* pageCount = nullptr);
Outcome writeHtml(const ComplianceReportData& data, const QString& path);
Outcome writeHtml(const ComplianceReportData& data, const Charts& charts, const QString& path);
Outcome writeCsv(const ComplianceReportData& data, const QString& path);
} // namespace ReportWriter

} // namespace steward
