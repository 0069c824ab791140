#pragma once

#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"
#include "models/db/Database.h"
#include "ui/shell/Views.h"

#include <QList>
#include <QMainWindow>
#include <functional>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace steward {

class ConnectionDialog;
class IndexesJob;
class MessageBar;
class Page;
class Session;
class StatusIndicators;

// The shell: navigation, one page per view, menus, a message bar and the status bar. Views
// live in their pages; the window only switches between them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Session* session() const { return m_session; }
    MessageBar* messageBar() const { return m_messageBar; }
    StatusIndicators* statusIndicators() const { return m_status; }
    Page* page(View view) const;
    Page* currentPage() const;
    void showPage(View view);

    // Opens a database at once, on the window's thread; a failure is shown in the message bar
    // and returned.
    Outcome openTarget(const ConnectionTarget& target, const OpenOptions& options = {});
    // Opens a database off the window's thread (Session::openInBackground): the message bar
    // says so, with Cancel, and the database open until then stays usable. What happened shows
    // as for openTarget(), and reaches `then`.
    void openInBackground(const ConnectionTarget& target, const OpenOptions& options = {},
                          std::function<void(const Outcome&)> then = {});
    // Opens `target`; a PostgreSQL server that turns the connection away (no password, a wrong
    // one) gets the connection dialog, with the keyring's password tried first. Without a
    // password the keyring is asked first, and the opening happens when it answers; otherwise
    // at once. What happened shows in the window.
    void openOrAsk(const ConnectionTarget& target, const OpenOptions& options = {});
    void showOpenDialog();
    void showShortcutSheet();
    // File ▸ Export view to CSV (Ctrl+Shift+S): the current view's rows, on a worker thread.
    void exportViewCsv();
    // File ▸ Create search and filter indexes (an admin, read-write): steward-cli init --indexes
    // off the window's thread.
    void createIndexes();
    // Tests answer the file dialog: given the view's key, the path to write (empty: cancel).
    void setCsvPathChooser(std::function<QString(const QString& viewKey)> chooser)
    {
        m_csvPathChooser = std::move(chooser);
    }

    // View ▸ Language: remembers the choice, installs its catalogues and replaces this window
    // with one in that language (same database, same view). Returns the new window.
    MainWindow* switchLanguage(const QString& code);

signals:
    void csvExported(const QString& path, qint64 rows);
    void indexesCreated(const QStringList& indexes);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page* page);
    void openOrAskWith(const ConnectionTarget& target, const ConnectionTarget& attempt, const OpenOptions& options);
    // Drops the opening under way (Session::cancelOpening) and its message.
    void cancelOpening();
    // The connection dialog opens through openInBackground(), and Cancel there drops it.
    void setOpenerOf(ConnectionDialog& dialog, const OpenOptions& options);
    // After an opening, in the background or not: the message bar, recent connections.
    // `adopted`: the session now has the database (perhaps not read in full).
    Outcome finishOpening(const ConnectionTarget& target, const OpenOptions& options, const Outcome& opened,
                          bool adopted);
    void fitNavigation();
    void createMenus();
    void rebuildRecentMenu();
    void afterOpen();
    void warnOfForeignTriggers();
    void updateNavigation();
    void updateIndexesAction();
    void showWriteDemoDialog();
    void initialise();
    void updateTitle();
    void saveWindowSettings();

    Session* m_session;
    MessageBar* m_messageBar;
    StatusIndicators* m_status;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QList<Page*> m_pageList;
    QMenu* m_recentMenu = nullptr;
    QAction* m_initAction = nullptr;
    QAction* m_indexesAction = nullptr;
    IndexesJob* m_indexes = nullptr;
    OpenOptions m_lastOptions;
    std::function<QString(const QString&)> m_csvPathChooser;
};

} // namespace steward
