#include "ViolationHeadline.h"

#include "models/db/Database.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ViolationHeadline)
};

bool sameFilter(const ViolationFilter& a, const ViolationFilter& b)
{
    return a.statuses == b.statuses && a.activeOnly == b.activeOnly && a.severities == b.severities &&
           a.types == b.types && a.clients == b.clients && a.modelVersion == b.modelVersion &&
           a.assignee == b.assignee && a.unassignedOnly == b.unassignedOnly && a.policyId == b.policyId &&
           a.overdueOnly == b.overdueOnly && a.search == b.search;
}
} // namespace

qint64 ViolationHeadline::Counts::of(Kind kind) const
{
    switch (kind) {
    case Kind::OpenCriticals:
        return openCriticals;
    case Kind::Overdue:
        return overdue;
    case Kind::Unassigned:
        return unassigned;
    }
    return 0;
}

ViolationFilter ViolationHeadline::filterFor(Kind kind)
{
    ViolationFilter filter;
    switch (kind) {
    case Kind::OpenCriticals:
        filter.activeOnly = true;
        filter.severities = QStringList{QStringLiteral("critical")};
        break;
    case Kind::Overdue:
        filter.overdueOnly = true;
        break;
    case Kind::Unassigned:
        filter.activeOnly = true;
        filter.unassignedOnly = true;
        break;
    }
    return filter;
}

std::optional<ViolationHeadline::Kind> ViolationHeadline::kindOf(const ViolationFilter& filter)
{
    for (Kind kind : kAllKinds) {
        if (sameFilter(filter, filterFor(kind)))
            return kind;
    }
    return std::nullopt;
}

Result<ViolationHeadline::Counts> ViolationHeadline::count(Database& database, const ViolationQueryContext& context)
{
    // The very conditions the queue applies for each filter, so that a number and the rows it
    // leads to cannot disagree.
    QStringList counts;
    QVariantList binds;
    for (Kind kind : kAllKinds) {
        const PagedQuery query = ViolationQuery::queue(database.dialect(), filterFor(kind), context);
        counts << QStringLiteral("(SELECT count(*) FROM %1 WHERE %2)").arg(query.from, query.where);
        binds << query.binds;
    }
    QSqlQuery q = database.query();
    if (Outcome prepared = database.prepare(q, QStringLiteral("SELECT ") + counts.join(QStringLiteral(", ")));
        !prepared)
        return prepared;
    for (const QVariant& bind : std::as_const(binds))
        q.addBindValue(bind);
    if (Outcome ran = database.run(q, Text::tr("counting open criticals, overdue and unassigned violations")); !ran)
        return ran;
    Counts result;
    if (q.next()) {
        result.openCriticals = q.value(0).toLongLong();
        result.overdue = q.value(1).toLongLong();
        result.unassigned = q.value(2).toLongLong();
    }
    return result;
}

} // namespace steward
