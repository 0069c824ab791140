#include "DetailHtml.h"

#include "models/registry/Metrics.h"
#include "models/values/CellValue.h"
#include "models/values/JsonValue.h"
#include "models/values/TimeText.h"
#include "ui/render/ReadableColor.h"
#include "ui/render/ThemeColors.h"
#include "ui/review/ReviewFormat.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DetailHtml)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString code(const QString& text)
{
    return QStringLiteral("<span style=\"font-family:'%1';\">%2</span>")
        .arg(ReviewFormat::monospaceFamily(), esc(text));
}

QString when(const QDateTime& utc)
{
    return TimeText::minutesUtc(utc);
}

struct KindStyle
{
    QString marker;
    QString background;
    QString foreground;
};

// A change's colour washed behind its row, and the colour itself made legible on that wash.
KindStyle kindStyle(const QString& marker, const QColor& accent)
{
    const QColor background = ThemeColors::tint(accent);
    return {marker, ThemeColors::css(background), ThemeColors::css(ReadableColor::on(accent, background))};
}

KindStyle styleOf(ParameterChange::Kind kind)
{
    switch (kind) {
    case ParameterChange::Kind::Added:
        return kindStyle(QStringLiteral("+"), QColor(0x1b, 0x6e, 0x31));
    case ParameterChange::Kind::Removed:
        return kindStyle(QString(QChar(0x2212)), QColor(0x9b, 0x2c, 0x22));
    case ParameterChange::Kind::Changed:
        return kindStyle(QStringLiteral("~"), QColor(0x8a, 0x55, 0x00));
    case ParameterChange::Kind::Unchanged:
        break;
    }
    const QPalette palette = QGuiApplication::palette();
    return {QString(), ThemeColors::css(palette.color(QPalette::Base)), ThemeColors::css(ThemeColors::muted())};
}

// Greys in the HTML below are written as <?muted>, which escaped text can never hold, and are
// resolved against the palette on the way out.
QString themed(QString html)
{
    return html.replace(QLatin1String("<?muted>"), ThemeColors::css(ThemeColors::muted()));
}

const QStringList kCycleStates{QStringLiteral("PROFILING"), QStringLiteral("BACKTEST"), QStringLiteral("ANALYZE"),
                               QStringLiteral("SUGGEST"),   QStringLiteral("APPLY"),    QStringLiteral("RETRAIN"),
                               QStringLiteral("VERIFY"),    QStringLiteral("COMPLETE")};
} // namespace

QString DetailHtml::parameterDiff(const ParameterDiff& diff, bool showUnchanged)
{
    if (diff.changes.isEmpty())
        return themed(QStringLiteral("<p style=\"color:<?muted>;\">%1</p>").arg(esc(diff.summary())));
    QString html = QStringLiteral("<p>%1</p>").arg(esc(diff.summary()));
    if (diff.shape == ParameterDiff::Shape::SetValues)
        html += QStringLiteral("<p style=\"color:<?muted>;\">%1</p>")
                    .arg(esc(Text::tr("The diff has no before/after form; these are the values it sets.")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"
                           "<tr style=\"color:<?muted>;\"><th></th><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                           "<th align=\"left\">%3</th></tr>")
                .arg(esc(Text::tr("Setting")), esc(Text::tr("Before")), esc(Text::tr("After")));
    int hidden = 0;
    for (const ParameterChange& change : diff.changes) {
        if (change.kind == ParameterChange::Kind::Unchanged && !showUnchanged) {
            ++hidden;
            continue;
        }
        const KindStyle style = styleOf(change.kind);
        const QString path = change.path.isEmpty() ? Text::tr("(whole value)") : change.path;
        const QString before = change.before.isUndefined() ? QString() : code(parameterValueText(change.before));
        const QString after = change.after.isUndefined() ? QString() : code(parameterValueText(change.after));
        html += QStringLiteral(
                    "<tr style=\"background-color:%1;\"><td width=\"14\" style=\"color:%2; font-weight:bold;\">%3</td>"
                    "<td>%4</td><td style=\"color:<?muted>;\">%5</td><td style=\"color:%2;\">%6</td></tr>")
                    .arg(style.background, style.foreground, style.marker, code(path), before, after);
    }
    html += QStringLiteral("</table>");
    if (hidden > 0)
        html += QStringLiteral("<p><a href=\"#unchanged\">%1</a></p>")
                    .arg(esc(Text::tr("Show %n unchanged setting(s)", nullptr, hidden)));
    return themed(html);
}

QString DetailHtml::cycle(const CycleInfo& cycle)
{
    QStringList steps;
    const int current = static_cast<int>(kCycleStates.indexOf(cycle.state));
    for (int i = 0; i < kCycleStates.size(); ++i) {
        const QString name = esc(kCycleStates.at(i));
        if (i == current)
            steps << QStringLiteral("<b style=\"color:%2;\">[%1]</b>")
                         .arg(name, ThemeColors::css(ThemeColors::text(QColor(0x1c, 0x5f, 0xb8))));
        else
            steps << (i < current ? name : QStringLiteral("<span style=\"color:<?muted>;\">%1</span>").arg(name));
    }
    QString html = QStringLiteral("<p>%1</p>").arg(steps.join(QStringLiteral(" → ")));
    if (current < 0)
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(cycle.state), esc(Text::tr("(a state this version of Steward does not know)")));
    html += QStringLiteral("<table cellpadding=\"2\">");
    const auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style=\"color:<?muted>;\">%1</td><td>%2</td></tr>").arg(esc(label), value);
    };
    row(Text::tr("Cycle"),
        code(cycle.cycleId) +
            QStringLiteral(" &nbsp;<a href=\"#only-cycle\">%1</a>").arg(esc(Text::tr("only this cycle"))));
    if (!cycle.currentIteration.isNull())
        row(Text::tr("Iteration"),
            esc(Text::tr("%1 of %2").arg(cycle.currentIteration.toString(), cycle.maxIterations.toString())));
    if (!cycle.mapeBefore.isNull() || !cycle.mapeAfter.isNull()) {
        const QString before = cycle.mapeBefore.isNull() ? Text::tr("—") : Metrics::format(cycle.mapeBefore.toDouble());
        const QString after = cycle.mapeAfter.isNull() ? Text::tr("—") : Metrics::format(cycle.mapeAfter.toDouble());
        row(Text::tr("MAPE"), esc(Text::tr("%1 → %2").arg(before, after)));
    }
    if (!cycle.errorMessage.isEmpty())
        row(Text::tr("Error"),
            QStringLiteral("<span style=\"color:%2;\">%1</span>")
                .arg(esc(cycle.errorMessage), ThemeColors::css(ThemeColors::text(QColor(0x9b, 0x2c, 0x22)))));
    html += QStringLiteral("</table>");
    if (!cycle.configSnapshot.isNull) {
        html += QStringLiteral("<p style=\"color:<?muted>;\">%1%2</p><pre style=\"font-family:'%3';\">%4</pre>")
                    .arg(esc(Text::tr("Config snapshot")),
                         cycle.configSnapshot.valid ? QString() : esc(Text::tr(" (not valid JSON: shown as stored)")),
                         ReviewFormat::monospaceFamily(), esc(cycle.configSnapshot.indentedText()));
    }
    return themed(html);
}

