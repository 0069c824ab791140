#include "CliMain.h"
#include "models/jobs/MallocArenas.h"
#include "ui/render/OffscreenEnvironment.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>

int main(int argc, char** argv)
{
    steward::limitMallocArenas();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Charts and reports are drawn with Qt's painting, which needs a GUI application; it
    // renders offscreen, so no display is needed.
    std::unique_ptr<QCoreApplication> app;
    if (steward::cli::needsGuiApplication(arguments)) {
        steward::prepareOffscreenEnvironment();
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("steward-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Steward"));
    return steward::cli::run(arguments);
}
