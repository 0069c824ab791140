#include "Settings.h"

#include "models/db/ConnectionTarget.h"

#include <QSettings>

namespace steward {

QString Settings::name(Key key)
{
    switch (key) {
    case Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Key::WindowState:
        return QStringLiteral("window/state");
    case Key::CurrentPage:
        return QStringLiteral("window/page");
    case Key::RecentConnections:
        return QStringLiteral("connections/recent");
    case Key::LastDirectory:
        return QStringLiteral("files/lastDirectory");
    case Key::TablesSplitter:
        return QStringLiteral("tables/splitter");
    case Key::SuggestionsSplitter:
        return QStringLiteral("suggestions/splitter");
    case Key::SuggestionsColumns:
        // Renamed when the queue gained its Age column: a header state keeps columns by position,
        // so one saved for the older columns would put their widths and hidden flags on others.
        return QStringLiteral("suggestions/queue-columns");
    case Key::ConsoleSplitter:
        return QStringLiteral("console/splitter");
    case Key::ConsoleQuery:
        return QStringLiteral("console/query");
    case Key::ModelsSplitter:
        return QStringLiteral("models/splitter");
    case Key::ModelsClient:
        return QStringLiteral("models/client");
    case Key::ModelsMetric:
        return QStringLiteral("models/metric");
    case Key::ChartsKind:
        return QStringLiteral("charts/kind");
    case Key::ChartsClient:
        return QStringLiteral("charts/client");
    case Key::ChartsMetric:
        return QStringLiteral("charts/metric");
    case Key::ChartsSeries:
        return QStringLiteral("charts/series");
    case Key::SuggestionsFilter:
        return QStringLiteral("suggestions/filter");
    case Key::SuggestionsDetailSplitter:
        return QStringLiteral("suggestions/detailSplitter");
    case Key::AuditSplitter:
        return QStringLiteral("audit/splitter");
    case Key::AuditColumns:
        return QStringLiteral("audit/columns");
    case Key::GovernanceTab:
        return QStringLiteral("governance/tab");
    case Key::GovernanceSplitter:
        return QStringLiteral("governance/splitter");
    case Key::GovernanceQueueHeader:
        return QStringLiteral("governance/queueHeader");
    case Key::GovernancePoliciesSplitter:
        return QStringLiteral("governance/policiesSplitter");
    case Key::Language:
        return QStringLiteral("window/language");
    }
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::CurrentPage:
        return 0;
    case Key::RecentConnections:
        return QStringList();
    default:
        return {};
    }
}

QVariant Settings::value(Key key)
{
    return QSettings().value(name(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    QSettings().setValue(name(key), value);
}

QStringList Settings::recentConnections()
{
    return value(Key::RecentConnections).toStringList();
}

void Settings::addRecentConnection(const QString& persistentForm)
{
    // Settings are plain files: whatever a caller passes, no password reaches them.
    const auto target = ConnectionTarget::parse(persistentForm);
    const QString entry = target ? target->persistentForm() : persistentForm;
    QStringList recent = recentConnections();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > 10)
        recent.removeLast();
    setValue(Key::RecentConnections, recent);
}

} // namespace steward
