#pragma once

#include "models/governance/ViolationQueueModel.h"

namespace steward {

// The violation queue as the widgets show it: the severity with its icon and colour, overdue
// time in red, closed violations muted.
class StyledViolationModel : public ViolationQueueModel
{
    Q_OBJECT

public:
    using ViolationQueueModel::ViolationQueueModel;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace steward