QString DetailHtml::history(const QList<AuditEntry>& decisions, const QList<RollbackRequest>& rollbacks)
{
    QString html;
    if (!rollbacks.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(Text::tr("Rollback requests")));
        for (const RollbackRequest& r : rollbacks) {
            QString line = Text::tr("%1 requested by %2 on %3: “%4”")
                               .arg(ReviewFormat::statusPillHtml(r.status), esc(r.requestedBy),
                                    esc(when(r.requestedAt)), esc(r.reason));
            if (!r.decidedBy.isEmpty())
                line += esc(Text::tr(" — decided by %1 on %2").arg(r.decidedBy, when(r.decidedAt)));
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }
    if (decisions.isEmpty())
        return themed(html + QStringLiteral("<p style=\"color:<?muted>;\">%1</p>")
                                 .arg(esc(Text::tr("No decisions recorded in Steward yet."))));
    html += QStringLiteral("<table cellpadding=\"3\">");
    for (const AuditEntry& e : decisions) {
        const QString states = e.stateBefore == e.stateAfter
                                   ? esc(e.stateAfter)
                                   : esc(Text::tr("%1 → %2").arg(e.stateBefore, e.stateAfter));
        html += QStringLiteral("<tr><td style=\"color:<?muted>;\">%1</td><td><b>%2</b></td><td>%3</td><td>%4</td>"
                               "<td style=\"color:<?muted>;\">#%5</td></tr>")
                    .arg(esc(when(e.recordedAt)), esc(e.actor), esc(e.action), states)
                    .arg(e.seq);
        if (!e.comment.isEmpty())
            html += QStringLiteral("<tr><td></td><td colspan=\"4\">“%1”</td></tr>").arg(esc(e.comment));
    }
    return themed(html + QStringLiteral("</table>"));
}

QString DetailHtml::rawJson(const SuggestionDetail& detail)
{
    QString text;
    const auto section = [&text](const QString& column, const JsonCell& cell) {
        text += QStringLiteral("── %1").arg(column);
        if (cell.isNull)
            text += QStringLiteral(" ──\nNULL\n\n");
        else if (!cell.valid)
            text += Text::tr(" (not valid JSON: %1) ──\n%2\n\n").arg(cell.error, cell.raw);
        else
            text += QStringLiteral(" ──\n%1\n\n").arg(cell.indentedText());
    };
    section(QStringLiteral("parameter_diff"), detail.parameterDiff);
    section(QStringLiteral("before_metrics"), detail.beforeMetrics);
    section(QStringLiteral("after_metrics"), detail.afterMetrics);
    if (detail.cycle)
        section(QStringLiteral("improvement_cycles.config_snapshot"), detail.cycle->configSnapshot);
    return text;
}

} // namespace steward
