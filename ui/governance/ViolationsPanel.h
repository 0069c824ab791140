#pragma once

#include "models/governance/ViolationChoices.h"
#include "models/governance/ViolationQuery.h"
#include "ui/widgets/MessageBar.h"

#include <QWidget>

class QSplitter;
class QTableView;

namespace steward {

class PagedTableModel;

class Session;
class StyledViolationModel;
class ViolationDetail;
class ViolationFilterBar;

// The violation queue (most urgent first, filtered and counted in the database) beside the
// selected violation's detail.
class ViolationsPanel : public QWidget
{
    Q_OBJECT

public:
    // The paged rows under the styling, as filtered and ordered now.
    const PagedTableModel* pagedRows() const;
    ViolationsPanel(Session* session, QWidget* parent = nullptr);
    ~ViolationsPanel() override;

    void load(const ViolationQueryContext& context);
    // What the filters offer and who may be assigned, read as a job (GovernancePage).
    void setChoices(const ViolationChoices& choices);
    void unload();
    // Moves age and time left on to now.
    void tick();
    void showViolation(const QString& violationId);
    void filterByPolicy(const QString& policyId, const QString& policyName);
    void focusSearch();

    StyledViolationModel* model() const { return m_model; }
    QTableView* queue() const { return m_queue; }
    ViolationDetail* detail() const { return m_detail; }
    ViolationFilterBar* filters() const { return m_filters; }

signals:
    void message(const QString& text, MessageBar::Kind kind);
    void policyRequested(const QString& policyId);
    void changed();

private:
    void showCount();
    void applyFilter();
    // Once the filtered rows are in: the count, and the violation that was selected (or the first).
    void selectAfterLoad();
    void rowSelected();
    void sortChanged(int column, Qt::SortOrder order);

    Session* m_session;
    ViolationQueryContext m_context;
    StyledViolationModel* m_model;
    ViolationFilterBar* m_filters;
    QTableView* m_queue;
    ViolationDetail* m_detail;
    QSplitter* m_splitter;
    ViolationQuery::Column m_sortColumn = ViolationQuery::DueAt;
    bool m_descending = false;
    bool m_headerReady = false;
    bool m_restoringHeader = false;
    // What applyFilter() selects when its rows arrive (read in a job).
    bool m_selectPending = false;
    QString m_selectAfterLoad;
};

} // namespace steward
