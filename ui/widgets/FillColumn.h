#pragma once

#include <QObject>

class QTableView;

namespace steward {

// Gives one column of a table the width the other columns leave, but never less than
// `minimum`: QHeaderView::Stretch squeezes the column to nothing when the others are wide,
// which is no use for the column people read (a summary). Below the minimum the table
// scrolls sideways instead.
class FillColumn : public QObject
{
    Q_OBJECT

public:
    FillColumn(QTableView* view, int column, int minimum);

    // Fits the column now (after columns were shown, hidden or restored).
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_view;
    int m_column;
    int m_minimum;
    bool m_fitting = false;
};

} // namespace steward
