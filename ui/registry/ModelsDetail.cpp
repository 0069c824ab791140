// The Models page's detail pane: what it reads about the current version (its jobs, backtests,
// forecasts, import, the versions to compare it with), read as a job, and shown as HTML.
#include "ModelsPage.h"
#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"
#include "models/profiles/Profile.h"
#include "models/profiles/ScopeWords.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionDetails.h"
#include "ui/registry/VersionDetailHtml.h"
#include "ui/render/ThemeColors.h"

#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>

namespace steward {

namespace {
// What the detail shows, read on a job's connection.
struct DetailRead
{
    VersionDetailContent content;
    QStringList problems;
    QStringList forecastVersions; // of the client: read once, kept by the page
};

Result<DetailRead> readDetail(const ModelRegistry& registry, const QString& client, const QString& version,
                              const std::optional<QStringList>& forecastVersions)
{
    auto found = registry.version(client, version);
    if (!found)
        return found.failure();
    DetailRead read;
    VersionDetailContent& content = read.content;
    content.version = *found;
    content.scopeWord = ScopeWords::singular(registry.database().profile());
    auto active = registry.activeVersion(client, content.version.modelName);
    auto jobs = VersionDetails::trainingJobs(registry, content.version);
    auto folds = VersionDetails::backtests(registry, content.version);
    if (forecastVersions) {
        read.forecastVersions = *forecastVersions;
    } else {
        auto versions = VersionDetails::versionsWithForecasts(registry, client);
        read.forecastVersions = versions ? *versions : QStringList();
    }
    Result<QList<ForecastSummary>> forecasts = QList<ForecastSummary>();
    // A few series and how many more: the window lays out every cell of the detail at once
    // (50 series of a version with 12,000 took 40-80 ms of the window's thread); the forecast
    // fan (Charts) shows any series.
    if (read.forecastVersions.contains(content.version.version))
        forecasts =
            VersionDetails::forecasts(registry, content.version, kDetailForecastSeries, &content.forecastSeries);
    auto imported = VersionDetails::importRecord(registry, content.version);
    QStringList& problems = read.problems;
    if (active) {
        content.active = *active;
        if (!active->version.isEmpty() && active->version != content.version.version) {
            if (auto activeVersion = registry.version(client, active->version); activeVersion)
                content.activeVersion = *activeVersion;
        }
    }
    if (auto previous = registry.previous(content.version); previous)
        content.previous = *previous;
    else
        problems << previous.failure().message();
    content.hasJobsTable = registry.hasTable(QStringLiteral("training_jobs"));
    content.hasBacktestsTable = registry.hasTable(QStringLiteral("backtest_results"));
    content.hasForecastsTable = registry.hasTable(QStringLiteral("forecast_results"));
    if (jobs)
        content.jobs = *jobs;
    else
        problems << jobs.failure().message();
    if (folds)
        content.folds = *folds;
    else
        problems << folds.failure().message();
    if (forecasts)
        content.forecasts = *forecasts;
    else
        problems << forecasts.failure().message();
    if (imported)
        content.import = *imported;
    return read;
}
} // namespace

void ModelsPage::showDetail()
{
    const QString version = currentVersion();
    if (!registry() || version.isEmpty()) {
        m_detailJobs->abandon();
        setDetail(m_readingVersions ? tr("<p style='color:gray;'>Reading the versions…</p>")
                                    : tr("<p style='color:gray;'>Select a version to see its metrics, training jobs, "
                                         "backtests and forecasts.</p>"));
        return;
    }
    setDetail(tr("<p style='color:gray;'>Reading %1…</p>").arg(version.toHtmlEscaped()));
    readRegistry<DetailRead>(
        m_detailJobs,
        [client = currentClient(), version, forecasts = m_forecastVersions](
            const ModelRegistry& registry, JobControl&) { return readDetail(registry, client, version, forecasts); },
        [this](const Result<DetailRead>& read) {
            if (!read) {
                setDetail(QStringLiteral("<p>%1</p>").arg(read.failure().message().toHtmlEscaped()));
                return;
            }
            m_forecastVersions = read->forecastVersions;
            VersionDetailContent content = read->content;
            content.pendingRollbacks = m_pendingRequests;
            QStringList parts = versionDetailHtmlParts(content);
            for (const QString& problem : read->problems)
                parts.last() +=
                    QStringLiteral("<p style='color:%2;'>%1</p>")
                        .arg(problem.toHtmlEscaped(), ThemeColors::css(ThemeColors::text(ThemeColors::bad())));
            const QString first = parts.takeFirst();
            setDetail(first, parts);
        });
}

void ModelsPage::setDetail(const QString& html, const QStringList& rest)
{
    const int serial = ++m_detailSerial;
    m_detailRest = rest;
    m_detail->setHtml(html);
    appendDetailPart(serial);
}

void ModelsPage::appendDetailPart(int serial)
{
    if (m_detailRest.isEmpty())
        return;
    // The next part on the next turn, after the end of what is shown: the window answers
    // between the parts' layouts.
    QTimer::singleShot(0, this, [this, serial] {
        if (serial != m_detailSerial || m_detailRest.isEmpty())
            return;
        QTextCursor end(m_detail->document());
        end.movePosition(QTextCursor::End);
        end.insertHtml(m_detailRest.takeFirst());
        appendDetailPart(serial);
    });
}

} // namespace steward
