#include "Language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace steward::Language {

namespace {
struct Installed
{
    std::unique_ptr<QTranslator> steward;
    std::unique_ptr<QTranslator> qt;
    QString code = QStringLiteral("en");
    QString folder = QStringLiteral(":/i18n");
};

Installed& installed()
{
    static Installed translators;
    return translators;
}
} // namespace

QList<Choice> choices()
{
    return {{QString(), QApplication::translate("Language", "System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

void setCatalogueFolder(const QString& folder)
{
    installed().folder = folder;
}

QString apply(const QString& code)
{
    Installed& now = installed();
    for (auto* translator : {now.steward.get(), now.qt.get()}) {
        if (translator)
            QApplication::removeTranslator(translator);
    }
    now.steward.reset();
    now.qt.reset();
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    QLocale::setDefault(locale);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt.get());
        now.qt = std::move(qt);
    }
    auto steward = std::make_unique<QTranslator>();
    if (steward->load(locale, QStringLiteral("steward"), QStringLiteral("_"), now.folder)) {
        QApplication::installTranslator(steward.get());
        now.steward = std::move(steward);
        now.code = locale.name().section(QLatin1Char('_'), 0, 0);
    } else {
        now.code = QStringLiteral("en");
    }
    return now.code;
}

QString current()
{
    return installed().code;
}

} // namespace steward::Language
