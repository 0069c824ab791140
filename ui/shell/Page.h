#pragma once

#include "ui/shell/Views.h"

#include <QIcon>
#include <QWidget>

class QAction;
class QStackedLayout;

namespace steward {

class EmptyState;
class PagedTableModel;
class Session;

// One view of the main window. A page owns its layout and models; the window only shows it.
// When the database lacks a table the page needs, the page shows a note instead of its content.
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(View view, Session* session, QWidget* parent = nullptr);

    View view() const { return m_view; }
    QString title() const { return viewName(m_view); }
    virtual QIcon icon() const;
    // Re-reads what the page shows (F5).
    virtual void refresh() {}
    // Selects one item the page owns (see Session::requestShow); false if it is not there.
    virtual bool showItem(const QString& itemKind, const QString& itemId)
    {
        Q_UNUSED(itemKind)
        Q_UNUSED(itemId)
        return false;
    }
    // The page's keyboard shortcuts for the shortcut sheet: key sequence and what it does.
    virtual QList<QPair<QString, QString>> shortcuts() const { return {}; }
    // Ways forward offered when there is nothing to show yet: no database, or an empty one
    // (File ▸ Open…, File ▸ Write a demo database…).
    void setStartActions(const QList<QAction*>& actions);
    // The list the page shows, for File ▸ Export view to CSV: its rows with the page's filters,
    // search and order applied; nullptr when the page lists nothing exportable right now.
    virtual const PagedTableModel* exportableRows() const { return nullptr; }
    // A page whose list is not a paged query (the SQL console's result) exports it itself and
    // returns true.
    virtual bool exportOwnCsv() { return false; }

protected:
    Session* session() const { return m_session; }
    // The page's own content; shown when the database has what the page needs.
    void setContent(QWidget* content);
    // Called when a database is opened or reloaded and the page can show its content; a page
    // that is not on screen is loaded when it is next shown.
    virtual void load() = 0;
    // Called when the database closes: drop models that point into it.
    virtual void unload() {}

    void showEvent(QShowEvent* event) override;

private:
    void update();

    View m_view;
    Session* m_session;
    QStackedLayout* m_stack = nullptr;
    EmptyState* m_empty = nullptr;
    QWidget* m_content = nullptr;
    QList<QAction*> m_startActions;
    bool m_loadPending = false;
    bool m_refreshPending = false;
};

// `rows` when it has a query to export, else nullptr (no table chosen yet, nothing loaded).
const PagedTableModel* exportableOrNull(const PagedTableModel* rows);

} // namespace steward
