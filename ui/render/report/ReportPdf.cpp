// The PDF form of the compliance report: the report's HTML laid out on A4 pages by Qt's text
// engine, with the charts (drawn ahead as vector recordings) painted in place and a footer on
// every page.
#include "ReportWriter.h"
#include "models/governance/ComplianceReport.h"
#include "ui/render/report/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextObjectInterface>
#include <QTextOption>
#include <map>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartName = QTextFormat::UserProperty + 1;
// The document is laid out in 1/96 inch; the painter scales that to the PDF's resolution.
constexpr qreal kDocumentDpi = 96.0;

// Draws a chart where the document has a chart object: vector lines and text in the PDF.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ReportWriter::Charts charts;
    // The part of the document on the page being drawn. Charts clip their plot area themselves,
    // replacing the page's clip, so one that is not on this page must not be drawn at all.
    QRectF visible;

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat&) override { return ReportHtml::chartSize(); }
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const auto it = charts.find(format.property(kChartName).toString());
        if (it == charts.end() || visible.intersected(rect).height() <= 1)
            return;
        const QRect recorded = it->second.boundingRect();
        painter->save();
        painter->translate(rect.topLeft());
        if (!recorded.isEmpty())
            painter->scale(rect.width() / recorded.width(), rect.height() / recorded.height());
        // A picture plays back at the resolution of the device it is played on, while the
        // document's units are already scaled to the PDF's: undo the second scaling.
        const qreal dpi = painter->device()->logicalDpiX();
        if (dpi > 0)
            painter->scale(it->second.logicalDpiX() / dpi, it->second.logicalDpiY() / dpi);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawPicture(0, 0, it->second);
        painter->restore();
    }
};

// Replaces each <img src="chart:…"> the HTML left with a chart object.
void placeCharts(QTextDocument& document)
{
    QList<QPair<int, QString>> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() && format.toImageFormat().name().startsWith(QLatin1String("chart:")))
                found << qMakePair(fragment.position(), format.toImageFormat().name());
        }
    }
    for (const auto& [position, name] : found) {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat chart;
        chart.setObjectType(kChartObject);
        chart.setProperty(kChartName, name);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), chart);
    }
}

// A heading at the foot of a page with its text on the next reads badly: such headings start
// the next page instead. Each move can push later headings down, so this runs until settled.
void keepHeadingsWithText(QTextDocument& document, qreal pageHeight)
{
    document.setPageSize(document.pageSize());
    const auto pageOf = [&](const QTextBlock& block) {
        return static_cast<int>(document.documentLayout()->blockBoundingRect(block).top() / pageHeight);
    };
    for (int pass = 0; pass < 20; ++pass) {
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() != 2 ||
                block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
                continue;
            // The heading, its note, and the first line of what they introduce.
            QTextBlock last = block;
            for (int i = 0; i < 2 && last.next().isValid(); ++i)
                last = last.next();
            const QRectF end = document.documentLayout()->blockBoundingRect(last);
            if (static_cast<int>(end.bottom() / pageHeight) > pageOf(block)) {
                QTextCursor cursor(block);
                QTextBlockFormat format = block.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(format);
                // A format change is laid out lazily; positions are measured again below.
                document.setPageSize(document.pageSize());
                moved = true;
                break;
            }
        }
        if (!moved)
            return;
    }
}

void drawFooter(QPainter& painter, const QRectF& area, const ComplianceReportData& data, int page, int pages)
{
    painter.save();
    // Sizes in document units: a point size would be resolved at the PDF's resolution and
    // then scaled a second time.
    QFont font = painter.font();
    font.setPixelSize(10);
    painter.setFont(font);
    painter.setPen(QColor(0x78, 0x90, 0x9c));
    painter.drawLine(area.topLeft(), area.topRight());
    const QRectF text = area.adjusted(0, 4, 0, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop,
                     Text::tr("Steward compliance report · %1 · %2")
                         .arg(ReportHtml::periodText(data), data.clientId.isEmpty() ? data.allScopes : data.clientId));
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, Text::tr("Page %1 of %2").arg(page).arg(pages));
    painter.restore();
}
} // namespace

Outcome ReportWriter::writePdf(const ComplianceReportData& data, const QString& path, const Progress& progress,
                               int* pageCount)
{
    return writePdf(data, drawCharts(data), path, progress, pageCount);
}

Outcome ReportWriter::writePdf(const ComplianceReportData& data, const Charts& drawn, const QString& path,
                               const Progress& progress, int* pageCount)
{
    const auto step = [&](const QString& stage, double fraction) { return !progress || progress(stage, fraction); };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::failed(Text::tr("cannot write %1: %2").arg(path, file.errorString()));

    QPdfWriter writer(&file);
    writer.setTitle(Text::tr("Compliance report %1").arg(ReportHtml::periodText(data)));
    writer.setCreator(QStringLiteral("Steward %1").arg(QStringLiteral(STEWARD_VERSION)));
    writer.setResolution(600);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 14, 15, 12),
                                     QPageLayout::Millimeter));
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal scale = writer.resolution() / kDocumentDpi;
    const qreal width = page.width() / scale;
    const qreal footerHeight = 22;
    const qreal bodyHeight = page.height() / scale - footerHeight;

    if (!step(Text::tr("Laying out the report"), 0.82))
        return Outcome::failed(Text::tr("the report was cancelled"));
    QTextDocument document;
    document.setDocumentMargin(0);
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    // Ids are printed whole: one wider than its column breaks inside rather than spilling over.
    QTextOption wrapping = document.defaultTextOption();
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(wrapping);
    ChartObject charts;
    charts.charts = drawn;
    document.documentLayout()->registerHandler(kChartObject, &charts);
    document.setHtml(ReportHtml::build(data));
    placeCharts(document);
    document.setPageSize(QSizeF(width, bodyHeight));
    keepHeadingsWithText(document, bodyHeight);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return Outcome::failed(Text::tr("cannot start the PDF %1").arg(path));
    for (int index = 0; index < pages; ++index) {
        if (!step(Text::tr("Writing page %1 of %2").arg(index + 1).arg(pages), 0.85 + 0.15 * index / qMax(1, pages))) {
            painter.end();
            return Outcome::failed(Text::tr("the report was cancelled"));
        }
        if (index > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        const QRectF clip(0, index * bodyHeight, width, bodyHeight);
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        charts.visible = clip;
        context.palette.setColor(QPalette::Text, QColor(0x26, 0x32, 0x38));
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.save();
        painter.scale(scale, scale);
        drawFooter(painter, QRectF(0, bodyHeight + 6, width, footerHeight - 6), data, index + 1, pages);
        painter.restore();
    }
    painter.end();
    if (!file.commit())
        return Outcome::failed(Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    if (pageCount)
        *pageCount = pages;
    return Outcome::ok();
}

} // namespace steward

#include "ReportPdf.moc"
