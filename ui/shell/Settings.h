#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariant>

namespace steward {

// The window's remembered state, with typed keys and defaults in one place. Passwords are
// never stored: recent connections keep the target without its password.
class Settings
{
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        CurrentPage,
        RecentConnections,
        LastDirectory,
        TablesSplitter,
        SuggestionsSplitter,
        SuggestionsColumns,
        ConsoleSplitter,
        ConsoleQuery,
        ModelsSplitter,
        ModelsClient,
        ModelsMetric,
        ChartsKind,
        ChartsClient,
        ChartsMetric,
        ChartsSeries,
        SuggestionsFilter, // QVariantMap: status, client, category
        SuggestionsDetailSplitter,
        AuditSplitter,
        AuditColumns,
        GovernanceTab,
        GovernanceSplitter,
        GovernanceQueueHeader,
        GovernancePoliciesSplitter,
        Language, // "", "en", "vi" or "es": empty follows the system
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);

    static QStringList recentConnections();
    // Adds `persistentForm` (a path, or a URI without its password) at the top of the list.
    static void addRecentConnection(const QString& persistentForm);

private:
    static QString name(Key key);
    static QVariant defaultValue(Key key);
};

} // namespace steward
