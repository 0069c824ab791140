#include "DecliningTrendNote.h"

#include "ui/render/ThemeColors.h"
#include "ui/render/charts/ChartStyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DecliningTrendNote)
};
} // namespace

DecliningTrendNote DecliningTrendNote::of(const QList<PerformanceRow>& declining)
{
    if (declining.isEmpty())
        return {};
    QStringList names;
    QStringList lines;
    for (const PerformanceRow& row : declining) {
        const QString model = row.modelName.isEmpty() ? row.modelVersion : row.modelName + u' ' + row.modelVersion;
        names << Text::tr("%1 %2").arg(model, row.metric);
        lines << Text::tr("%1: %2 from %3 to %4 over %5 points")
                     .arg(model, row.metric, QLocale().toString(row.first, 'g', 4),
                          QLocale().toString(row.last, 'g', 4))
                     .arg(row.points);
    }
    names.removeDuplicates();
    DecliningTrendNote note;
    note.html = Text::tr(" · <span style='color:%1;'>▼ declining trend on the active version: %2</span>")
                    .arg(ThemeColors::css(ThemeColors::windowText(ChartStyle::red())),
                         names.join(QStringLiteral(", ")).toHtmlEscaped());
    note.toolTip =
        Text::tr("Monitoring reads a declining trend on the active version (see Monitoring ▸ Performance):\n%1")
            .arg(lines.join(u'\n'));
    return note;
}

} // namespace steward
