#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

// The views of the main window, in navigation order (Ctrl+1 ... Ctrl+8). Monitoring came last,
// so that the other views kept their shortcuts.
enum class View { Suggestions, Models, Charts, Governance, Audit, Tables, Console, Monitoring };
// The pipeline tables a view cannot work without (Monitoring: the pipeline's; another system's
// monitoring tables are its profile's entities, see Session::missingFor).
QStringList requiredTables(View view);
QString viewName(View view);
// The view's name on command lines and in settings: "suggestions", "models"...
QString viewKey(View view);
QList<View> allViews();

} // namespace steward
