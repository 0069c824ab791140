#pragma once

#include "models/governance/Deadlines.h"

#include <QDialog>
#include <QMap>

class QSpinBox;

namespace steward {

// The per-severity deadlines, editable when the acting user is an admin (the change is
// audited); read-only, with the reason, for everyone else.
class DeadlinesDialog : public QDialog
{
    Q_OBJECT

public:
    DeadlinesDialog(const ViolationDeadlines& current, const QString& whyReadOnly, QWidget* parent = nullptr);

    QMap<QString, int> changes() const;

private:
    ViolationDeadlines m_current;
    QMap<QString, QSpinBox*> m_days;
};

} // namespace steward
