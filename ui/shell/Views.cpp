#include "Views.h"

#include "models/db/PipelineSchema.h"

#include <QCoreApplication>

namespace steward {

QStringList requiredTables(View view)
{
    switch (view) {
    case View::Suggestions:
        return PipelineSchema::tablesFor(PipelineSchema::Area::Review);
    case View::Models:
    case View::Charts:
        return PipelineSchema::tablesFor(PipelineSchema::Area::Registry);
    case View::Governance:
        return PipelineSchema::tablesFor(PipelineSchema::Area::Governance);
    case View::Monitoring:
        return {QStringLiteral("forecast_results"), QStringLiteral("forecast_actuals")};
    case View::Audit:
    case View::Tables:
    case View::Console:
        return {};
    }
    return {};
}

QString viewName(View view)
{
    switch (view) {
    case View::Suggestions:
        return QCoreApplication::translate("View", "Suggestions");
    case View::Models:
        return QCoreApplication::translate("View", "Models");
    case View::Charts:
        return QCoreApplication::translate("View", "Charts");
    case View::Governance:
        return QCoreApplication::translate("View", "Governance");
    case View::Audit:
        return QCoreApplication::translate("View", "Audit");
    case View::Tables:
        return QCoreApplication::translate("View", "Tables");
    case View::Console:
        return QCoreApplication::translate("View", "SQL console");
    case View::Monitoring:
        return QCoreApplication::translate("View", "Monitoring");
    }
    return {};
}

QString viewKey(View view)
{
    switch (view) {
    case View::Suggestions:
        return QStringLiteral("suggestions");
    case View::Models:
        return QStringLiteral("models");
    case View::Charts:
        return QStringLiteral("charts");
    case View::Governance:
        return QStringLiteral("governance");
    case View::Audit:
        return QStringLiteral("audit");
    case View::Tables:
        return QStringLiteral("tables");
    case View::Console:
        return QStringLiteral("console");
    case View::Monitoring:
        return QStringLiteral("monitoring");
    }
    return {};
}

QList<View> allViews()
{
    return {View::Suggestions, View::Models, View::Charts,  View::Governance,
            View::Audit,       View::Tables, View::Console, View::Monitoring};
}

} // namespace steward
