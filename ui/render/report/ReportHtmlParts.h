#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

struct ComplianceReportData;

// The pieces the compliance report's HTML is made of, in the subset of HTML and CSS that Qt's
// rich text engine lays out (the PDF) and browsers show alike.
namespace ReportHtmlParts {
inline const QString kHeaderColor = QStringLiteral("#37474f");
inline const QString kStripeColor = QStringLiteral("#f3f5f7");
inline const QString kBorder = QStringLiteral("#cfd8dc");
inline const QString kMuted = QStringLiteral("#607d8b");
// A figure that breaks a rule (a deadline missed): said in words, this colour only adds to it.
inline const QString kAlertColor = QStringLiteral("#b71c1c");

QString esc(const QString& text);
QString when(const QDateTime& time);
QString number(qint64 value);
QString heading(const QString& text);
// `html`: escaped already.
QString note(const QString& html);
QString severityCell(const QString& severity);
// An id printed whole: it breaks across lines where the column is too narrow, never cut.
QString idCell(const QString& id);

// A table that fills the text width; `widths` are percentages, one per column.
class Table
{
public:
    // `nowrap` lists the columns whose cells are never broken (times, short words).
    Table(const QStringList& headers, const QList<int>& widths, const QList<int>& nowrap = {});
    // Cells are HTML already (escape data with esc()).
    void row(const QStringList& cells);
    QString html() const { return m_html + QStringLiteral("</table>"); }
    int rows() const { return m_rows; }

private:
    QList<int> m_nowrap;
    QString m_html;
    int m_rows = 0;
};
} // namespace ReportHtmlParts

// The report's sections that are tables, each with the note that says what it covers.
namespace ReportTables {
QString bySeverityAndStatus(const ComplianceReportData& data);
QString openCriticals(const ComplianceReportData& data);
QString overdue(const ComplianceReportData& data);
QString timeToResolve(const ComplianceReportData& data);
QString decisions(const ComplianceReportData& data);
} // namespace ReportTables

} // namespace steward
