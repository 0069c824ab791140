#pragma once

#include "models/review/SuggestionQuery.h"

#include <QComboBox>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace steward {

class Database;
class JobRunner;

// A combo box whose full list is read from the database the first time it opens, because
// reading it (DISTINCT over a million rows without an index) is too slow for every page load:
// `onFirstOpen` runs once, as the list opens, and starts that read (as a job, which adds the
// items when they arrive, the list open meanwhile with those it has).
class LazyComboBox : public QComboBox
{
    Q_OBJECT

public:
    using QComboBox::QComboBox;
    void setLoader(std::function<void()> onFirstOpen);
    void showPopup() override;

private:
    std::function<void()> m_loader;
};

// The queue's filters: free-text search, status, client, category and improvement cycle. It
// only gathers what the reviewer chose; SuggestionQuery binds every value.
class SuggestionFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionFilterBar(QWidget* parent = nullptr);

    SuggestionFilter filter() const;
    void setFilter(const SuggestionFilter& filter);
    // Fills the lists from the database (statuses and clients now, categories on first use).
    // The choices of `database` (none: the known ones); with `inJob`, what it holds beyond
    // them is read as a job over a connection of its own.
    void loadChoices(Database* database, bool inJob = false);
    struct Choices;
    // Counts as shown ("1,234" or "1,000+"); an empty `pending` shows none.
    void setCount(const QString& shown, const QString& pending);
    // While the rows of a new filter, search or order are read.
    void setLoading();
    void focusSearch();

signals:
    void filterChanged();
    // Esc in a text field: back to the queue.
    void leaveRequested();

private:
    void applyChoices(const Choices& read);
    void applyCategories(const QStringList& categories);
    void addChoice(QComboBox* combo, const QString& value);
    void setChoice(QComboBox* combo, const QString& value);
    void updateClearButton();

    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_client;
    LazyComboBox* m_category;
    QLineEdit* m_cycle;
    QToolButton* m_clear;
    QLabel* m_count;
    QTimer* m_searchDelay;
    bool m_settingFilter = false;
    JobRunner* m_choiceJobs;
    JobRunner* m_categoryJobs; // the categories, when the list first opens (see loadChoices)
};

} // namespace steward
