#include "models/db/ConnectionTarget.h"
#include "models/jobs/MallocArenas.h"
#include "ui/shell/Language.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/widgets/MessageBar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QTimer>
#include <tuple>

int main(int argc, char** argv)
{
    steward::limitMallocArenas();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Steward"));
    QApplication::setOrganizationName(QStringLiteral("Steward"));
    QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("steward"));

    // The language chosen under View ▸ Language, else the system's.
    steward::Language::apply(steward::Settings::value(steward::Settings::Key::Language).toString());

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

    // On the heap: View ▸ Language replaces the window with a new one, and this one deletes
    // itself on closing.
    auto* mainWindow = new steward::MainWindow;
    mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    steward::MainWindow& window = *mainWindow;
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
            window.openOrAsk(*target, options);
        }
    }
    if (parser.isSet(view)) {
        for (steward::View candidate : steward::allViews()) {
            if (steward::viewKey(candidate) == parser.value(view))
                window.showPage(candidate);
        }
    }
    if (parser.isSet(screenshot)) {
        // Once the database has opened (off the window's thread) and the views have painted
        // what they read: the picture is what a person would see.
        const auto take = [&window, file = parser.value(screenshot)] {
            const bool saved = window.grab().save(file);
            window.close(); // deleted as on File ▸ Quit
            QApplication::exit(saved ? 0 : 1);
        };
        auto* opening = new QTimer(&window);
        opening->setInterval(20);
        QObject::connect(opening, &QTimer::timeout, &window, [&window, opening, take] {
            if (window.session()->isOpening())
                return;
            opening->stop();
            QTimer::singleShot(800, &window, take);
        });
        opening->start();
    }
    const int code = QApplication::exec();
    // A window still there is deleted before the application: its views' jobs end first, then
    // their connections close (the application closes every connection left, under a job that
    // still reads it).
    QList<QPointer<QWidget>> left;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<steward::MainWindow*>(widget))
            left << widget;
    }
    for (const QPointer<QWidget>& window : std::as_const(left))
        delete window.data();
    return code;
}
