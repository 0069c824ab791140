#pragma once

#include "models/snapshot/ConsoleRun.h"
#include "models/values/CellValue.h"

#include <QAbstractTableModel>

namespace steward {

// The rows a console statement returned, held in memory (the console keeps at most a limit of
// them). Answers the roles of PagedTableModel (CellRole, RawRole, DimmedRole...), so that
// the same delegate draws it.
class ConsoleResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ConsoleResultModel(QObject* parent = nullptr);

    void setResult(ConsoleResult result);
    void clear();
    const ConsoleResult& result() const { return m_result; }
    CellValue cell(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ConsoleResult m_result;
};

} // namespace steward
