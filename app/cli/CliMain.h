#pragma once

#include <QStringList>

namespace steward::cli {

// Runs steward-cli with the arguments after the program name; returns the exit code.
int run(const QStringList& arguments);
// Whether a command needs a GUI application object (it renders charts or documents).
bool needsGuiApplication(const QStringList& arguments);

} // namespace steward::cli
