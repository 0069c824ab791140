#pragma once

#include <QString>
#include <QTemporaryDir>

class QWidget;

namespace steward::test {

// Settings of the GUI under test live in a folder of their own, never in the user's.
class TemporarySettings
{
public:
    TemporarySettings();
    // Forgets what earlier test functions left behind (filters, widths, splitters).
    static void clear();

private:
    QTemporaryDir m_folder;
};

// Saves a picture of `widget` to $STEWARD_SCREENSHOTS/NAME.png when that variable is set, after
// letting pending layout requests settle as they would on screen.
void saveScreenshot(QWidget* widget, const QString& name);

} // namespace steward::test
