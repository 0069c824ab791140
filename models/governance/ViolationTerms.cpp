#include "ViolationTerms.h"

#include "models/workflow/Workflow.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ViolationTerms)
};
} // namespace

const QStringList& ViolationTerms::knownSeverities()
{
    static const QStringList severities{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                        QStringLiteral("low")};
    return severities;
}

const QStringList& ViolationTerms::knownStatuses()
{
    static const QStringList statuses{stateName(ViolationState::Open), stateName(ViolationState::Investigating),
                                      stateName(ViolationState::Resolved), stateName(ViolationState::FalsePositive)};
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
    return status == stateName(ViolationState::Resolved) || status == stateName(ViolationState::FalsePositive);
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
        return Text::tr("Critical");
    if (severity == QLatin1String("high"))
        return Text::tr("High");
    if (severity == QLatin1String("medium"))
        return Text::tr("Medium");
    if (severity == QLatin1String("low"))
        return Text::tr("Low");
    return severity;
}

QString ViolationTerms::statusLabel(const QString& status)
{
    if (status == stateName(ViolationState::Open))
        return Text::tr("Open");
    if (status == stateName(ViolationState::Investigating))
        return Text::tr("Investigating");
    if (status == stateName(ViolationState::Resolved))
        return Text::tr("Resolved");
    if (status == stateName(ViolationState::FalsePositive))
        return Text::tr("False positive");
    return status;
}

QString ViolationTerms::closedStatusSql()
{
    return QStringLiteral("('%1', '%2')")
        .arg(stateName(ViolationState::Resolved), stateName(ViolationState::FalsePositive));
}

QString ViolationTerms::severityRankSql(const QString& column)
{
    QStringList cases;
    for (const QString& severity : ViolationTerms::knownSeverities())
        cases << QStringLiteral("WHEN '%1' THEN %2").arg(severity).arg(ViolationTerms::severityRank(severity));
    return QStringLiteral("(CASE %1 %2 ELSE 5 END)").arg(column, cases.join(QLatin1Char(' ')));
}

} // namespace steward
