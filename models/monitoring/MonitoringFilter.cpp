#include "MonitoringFilter.h"

#include "models/monitoring/MonitoredModels.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringFilter)
};
} // namespace

Result<ModelFilter> ModelFilter::parse(const QString& text)
{
    ModelFilter filter;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    filter.name = (colon < 0 ? text : text.left(colon)).trimmed();
    filter.version = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    if (filter.name.isEmpty() || (colon >= 0 && filter.version.isEmpty()))
        return Outcome::usage(Text::tr("--model takes NAME or NAME:VERSION, not \"%1\"").arg(text));
    return filter;
}

bool ModelFilter::matches(const MonitoredModel& model) const
{
    if (isEmpty())
        return true;
    const QString& named = model.name.isEmpty() ? model.scope : model.name;
    return named == name && (version.isEmpty() || model.version == version);
}

} // namespace steward
