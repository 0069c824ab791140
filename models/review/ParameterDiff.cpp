#include "ParameterDiff.h"

#include "models/values/JsonValue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParameterDiff)
};

using Kind = ParameterChange::Kind;

QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

bool isPlain(const QJsonValue& value)
{
    return !value.isObject() && !value.isArray();
}

bool allPlain(const QJsonArray& array)
{
    return std::all_of(array.begin(), array.end(), [](const QJsonValue& v) { return isPlain(v); });
}

void compareValues(const QString& path, const QJsonValue& before, const QJsonValue& after, QList<ParameterChange>& out)
{
    if (before == after) {
        out << ParameterChange{Kind::Unchanged, path, before, after};
        return;
    }
    if (before.isObject() && after.isObject()) {
        const QJsonObject b = before.toObject();
        const QJsonObject a = after.toObject();
        // Keys in the order the "before" document has them, then the new ones.
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (a.contains(it.key()))
                compareValues(join(path, it.key()), it.value(), a.value(it.key()), out);
            else
                out << ParameterChange{Kind::Removed, join(path, it.key()), it.value(), QJsonValue::Undefined};
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!b.contains(it.key()))
                out << ParameterChange{Kind::Added, join(path, it.key()), QJsonValue::Undefined, it.value()};
        }
        return;
    }
    if (before.isArray() && after.isArray() && allPlain(before.toArray()) && allPlain(after.toArray()) &&
        !before.toArray().isEmpty() && !after.toArray().isEmpty()) {
        // A feature list reads as "lag_7 added, dow removed", not as every position shifting.
        QJsonArray remaining = after.toArray();
        const QString element = path + QStringLiteral("[]");
        for (const QJsonValue& item : before.toArray()) {
            const auto found = std::find(remaining.begin(), remaining.end(), item);
            if (found != remaining.end()) {
                remaining.erase(found);
                continue;
            }
            out << ParameterChange{Kind::Removed, element, item, QJsonValue::Undefined};
        }
        for (const QJsonValue& item : std::as_const(remaining))
            out << ParameterChange{Kind::Added, element, QJsonValue::Undefined, item};
        if (remaining.isEmpty() && before.toArray().size() == after.toArray().size())
            out << ParameterChange{Kind::Changed, path, before, after}; // same items, new order
        return;
    }
    out << ParameterChange{Kind::Changed, path, before, after};
}

// {"key": {"before": x, "after": y}}, with old/new or from/to as synonyms.
bool asPair(const QJsonValue& value, QJsonValue* before, QJsonValue* after)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    if (object.size() > 2)
        return false;
    for (const auto& [b, a] : {std::pair{"before", "after"}, std::pair{"old", "new"}, std::pair{"from", "to"}}) {
        const QString bk = QString::fromLatin1(b);
        const QString ak = QString::fromLatin1(a);
        if ((object.contains(bk) || object.contains(ak)) &&
            object.size() == int(object.contains(bk)) + int(object.contains(ak))) {
            *before = object.value(bk);
            *after = object.value(ak);
            return true;
        }
    }
    return false;
}

void listSetValues(const QString& path, const QJsonValue& value, QList<ParameterChange>& out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            listSetValues(join(path, it.key()), it.value(), out);
        return;
    }
    out << ParameterChange{Kind::Added, path, QJsonValue::Undefined, value};
}
} // namespace

int ParameterDiff::count(ParameterChange::Kind kind) const
{
    return static_cast<int>(
        std::count_if(changes.begin(), changes.end(), [kind](const ParameterChange& c) { return c.kind == kind; }));
}

QString ParameterDiff::summary() const
{
    QStringList parts;
    if (const int n = count(Kind::Changed))
        parts << Text::tr("%n changed", nullptr, n);
    if (const int n = count(Kind::Added))
        parts << Text::tr("%n added", nullptr, n);
    if (const int n = count(Kind::Removed))
        parts << Text::tr("%n removed", nullptr, n);
    if (parts.isEmpty())
        return shape == Shape::Empty ? Text::tr("no parameter changes recorded") : Text::tr("no differences");
    return parts.join(QStringLiteral(", "));
}

ParameterDiff ParameterDiff::compare(const QJsonValue& before, const QJsonValue& after)
{
    ParameterDiff diff;
    diff.shape = Shape::BeforeAfter;
    compareValues(QString(), before, after, diff.changes);
    return diff;
}

ParameterDiff ParameterDiff::fromJson(const QJsonValue& parameterDiff)
{
    if (parameterDiff.isNull() || parameterDiff.isUndefined() ||
        (parameterDiff.isObject() && parameterDiff.toObject().isEmpty()))
        return {};
    if (parameterDiff.isObject()) {
        const QJsonObject object = parameterDiff.toObject();
        if (object.size() == 2 && object.contains(QStringLiteral("before")) && object.contains(QStringLiteral("after")))
            return compare(object.value(QStringLiteral("before")), object.value(QStringLiteral("after")));
        ParameterDiff perKey;
        perKey.shape = Shape::PerKey;
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue before, after;
            if (!asPair(it.value(), &before, &after)) {
                perKey = {};
                break;
            }
            if (before.isUndefined())
                perKey.changes << ParameterChange{Kind::Added, it.key(), QJsonValue::Undefined, after};
            else if (after.isUndefined())
                perKey.changes << ParameterChange{Kind::Removed, it.key(), before, QJsonValue::Undefined};
            else
                compareValues(it.key(), before, after, perKey.changes);
        }
        if (perKey.shape == Shape::PerKey)
            return perKey;
    }
    ParameterDiff values;
    values.shape = Shape::SetValues;
    listSetValues(QString(), parameterDiff, values.changes);
    return values;
}

QString parameterValueText(const QJsonValue& value)
{
    if (value.isUndefined())
        return {};
    if (value.isString()) {
        // Quoted only where plain text would read as something else: "", " x", "true", "0.5".
        const QString text = value.toString();
        QJsonValue parsed;
        if (text.isEmpty() || text.trimmed() != text || (parseJson(text, &parsed) && isPlain(parsed)))
            return jsonToCompactText(value);
        return text;
    }
    return jsonToCompactText(value);
}

} // namespace steward
