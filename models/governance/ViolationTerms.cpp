#include "ViolationTerms.h"

#include <QCoreApplication>

namespace steward {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ViolationTerms", text);
}
} // namespace

const QStringList& ViolationTerms::knownSeverities()
{
    static const QStringList severities{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                        QStringLiteral("low")};
    return severities;
}

const QStringList& ViolationTerms::knownStatuses()
{
    static const QStringList statuses{QStringLiteral("open"), QStringLiteral("investigating"), QStringLiteral("resolved"),
                                      QStringLiteral("false_positive")};
    return statuses;
}

bool ViolationTerms::isKnownSeverity(const QString& severity)
{
    return knownSeverities().contains(severity);
}

bool ViolationTerms::isKnownStatus(const QString& status)
{
    return knownStatuses().contains(status);
}

bool ViolationTerms::isClosed(const QString& status)
{
    return status == QLatin1String("resolved") || status == QLatin1String("false_positive");
}

bool ViolationTerms::closingNeedsManager(const QString& severity)
{
    return severity == QLatin1String("critical") || !isKnownSeverity(severity);
}

int ViolationTerms::severityRank(const QString& severity)
{
    const qsizetype index = knownSeverities().indexOf(severity);
    return index < 0 ? 5 : static_cast<int>(knownSeverities().size() - index);
}

QString ViolationTerms::severityLabel(const QString& severity)
{
    if (severity == QLatin1String("critical"))
        return tr("Critical");
    if (severity == QLatin1String("high"))
        return tr("High");
    if (severity == QLatin1String("medium"))
        return tr("Medium");
    if (severity == QLatin1String("low"))
        return tr("Low");
    return severity;
}

QString ViolationTerms::statusLabel(const QString& status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("investigating"))
        return tr("Investigating");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    if (status == QLatin1String("false_positive"))
        return tr("False positive");
    return status;
}

} // namespace steward
