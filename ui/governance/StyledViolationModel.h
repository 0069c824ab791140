#pragma once

#include "models/governance/ViolationQueueModel.h"

namespace steward {

// The violation queue as the widgets show it: the severity with its icon and colour, overdue
// criticals standing out (a tinted row, a filled clock and bold time in the severity's colour),
// lesser overdue items with an outlined clock, closed violations muted. Colours are made
// legible against the palette, light or dark.
class StyledViolationModel : public ViolationQueueModel
{
    Q_OBJECT

public:
    enum StyleRole {
        UrgentRole = SecondsLeftRole + 1, // bool: overdue and critical, drawn to stand out
    };

    using ViolationQueueModel::ViolationQueueModel;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    bool standsOut(const QModelIndex& index) const;
};

} // namespace steward
