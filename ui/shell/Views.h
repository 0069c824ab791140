#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

// The views of the main window, in navigation order (Ctrl+1 ... Ctrl+7).
enum class View { Suggestions, Models, Charts, Governance, Audit, Tables, Console };
// The pipeline tables a view cannot work without.
QStringList requiredTables(View view);
QString viewName(View view);
// The view's name on command lines and in settings: "suggestions", "models"...
QString viewKey(View view);
QList<View> allViews();

} // namespace steward
