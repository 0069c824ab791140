// The Models page's detail pane: what it reads about the current version (its jobs, backtests,
// forecasts, import, the versions to compare it with, pending rollbacks) and shows as HTML.
#include "ModelsPage.h"
#include "models/db/Database.h"
#include "models/profiles/Profile.h"
#include "models/profiles/ScopeWords.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionDetails.h"
#include "models/workflow/Workflow.h"
#include "ui/registry/VersionDetailHtml.h"
#include "ui/render/ThemeColors.h"

#include <QTextBrowser>

namespace steward {

void ModelsPage::showDetail()
{
    const QString version = currentVersion();
    if (!registry() || version.isEmpty()) {
        m_detail->setHtml(tr(
            "<p style='color:gray;'>Select a version to see its metrics, training jobs, backtests and forecasts.</p>"));
        return;
    }
    auto found = registry()->version(currentClient(), version);
    if (!found) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(found.failure().message().toHtmlEscaped()));
        return;
    }
    VersionDetailContent content;
    content.version = *found;
    content.scopeWord = ScopeWords::singular(registry()->database().profile());
    auto active = registry()->activeVersion(currentClient(), content.version.modelName);
    auto jobs = VersionDetails::trainingJobs(*registry(), content.version);
    auto folds = VersionDetails::backtests(*registry(), content.version);
    if (!m_forecastVersions) {
        auto versions = VersionDetails::versionsWithForecasts(*registry(), currentClient());
        m_forecastVersions = versions ? *versions : QStringList();
    }
    Result<QList<ForecastSummary>> forecasts = QList<ForecastSummary>();
    if (m_forecastVersions->contains(content.version.version))
        forecasts = VersionDetails::forecasts(*registry(), content.version, 50, &content.forecastSeries);
    auto imported = VersionDetails::importRecord(*registry(), content.version);
    QStringList problems;
    if (active) {
        content.active = *active;
        if (!active->version.isEmpty() && active->version != content.version.version) {
            if (auto activeVersion = registry()->version(currentClient(), active->version); activeVersion)
                content.activeVersion = *activeVersion;
        }
    }
    if (auto previous = registry()->previous(content.version); previous)
        content.previous = *previous;
    else
        problems << previous.failure().message();
    content.hasJobsTable = registry()->hasTable(QStringLiteral("training_jobs"));
    content.hasBacktestsTable = registry()->hasTable(QStringLiteral("backtest_results"));
    content.hasForecastsTable = registry()->hasTable(QStringLiteral("forecast_results"));
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
    if (registry()->hasAppTable(QStringLiteral("rollback_requests"))) {
        if (auto pending = RollbackRequests::list(registry()->database(), stateName(RollbackRequestState::Requested));
            pending) {
            for (const RollbackRequest& r : *pending) {
                if (r.targetKind == RollbackRequests::kModelVersion && r.clientId == content.version.clientId)
                    content.pendingRollbacks << r;
            }
        }
    }
    QString html = versionDetailHtml(content);
    for (const QString& problem : problems)
        html += QStringLiteral("<p style='color:%2;'>%1</p>")
                    .arg(problem.toHtmlEscaped(), ThemeColors::css(ThemeColors::text(ThemeColors::bad())));
    m_detail->setHtml(html);
}

} // namespace steward
