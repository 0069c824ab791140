#include "GuiTestSupport.h"

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

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(150);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace steward::test
