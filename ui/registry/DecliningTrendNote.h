#pragma once

#include "models/monitoring/PerformanceSummary.h"

#include <QList>
#include <QString>

namespace steward {

// What the Models view says about active versions whose monitored trend is declining
// (PerformanceSummary::decliningOnActive), for one client: a marker for the active-version line
// and a tooltip naming each metric with its first and last values. Empty where nothing declines
// or the system records no performance.
struct DecliningTrendNote
{
    QString html;
    QString toolTip;

    // From the rows PerformanceSummary::decliningOnActive read for the client (ClientVersions).
    static DecliningTrendNote of(const QList<PerformanceRow>& declining);
};

} // namespace steward
