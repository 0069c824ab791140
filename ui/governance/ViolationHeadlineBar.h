#pragma once

#include "models/governance/ViolationHeadline.h"

#include <QWidget>
#include <optional>

class QToolButton;

namespace steward {

// The Governance view's header: open criticals, overdue and unassigned violations, each a
// button that shows exactly those rows in the queue; pressing it again, or "Show all", shows
// every violation again.
class ViolationHeadlineBar : public QWidget
{
    Q_OBJECT

public:
    explicit ViolationHeadlineBar(QWidget* parent = nullptr);

    void setCounts(const ViolationHeadline::Counts& counts);
    void clearCounts();
    // The headline the queue's filter is exactly, if any: its button shows pressed.
    void setCurrent(std::optional<ViolationHeadline::Kind> kind);
    QToolButton* button(ViolationHeadline::Kind kind) const;
    QToolButton* clearButton() const { return m_clear; }

signals:
    void chosen(ViolationHeadline::Kind kind);
    void cleared();

private:
    QString caption(ViolationHeadline::Kind kind, qint64 count) const;
    QString tip(ViolationHeadline::Kind kind) const;

    QList<QToolButton*> m_buttons; // in ViolationHeadline::kAllKinds order
    QToolButton* m_clear;
};

} // namespace steward
