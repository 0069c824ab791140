#include "ReportHtmlParts.h"

#include "models/governance/ViolationTerms.h"
#include "models/values/TimeText.h"
#include "ui/render/SeverityStyle.h"

#include <QLocale>

namespace steward {

QString ReportHtmlParts::esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString ReportHtmlParts::when(const QDateTime& time)
{
    return time.isValid() ? TimeText::minutes(time) : QStringLiteral("—");
}

QString ReportHtmlParts::number(qint64 value)
{
    return QLocale().toString(value);
}

QString ReportHtmlParts::heading(const QString& text)
{
    return QStringLiteral("<h2 style=\"font-size: 13pt; color: %1; margin-top: 18px; margin-bottom: 4px;\">%2</h2>")
        .arg(kHeaderColor, esc(text));
}

QString ReportHtmlParts::note(const QString& html)
{
    return QStringLiteral("<p style=\"font-size: 8pt; color: %1; margin-top: 2px;\">%2</p>").arg(kMuted, html);
}

QString ReportHtmlParts::severityCell(const QString& severity)
{
    return QStringLiteral("<span style=\"color: %1; font-weight: bold;\">%2</span>")
        .arg(SeverityStyle::severityColor(severity).name(), esc(ViolationTerms::severityLabel(severity)));
}

QString ReportHtmlParts::idCell(const QString& id)
{
    // Browsers break it anywhere; the PDF's layout wraps a word too long for its cell anywhere.
    return QStringLiteral("<span style=\"word-break: break-all; overflow-wrap: anywhere;\">%1</span>").arg(esc(id));
}

ReportHtmlParts::Table::Table(const QStringList& headers, const QList<int>& widths, const QList<int>& nowrap)
    : m_nowrap(nowrap)
{
    m_html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                            "style=\"border-collapse: collapse; border: 1px solid %1; margin-top: 4px;\">"
                            "<thead><tr>")
                 .arg(kBorder);
    for (int i = 0; i < headers.size(); ++i) {
        m_html += QStringLiteral(
                      "<th width=\"%1%\" bgcolor=\"%2\" align=\"left\" style=\"color: white; font-size: 8pt;\">%3</th>")
                      .arg(widths.value(i))
                      .arg(kHeaderColor, esc(headers.at(i)));
    }
    m_html += QStringLiteral("</tr></thead>");
}

void ReportHtmlParts::Table::row(const QStringList& cells)
{
    const QString background = m_rows++ % 2 ? QStringLiteral(" bgcolor=\"%1\"").arg(kStripeColor) : QString();
    m_html += QStringLiteral("<tr%1>").arg(background);
    for (int i = 0; i < cells.size(); ++i) {
        m_html += QStringLiteral("<td style=\"font-size: 8pt;%1\">%2</td>")
                      .arg(m_nowrap.contains(i) ? QStringLiteral(" white-space: nowrap;") : QString(), cells.at(i));
    }
    m_html += QStringLiteral("</tr>");
}

} // namespace steward
