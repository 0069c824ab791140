#pragma once

#include <QString>

namespace steward {

class Database;

// What the Models view says about active versions whose monitored trend is declining
// (PerformanceSummary::decliningOnActive), for one client: a marker for the active-version line
// and a tooltip naming each metric with its first and last values. Empty where nothing declines
// or the system records no performance.
struct DecliningTrendNote
{
    QString html;
    QString toolTip;

    static DecliningTrendNote of(Database& database, const QString& client);
};

} // namespace steward
