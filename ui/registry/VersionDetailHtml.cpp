#include "VersionDetailHtml.h"

#include "models/registry/Metrics.h"
#include "models/registry/VersionChanges.h"
#include "models/registry/VersionId.h"
#include "models/workflow/TransitionEngine.h"
#include "ui/registry/MetricMoveText.h"
#include "ui/registry/VersionListProxy.h"
#include "ui/render/ThemeColors.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPalette>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VersionDetail)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime& utc)
{
    return utc.isValid() ? esc(VersionId::readable(utc)) : QStringLiteral("—");
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString section(const QString& title)
{
    return QStringLiteral("<h3 style='margin-top:14px; margin-bottom:4px;'>%1</h3>").arg(esc(title));
}

QString table(const QStringList& headers, const QList<QStringList>& rows)
{
    // Shades from the palette, so that the text on them stays legible under a dark one.
    const QPalette palette = QGuiApplication::palette();
    const QString headerShade = palette.color(QPalette::Button).name();
    const QString rowShade = palette.color(QPalette::AlternateBase).name();
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' style='border-collapse:collapse;'><tr>");
    for (const QString& header : headers)
        html += QStringLiteral("<th align='left' style='background:%1; padding:3px 8px;'>%2</th>")
                    .arg(headerShade, esc(header));
    html += QStringLiteral("</tr>");
    for (int r = 0; r < rows.size(); ++r) {
        html += r % 2 ? QStringLiteral("<tr style='background:%1;'>").arg(rowShade) : QStringLiteral("<tr>");
        for (const QString& cell : rows.at(r))
            html += QStringLiteral("<td style='padding:3px 8px;'>%1</td>").arg(cell); // cells are escaped by callers
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString metricsLine(const QMap<QString, double>& metrics)
{
    return esc(Metrics::line(metrics));
}

QString headerHtml(const VersionDetailContent& c)
{
    const ModelVersion& v = c.version;
    QString badge;
    if (v.active)
        badge = c.active.markedBySystem ? Text::tr("active (as its system marks it)")
                : c.active.recorded     ? Text::tr("active version")
                                        : Text::tr("active (newest; no version set)");
    QString html =
        QStringLiteral("<h2 style='margin-bottom:2px;'>%1 %2</h2>")
            .arg(esc(v.version), badge.isEmpty()
                                     ? QString()
                                     : QStringLiteral("<span style='color:%2; font-size:small;'>● %1</span>")
                                           .arg(esc(badge), ThemeColors::css(ThemeColors::text(ThemeColors::good()))));
    // Facts as "label: value" items; a count the system does not keep is left out.
    QStringList facts{QStringLiteral("%1 <b>%2</b>").arg(esc(c.scopeWord), esc(v.clientId)),
                      Text::tr("trained %1").arg(when(v.trainedAt)), Text::tr("registered %1").arg(when(v.createdAt))};
    if (v.featureCount)
        facts << Text::tr("features: %1").arg(QLocale().toString(*v.featureCount));
    if (v.trainingSamples)
        facts << Text::tr("training samples: %1").arg(QLocale().toString(*v.trainingSamples));
    html += QStringLiteral("<p style='margin-top:0;'>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    for (const RollbackRequest& r : c.pendingRollbacks) {
        html += QStringLiteral("<p style='background:%2; padding:4px;'>%1</p>")
                    .arg(Text::tr("Rollback to %1 requested by %2 on %3 (request %4) — awaiting a manager. Reason: %5")
                             .arg(esc(r.targetId), esc(r.requestedBy), when(r.requestedAt), esc(shortId(r.requestId)),
                                  esc(r.reason)),
                         ThemeColors::css(ThemeColors::tint(ThemeColors::caution())));
    }
    return html;
}

QString missingTable(const QString& title, const QString& table)
{
    return section(title) +
           QStringLiteral("<p>%1</p>")
               .arg(esc(
                   Text::tr("The table %1 is missing from this database, so Steward cannot show this.").arg(table)));
}

// One metric's change against another version, coloured and worded (a regression reads without
// colour too).
QString moveCell(const std::optional<VersionChanges::Move>& move)
{
    if (!move)
        return QStringLiteral("—");
    const QColor colour = MetricMoveText::colour(*move);
    QString text = esc(MetricMoveText::change(*move));
    if (move->delta.verdict != 0)
        text += QStringLiteral(" · ") + esc(move->isRegression() ? Text::tr("worse") : Text::tr("better"));
    if (!colour.isValid())
        return text;
    return QStringLiteral("<span style='color:%1;%2'>%3</span>")
        .arg(colour.name(), move->isRegression() ? QStringLiteral(" font-weight:bold;") : QString(), text);
}

std::optional<VersionChanges::Move> moveOf(const QList<VersionChanges::Move>& moves, const QString& key)
{
    for (const VersionChanges::Move& move : moves) {
        if (move.key == key)
            return move;
    }
    return std::nullopt;
}

QString regressionNote(const QString& sentence, const QList<VersionChanges::Move>& moves)
{
    const QStringList worse = VersionChanges::regressions(moves);
    if (worse.isEmpty())
        return {};
    return QStringLiteral("<p style='color:%1; font-weight:bold;'>⚠ %2</p>")
        .arg(MetricMoveText::colour(*moveOf(moves, worse.first())).name(),
             esc(sentence.arg(worse.join(QStringLiteral(", ")))));
}

QString metricsHtml(const VersionDetailContent& c)
{
    const ModelVersion& v = c.version;
    if (v.metricsJson.isNull)
        return section(Text::tr("Metrics")) + Text::tr("<p>No metrics recorded.</p>");
    if (!v.metricsJson.valid) {
        return section(Text::tr("Metrics")) +
               QStringLiteral("<p style='color:%3;'>%1</p><pre>%2</pre>")
                   .arg(Text::tr("The metrics are not valid JSON (%1); the stored text is:")
                            .arg(esc(v.metricsJson.error)),
                        esc(v.metricsJson.raw.left(2000)), ThemeColors::css(ThemeColors::text(ThemeColors::caution())));
    }
    const QList<VersionChanges::Move> sincePrevious =
        c.previous ? VersionChanges::compare(c.previous->metrics, v.metrics) : QList<VersionChanges::Move>();
    const QList<VersionChanges::Move> againstActive =
        c.activeVersion ? VersionChanges::compare(c.activeVersion->metrics, v.metrics) : QList<VersionChanges::Move>();
    QStringList headers{Text::tr("Metric"), Text::tr("Value")};
    if (c.previous)
        headers << Text::tr("vs previous (%1)").arg(c.previous->version);
    if (c.activeVersion)
        headers << Text::tr("vs active (%1)").arg(c.activeVersion->version);
    headers << QString();
    QList<QStringList> rows;
    for (const QString& key : Metrics::ordered(v.metrics.keys())) {
        const Metrics::Direction d = Metrics::direction(key);
        const QString hint = d == Metrics::Direction::HigherIsBetter ? Text::tr("higher is better")
                             : d == Metrics::Direction::CloserToZero ? Text::tr("closer to zero is better")
                                                                     : Text::tr("lower is better");
        QStringList row{esc(key), Metrics::format(v.metrics.value(key))};
        if (c.previous)
            row << moveCell(moveOf(sincePrevious, key));
        if (c.activeVersion)
            row << moveCell(moveOf(againstActive, key));
        rows << (row << esc(hint));
    }
    const QJsonObject object = v.metricsJson.value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isDouble())
            continue;
        QStringList row{esc(it.key()), esc(jsonToCompactText(it.value()).left(200))};
        while (row.size() < headers.size() - 1)
            row << QString();
        rows << (row << Text::tr("not a number"));
    }
    QString notes;
    if (c.previous)
        notes += regressionNote(Text::tr("Worse than the previous version, %1, on: %2.").arg(c.previous->version),
                                sincePrevious);
    if (c.activeVersion)
        notes += regressionNote(Text::tr("Worse than the active version, %1, on: %2.").arg(c.activeVersion->version),
                                againstActive);
    return section(Text::tr("Metrics")) + notes + table(headers, rows);
}

QString importHtml(const ImportRecord& record)
{
    const QJsonObject doc = record.metadata.value.toObject();
    QString html = section(Text::tr("Imported from a model folder"));
    html += QStringLiteral("<p>%1</p>")
                .arg(Text::tr("From <code>%1</code> by %2 on %3.")
                         .arg(esc(record.sourcePath), esc(record.importedBy), when(record.importedAt)));
    QStringList facts;
    if (doc.contains(QStringLiteral("target")))
        facts << Text::tr("target <b>%1</b>").arg(esc(doc.value(QStringLiteral("target")).toString()));
    for (const QString& key :
         {QStringLiteral("train_samples"), QStringLiteral("test_samples"), QStringLiteral("total_samples")}) {
        if (doc.value(key).isDouble())
            facts << Text::tr("%1 %2").arg(esc(key), QLocale().toString(doc.value(key).toInteger()));
    }
    if (!facts.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    const QJsonArray features = doc.value(QStringLiteral("features")).toArray();
    if (!features.isEmpty()) {
        QStringList names;
        for (const QJsonValue& f : features)
            names << esc(f.toString());
        html += QStringLiteral("<p>%1</p>")
                    .arg(Text::tr("Features (%1): %2").arg(features.size()).arg(names.join(QStringLiteral(", "))));
    }
    QList<QStringList> rows;
    for (const QJsonValue& candidate : doc.value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject object = candidate.toObject();
        QMap<QString, double> numbers;
        const QJsonObject metrics = object.value(QStringLiteral("metrics")).toObject();
        for (auto it = metrics.begin(); it != metrics.end(); ++it) {
            if (it.value().isDouble())
                numbers.insert(it.key(), it.value().toDouble());
        }
        rows << QStringList{esc(object.value(QStringLiteral("name")).toString()), metricsLine(numbers)};
    }
    if (!rows.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(Text::tr("Candidates evaluated:")) +
                table({Text::tr("Model"), Text::tr("Metrics")}, rows);
    return html;
}

QString jobsHtml(const QList<TrainingJob>& jobs, bool hasTable)
{
    if (!hasTable)
        return missingTable(Text::tr("Training jobs"), QStringLiteral("training_jobs"));
    if (jobs.isEmpty())
        return section(Text::tr("Training jobs")) + Text::tr("<p>No training job names this version.</p>");
    QList<QStringList> rows;
    const QString red = ThemeColors::css(ThemeColors::text(ThemeColors::bad()));
    for (const TrainingJob& job : jobs) {
        const auto duration = job.durationSeconds();
        QString status = esc(job.status);
        if (job.status == QLatin1String("failed"))
            status = QStringLiteral("<span style='color:%2; font-weight:bold;'>%1</span>").arg(status, red);
        rows << QStringList{esc(shortId(job.jobId)),
                            status,
                            when(job.startedAt),
                            when(job.completedAt),
                            duration ? esc(durationText(*duration)) : QStringLiteral("—"),
                            job.errorMessage.isEmpty()
                                ? QString()
                                : QStringLiteral("<span style='color:%2;'>%1</span>").arg(esc(job.errorMessage), red)};
    }
    return section(Text::tr("Training jobs")) + table({Text::tr("Job"), Text::tr("Status"), Text::tr("Started"),
                                                       Text::tr("Finished"), Text::tr("Duration"), Text::tr("Error")},
                                                      rows);
}

QString foldsHtml(const QList<BacktestFoldRow>& folds, bool hasTable)
{
    if (!hasTable)
        return missingTable(Text::tr("Backtests"), QStringLiteral("backtest_results"));
    if (folds.isEmpty())
        return section(Text::tr("Backtests")) + Text::tr("<p>This version was not backtested.</p>");
    QList<QStringList> rows;
    for (const BacktestFoldRow& fold : folds) {
        rows << QStringList{esc(fold.level), fold.foldIndex ? QString::number(*fold.foldIndex) : QStringLiteral("—"),
                            Text::tr("%1 → %2").arg(dateText(fold.trainStart), dateText(fold.trainEnd)),
                            Text::tr("%1 → %2").arg(dateText(fold.testStart), dateText(fold.testEnd)),
                            fold.metricsJson.valid
                                ? metricsLine(fold.metrics)
                                : Text::tr("invalid JSON: %1").arg(esc(fold.metricsJson.raw.left(120)))};
    }
    return section(Text::tr("Backtests (walk-forward folds)")) +
           table({Text::tr("Level"), Text::tr("Fold"), Text::tr("Train"), Text::tr("Test"), Text::tr("Metrics")}, rows);
}

QString forecastsHtml(const QList<ForecastSummary>& forecasts, qint64 total, bool hasTable)
{
    if (!hasTable)
        return missingTable(Text::tr("Forecasts"), QStringLiteral("forecast_results"));
    if (forecasts.isEmpty())
        return section(Text::tr("Forecasts")) + Text::tr("<p>No forecasts were made with this version.</p>");
    QList<QStringList> rows;
    for (const ForecastSummary& s : forecasts)
        rows << QStringList{esc(s.seriesKey), QLocale().toString(s.days),
                            Text::tr("%1 → %2").arg(dateText(s.firstDate), dateText(s.lastDate)),
                            Metrics::format(s.meanPredicted)};
    QString html = section(Text::tr("Forecasts made with this version")) +
                   table({Text::tr("Series"), Text::tr("Days"), Text::tr("Dates"), Text::tr("Mean predicted")}, rows);
    if (total > forecasts.size())
        html += QStringLiteral("<p>%1</p>")
                    .arg(Text::tr("… and %1 more series.").arg(QLocale().toString(total - forecasts.size())));
    return html;
}
} // namespace

QStringList versionDetailHtmlParts(const VersionDetailContent& content)
{
    QString first = headerHtml(content) + metricsHtml(content);
    if (content.import)
        first += importHtml(*content.import);
    return {first + jobsHtml(content.jobs, content.hasJobsTable), foldsHtml(content.folds, content.hasBacktestsTable),
            forecastsHtml(content.forecasts, content.forecastSeries, content.hasForecastsTable)};
}

QString versionDetailHtml(const VersionDetailContent& content)
{
    return versionDetailHtmlParts(content).join(QString());
}

} // namespace steward
