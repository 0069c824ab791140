#include "Profile.h"

namespace steward {

QString EntityMap::systemState(const QString& stewardWord) const
{
    if (states.isEmpty())
        return stewardWord;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it.value() == stewardWord)
            return it.key();
    }
    return {};
}

const EntityMap* Profile::entity(const QString& name) const
{
    for (const EntityMap& map : entities) {
        if (map.entity == name)
            return &map;
    }
    return nullptr;
}

const QStringList& Entities::all()
{
    static const QStringList names{QStringLiteral("model_version"),
                                   QStringLiteral("training_run"),
                                   QStringLiteral("suggestion"),
                                   QStringLiteral("policy"),
                                   QStringLiteral("violation"),
                                   QStringLiteral("performance"),
                                   QStringLiteral("drift"),
                                   QStringLiteral("prediction"),
                                   QStringLiteral("feedback"),
                                   QStringLiteral("deployment"),
                                   QStringLiteral("experiment"),
                                   QStringLiteral("experiment_result"),
                                   QStringLiteral("feature_importance")};
    return names;
}

} // namespace steward
