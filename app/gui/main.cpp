#include "db/ConnectionTarget.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Steward"));
    QApplication::setOrganizationName(QStringLiteral("Steward"));
    QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("steward"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("steward"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Review and governance for forecasting models."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QApplication::translate("main", "A SQLite file or a postgresql:// URI to open."));
    const QCommandLineOption readOnly(QStringLiteral("read-only"), QApplication::translate("main", "Open read-only."));
    const QCommandLineOption actAs(QStringLiteral("as"), QApplication::translate("main", "Act as USER (SQLite only)."),
                                   QStringLiteral("USER"));
    parser.addOption(readOnly);
    parser.addOption(actAs);
    parser.process(app);

    steward::MainWindow window;
    window.show();
    const QString database = parser.positionalArguments().value(0, qEnvironmentVariable("STEWARD_DB"));
    if (!database.isEmpty()) {
        auto target = steward::ConnectionTarget::parse(database);
        if (target) {
            target->readOnly = parser.isSet(readOnly);
            steward::OpenOptions options;
            options.actingUser = parser.value(actAs);
            window.openTarget(*target, options);
        }
    }
    return QApplication::exec();
}
