#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class QPalette;
class QWidget;

namespace steward {
class MainWindow;
}

namespace steward::test {

// How a test opens a SQLite file in a main window.
struct WindowOpening
{
    QSize size{1400, 900};
    bool readOnly = false;
    QString actingUser; // empty: the login name, as without --as
};
// A main window of `size`, shown and exposed, with no database open; null, the test failing at
// the caller, when it cannot be.
std::unique_ptr<MainWindow> showMainWindow(QSize size = {1280, 800});
// A main window of `opening.size`, shown and exposed, with the file at `path` open in it; null,
// the test failing at the caller, when it cannot be.
std::unique_ptr<MainWindow> openMainWindow(const QString& path, const WindowOpening& opening = {});

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
// Saves a picture of `widget` into the build folder, screenshots/NAME.png beside the test, to
// be looked at; returns the path (empty when it could not be written).
QString saveBuildScreenshot(QWidget* widget, const QString& name);
// A palette like a dark system theme's, to check that views stay legible under one.
QPalette darkPalette();
// Pictures of a view at 1440x900 and 1024x700, under the palette as it is and under
// darkPalette(): `open` makes the window at a size (null when it cannot), and each picture is
// saved with saveBuildScreenshot as NAME-WxH-light|dark. Returns the paths; an empty path is a
// picture that could not be made.
QStringList saveLooks(const QString& name, const std::function<std::unique_ptr<QWidget>(QSize)>& open);

} // namespace steward::test
