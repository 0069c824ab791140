#include "GuiTestSupport.h"

#include "TestSupport.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QTest>
#include <QWidget>

namespace steward::test {

TemporarySettings::TemporarySettings()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_folder.path());
}

void TemporarySettings::clear()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> showMainWindow(QSize size)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return STEWARD_HELPER_FAILED("the window was not shown");
    return window;
}

std::unique_ptr<MainWindow> openMainWindow(const QString& path, const WindowOpening& opening)
{
    auto window = showMainWindow(opening.size);
    if (!window)
        return nullptr;
    ConnectionTarget target;
    target.sqlitePath = path;
    target.readOnly = opening.readOnly;
    OpenOptions options;
    options.actingUser = opening.actingUser;
    if (const Outcome opened = window->openTarget(target, options); !opened)
        return STEWARD_HELPER_FAILED("cannot open %s: %s", qPrintable(path), qPrintable(opened.message()));
    return window;
}

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(150);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QString saveBuildScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    QTest::qWait(150);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    return widget->grab().save(path) ? path : QString();
}

QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        dark.setColor(group, QPalette::Window, window);
        dark.setColor(group, QPalette::WindowText, text);
        dark.setColor(group, QPalette::Base, base);
        dark.setColor(group, QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(group, QPalette::Text, text);
        dark.setColor(group, QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(group, QPalette::ButtonText, text);
        dark.setColor(group, QPalette::ToolTipBase, base);
        dark.setColor(group, QPalette::ToolTipText, text);
        dark.setColor(group, QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(group, QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
        dark.setColor(group, QPalette::HighlightedText, Qt::white);
        dark.setColor(group, QPalette::Link, QColor(0x7c, 0xb7, 0xff));
        dark.setColor(group, QPalette::Mid, QColor(0x60, 0x60, 0x60));
        dark.setColor(group, QPalette::Dark, QColor(0x18, 0x18, 0x18));
        dark.setColor(group, QPalette::Light, QColor(0x50, 0x50, 0x50));
    }
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return dark;
}

QStringList saveLooks(const QString& name, const std::function<std::unique_ptr<QWidget>(QSize)>& open)
{
    const QPalette original = QApplication::palette();
    QStringList paths;
    for (bool dark : {false, true}) {
        if (dark)
            QApplication::setPalette(darkPalette());
        for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
            std::unique_ptr<QWidget> window = open(size);
            paths << (window ? saveBuildScreenshot(window.get(),
                                                   QStringLiteral("%1-%2x%3-%4")
                                                       .arg(name)
                                                       .arg(size.width())
                                                       .arg(size.height())
                                                       .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")))
                             : QString());
        }
    }
    QApplication::setPalette(original);
    return paths;
}

} // namespace steward::test
