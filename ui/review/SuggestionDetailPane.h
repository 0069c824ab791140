#pragma once

#include "models/review/SuggestionRepository.h"

#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QToolButton;

namespace steward {

class FlowLayout;

// Everything about the selected suggestion: summary, status, reasoning, the before/after
// metrics judged better or worse, the parameter diff, its improvement cycle, and who decided
// what. Invalid JSON is shown as stored with a warning above it, never as an error dialog.
class SuggestionDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionDetailPane(QWidget* parent = nullptr);

    void showSuggestion(const SuggestionDetail& detail);
    // Nothing selected, or several: a short note instead.
    void showNote(const QString& title, const QString& text);
    const std::optional<SuggestionDetail>& current() const { return m_detail; }
    // Buttons for the page's decision actions, shown under the summary.
    void setActions(const QList<QAction*>& actions);
    QAction* rawJsonAction() const { return m_rawToggle; }
    QSplitter* splitter() const { return m_splitter; }

signals:
    void onlyCycleRequested(const QString& cycleId);

private:
    void fillMetrics(const SuggestionDetail& detail);
    void showDiff();

    std::optional<SuggestionDetail> m_detail;
    bool m_showUnchanged = false;
    QStackedWidget* m_stack;
    QLabel* m_noteTitle;
    QLabel* m_noteText;
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_warning;
    QLabel* m_rollbackBanner;
    FlowLayout* m_actionRow;
    QAction* m_rawToggle;
    QStackedWidget* m_body;
    QSplitter* m_splitter;
    QTextBrowser* m_reasoning;
    QTableWidget* m_metrics;
    QTabWidget* m_tabs;
    QTextBrowser* m_diff;
    QTextBrowser* m_cycle;
    QTextBrowser* m_history;
    QPlainTextEdit* m_raw;
};

} // namespace steward
