#include "FillColumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace steward {

FillColumn::FillColumn(QTableView* view, int column, int minimum)
    : QObject(view), m_view(view), m_column(column), m_minimum(minimum)
{
    view->viewport()->installEventFilter(this);
    // Someone widening another column takes the width from this one, down to the minimum.
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section != m_column)
            fit();
    });
}

void FillColumn::fit()
{
    QHeaderView* header = m_view->horizontalHeader();
    if (m_fitting || m_column >= header->count())
        return;
    m_fitting = true;
    header->setSectionResizeMode(m_column, QHeaderView::Interactive);
    int others = 0;
    for (int section = 0; section < header->count(); ++section) {
        if (section != m_column && !header->isSectionHidden(section))
            others += header->sectionSize(section);
    }
    header->resizeSection(m_column, qMax(m_minimum, m_view->viewport()->width() - others));
    m_fitting = false;
}

bool FillColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace steward
