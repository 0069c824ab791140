#pragma once

#include "models/itemmodels/PagedTableModel.h"
#include "models/workflow/AuditChain.h"

namespace steward {

// The audit trail for the Audit view: a paged model over AuditChain::pagedQuery with headers
// for people and record times in local time (the record itself keeps UTC).
class AuditTrailModel : public PagedTableModel
{
    Q_OBJECT

public:
    explicit AuditTrailModel(QObject* parent = nullptr);

    Outcome setFilter(const AuditChain::Filter& filter);
    // The row showing record `seq`, reading at most `maxRows` rows from the top; -1 if not found.
    int rowOfSeq(qint64 seq, int maxRows);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace steward
