#pragma once

#include <QList>
#include <QString>

namespace steward {

// The window's language: English, Vietnamese or Spanish, or whatever the system asks for.
// The catalogues are built into the application under :/i18n (translations/CMakeLists.txt);
// tests point at the build folder instead.
namespace Language {
struct Choice
{
    QString code;  // "" follows the system; "en", "vi", "es"
    QString label; // in its own language, so that anyone finds theirs
};
QList<Choice> choices();
// Replaces the installed translators with `code`'s (Steward's and Qt's own dialogs). Returns
// the code in effect ("en" when no catalogue was found for it).
QString apply(const QString& code);
// Where Steward's catalogues are (default :/i18n, built into the application).
void setCatalogueFolder(const QString& folder);
// The code last applied.
QString current();
} // namespace Language

} // namespace steward
