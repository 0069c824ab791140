#pragma once

#include "models/workflow/TransitionEngine.h"
#include "ui/shell/Page.h"
#include "ui/widgets/MessageBar.h"

#include <functional>

class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace steward {

class JobRunner;

class PagedTableModel;

class ReviewActions;
class RollbackRequestsPanel;
class SuggestionDetailPane;
class SuggestionFilterBar;
class FillColumn;
class SuggestionQueueModel;

// The review queue, where analysts spend their day: filters, a paged queue (pending first),
// the selected suggestion in detail, and keyboard-driven decisions. Managers find rollback
// requests in the second tab.
class SuggestionsPage : public Page
{
    Q_OBJECT

public:
    SuggestionsPage(Session* session, QWidget* parent = nullptr);
    const PagedTableModel* exportableRows() const override;
    ~SuggestionsPage() override;

    void refresh() override;
    bool showItem(const QString& itemKind, const QString& itemId) override;
    QList<QPair<QString, QString>> shortcuts() const override;

    SuggestionQueueModel* model() const { return m_model; }
    QTableView* queue() const { return m_queue; }
    SuggestionDetailPane* detail() const { return m_detail; }
    SuggestionFilterBar* filters() const { return m_filters; }
    ReviewActions* actions() const { return m_actions; }
    RollbackRequestsPanel* rollbacks() const { return m_rollbacks; }
    MessageBar* messages() const { return m_messages; }

protected:
    void load() override;
    void unload() override;
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    // Puts the cursor on `row` (or the last row), after reading the queue again when asked to,
    // then runs `then`.
    void reselect(int row, bool reread, const std::function<void()>& then = {});
    // Runs `next` once the queue's rows are in: now, or when the load under way arrives (a
    // newer call replaces it, as the newer load supersedes the older).
    void whenLoaded(std::function<void()> next);
    void select(int row);
    void currentRowChanged();
    // The page holding the row whose detail waits for it (m_waitingForRow) has arrived.
    void rowsArrived(const QModelIndex& first, const QModelIndex& last);
    void selectionChanged();
    void showDetail(const QString& suggestionId);
    void rollbackSelected();
    void decided(MessageBar::Kind kind, const QString& message, const QList<DecisionResult>& results);
    void moveCurrent(int delta);
    void showCurrentRow();
    // The counts the last read made, or (countAgain) counted now.
    void updateCount(bool countAgain);
    // Shows the counts in the filter bar ("1,000+" for one not final).
    void showCount(qint64 shown, qint64 first, bool shownCounted, bool firstCounted);
    void reloadRollbacks();
    void saveState();
    void defaultColumns();

    SuggestionQueueModel* m_model;
    MessageBar* m_messages;
    SuggestionFilterBar* m_filters;
    QSplitter* m_splitter;
    QTabWidget* m_left;
    QTableView* m_queue;
    RollbackRequestsPanel* m_rollbacks;
    SuggestionDetailPane* m_detail;
    FillColumn* m_summaryWidth = nullptr;
    ReviewActions* m_actions;
    QLabel* m_hints;
    JobRunner* m_countJobs;  // counts the queue again after a decision
    JobRunner* m_detailJobs; // reads the current suggestion's detail
    bool m_loaded = false;
    int m_waitingForRow = -1;           // the current row, whose detail waits for its page
    bool m_waitingForSelection = false; // the decisions wait for a selected row's page
    bool m_announcing = false;
    std::function<void()> m_afterLoad;
};

} // namespace steward
