#include "ScopeWords.h"

#include "models/profiles/Profile.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Words
{
    const char* singular;
    const char* label;
    const char* all;
};

// Index 0 is the pipeline's clients, the default.
constexpr Words kWords[] = {
    {QT_TRANSLATE_NOOP("ScopeWords", "Client"), QT_TRANSLATE_NOOP("ScopeWords", "Client:"),
     QT_TRANSLATE_NOOP("ScopeWords", "All clients")},
    {QT_TRANSLATE_NOOP("ScopeWords", "Company"), QT_TRANSLATE_NOOP("ScopeWords", "Company:"),
     QT_TRANSLATE_NOOP("ScopeWords", "All companies")},
    {QT_TRANSLATE_NOOP("ScopeWords", "Restaurant"), QT_TRANSLATE_NOOP("ScopeWords", "Restaurant:"),
     QT_TRANSLATE_NOOP("ScopeWords", "All restaurants")},
    {QT_TRANSLATE_NOOP("ScopeWords", "Model"), QT_TRANSLATE_NOOP("ScopeWords", "Model:"),
     QT_TRANSLATE_NOOP("ScopeWords", "All models")},
};

const Words& wordsFor(const Profile& profile)
{
    if (profile.scope == QLatin1String("company"))
        return kWords[1];
    if (profile.scope == QLatin1String("restaurant"))
        return kWords[2];
    if (profile.scope.isEmpty() && profile.name != QLatin1String("pipeline"))
        return kWords[3];
    return kWords[0];
}

QString translated(const char* text)
{
    return QCoreApplication::translate("ScopeWords", text);
}
} // namespace

QString ScopeWords::singular(const Profile& profile)
{
    return translated(wordsFor(profile).singular);
}

QString ScopeWords::label(const Profile& profile)
{
    return translated(wordsFor(profile).label);
}

QString ScopeWords::all(const Profile& profile)
{
    return translated(wordsFor(profile).all);
}

} // namespace steward
