#include "BuiltInProfiles.h"

#include "models/profiles/ProfileFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

// Outside the namespace: the resource's initialiser is a global function.
static void registerProfiles()
{
    Q_INIT_RESOURCE(profiles);
}

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BuiltInProfiles)
};

QList<Profile> loadAll()
{
    registerProfiles();
    QList<Profile> profiles;
    for (const char* name : {"pipeline", "urutiiq", "within", "krongthai"}) {
        auto profile = ProfileFormat::load(QStringLiteral(":/profiles/%1.json").arg(QLatin1String(name)));
        // A built-in profile that does not parse is a build defect, caught by tst_profiles.
        Q_ASSERT_X(profile.isOk(), "BuiltInProfiles", qPrintable(profile.failure().message()));
        if (profile)
            profiles << *profile;
    }
    return profiles;
}
} // namespace

const QList<Profile>& BuiltInProfiles::all()
{
    static const QList<Profile> profiles = loadAll();
    return profiles;
}

const Profile* BuiltInProfiles::find(const QString& name)
{
    for (const Profile& profile : all()) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

const Profile& BuiltInProfiles::pipeline()
{
    return all().first();
}

QStringList BuiltInProfiles::names()
{
    QStringList names;
    for (const Profile& profile : all())
        names << profile.name;
    return names;
}

Result<Profile> BuiltInProfiles::resolve(const QString& nameOrFile)
{
    if (const Profile* builtIn = find(nameOrFile))
        return *builtIn;
    if (QFileInfo(nameOrFile).isFile())
        return ProfileFormat::load(nameOrFile);
    return Outcome::usage(Text::tr("no profile named %1 and no such file (built in: %2)")
                              .arg(nameOrFile, names().join(QStringLiteral(", "))));
}

} // namespace steward
