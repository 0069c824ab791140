#include "ProfileFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFormat)
};

// Profiles come from files people write: the file may be anything, and is read with limits.
constexpr qint64 kMaxBytes = 1024 * 1024;

Outcome invalid(const QString& source, const QString& what)
{
    return Outcome::usage(Text::tr("profile %1: %2").arg(source, what));
}

Result<QHash<QString, QString>> stringMap(const QJsonValue& value, const QString& source, const QString& key)
{
    QHash<QString, QString> map;
    if (value.isUndefined())
        return map;
    if (!value.isObject())
        return invalid(source, Text::tr("%1 must be an object of strings").arg(key));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty())
            return invalid(source, Text::tr("%1.%2 must be a non-empty string").arg(key, it.key()));
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

Result<EntityMap> entityFrom(const QString& name, const QJsonValue& value, const QString& source)
{
    const QString key = QStringLiteral("entities.") + name;
    if (!Entities::all().contains(name))
        return invalid(source,
                       Text::tr("%1: unknown entity (known: %2)").arg(key, Entities::all().join(QStringLiteral(", "))));
    if (!value.isObject())
        return invalid(source, Text::tr("%1 must be an object").arg(key));
    const QJsonObject object = value.toObject();
    EntityMap map;
    map.entity = name;
    map.table = object.value(QStringLiteral("table")).toString();
    if (map.table.isEmpty())
        return invalid(source, Text::tr("%1.table must name a table").arg(key));
    auto fields = stringMap(object.value(QStringLiteral("fields")), source, key + QStringLiteral(".fields"));
    if (!fields)
        return fields.failure();
    map.fields = *fields;
    if (!map.fields.contains(QStringLiteral("id")))
        return invalid(source, Text::tr("%1.fields must name the id column").arg(key));
    const QJsonValue required = object.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isArray())
        return invalid(source, Text::tr("%1.required must be a list of fields").arg(key));
    map.required << QStringLiteral("id");
    for (const QJsonValue& field : required.toArray()) {
        const QString fieldName = field.toString();
        if (!map.fields.contains(fieldName))
            return invalid(source, Text::tr("%1.required names %2, which fields does not map").arg(key, fieldName));
        if (!map.required.contains(fieldName))
            map.required << fieldName;
    }
    auto states = stringMap(object.value(QStringLiteral("states")), source, key + QStringLiteral(".states"));
    if (!states)
        return states.failure();
    map.states = *states;
    return map;
}
} // namespace

Result<Profile> ProfileFormat::parse(const QByteArray& json, const QString& source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(source, Text::tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return invalid(source, Text::tr("must be a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName))
        return invalid(source, Text::tr("\"format\" must be \"%1\"").arg(QLatin1String(formatName)));

    Profile profile;
    profile.source = source;
    profile.name = root.value(QStringLiteral("name")).toString();
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_-]{0,39}$"));
    if (!namePattern.match(profile.name).hasMatch())
        return invalid(source, Text::tr("\"name\" must be a short lower-case word (a-z, 0-9, _ and -)"));
    profile.title = root.value(QStringLiteral("title")).toString(profile.name);
    profile.scope = root.value(QStringLiteral("scope")).toString();

    const QJsonValue entities = root.value(QStringLiteral("entities"));
    if (!entities.isObject() || entities.toObject().isEmpty())
        return invalid(source, Text::tr("\"entities\" must map at least one entity"));
    const QJsonObject object = entities.toObject();
    // In Steward's order, whatever the file's.
    for (const QString& name : Entities::all()) {
        if (object.contains(name)) {
            auto map = entityFrom(name, object.value(name), source);
            if (!map)
                return map.failure();
            profile.entities << *map;
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!Entities::all().contains(it.key()))
            return entityFrom(it.key(), it.value(), source).failure();
    }
    return profile;
}

Result<Profile> ProfileFormat::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::usage(Text::tr("cannot read profile %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxBytes)
        return invalid(path, Text::tr("larger than 1 MiB; a profile is a short JSON file"));
    return parse(file.read(kMaxBytes), path);
}

} // namespace steward
