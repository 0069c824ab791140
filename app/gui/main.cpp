#include "models/db/ConnectionTarget.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MessageBar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <tuple>

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
    const QCommandLineOption view(QStringLiteral("view"),
                                  QApplication::translate("main",
                                                          "Start on VIEW: suggestions, models, charts, governance, "
                                                          "audit, tables or console."),
                                  QStringLiteral("VIEW"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to FILE once it "
                                                                        "has loaded, then quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), QApplication::translate("main", "Window size, WIDTHxHEIGHT."),
                                  QStringLiteral("SIZE"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main",
                                                             "Read the tables as PROFILE's: pipeline, urutiiq, within, "
                                                             "krongthai or a profile file (default: recognised)."),
                                     QStringLiteral("PROFILE"));
    parser.addOptions({readOnly, actAs, view, screenshot, size, profile});
    parser.process(app);

    steward::MainWindow window;
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        if (parts.size() == 2)
            window.resize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    window.show();
    const QString database = parser.positionalArguments().value(0, qEnvironmentVariable("STEWARD_DB"));
    if (!database.isEmpty()) {
        auto target = steward::ConnectionTarget::parse(database);
        if (!target) {
            window.messageBar()->showMessage(steward::MessageBar::Kind::Error, target.failure().message());
        } else {
            target->readOnly = parser.isSet(readOnly);
            steward::OpenOptions options;
            options.actingUser = parser.value(actAs);
            options.profile = parser.value(profile);
            // The window shows why the database did not open, and offers to open another.
            std::ignore = window.openOrAsk(*target, options);
        }
    }
    if (parser.isSet(view)) {
        for (steward::View candidate : steward::allViews()) {
            if (steward::viewKey(candidate) == parser.value(view))
                window.showPage(candidate);
        }
    }
    if (parser.isSet(screenshot)) {
        // Once the views have painted what they read: the picture is what a person would see.
        QTimer::singleShot(800, &window, [&window, file = parser.value(screenshot)] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
