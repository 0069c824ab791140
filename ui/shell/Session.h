#pragma once

#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"
#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/workflow/Role.h"
#include "models/workflow/Workflow.h"
#include "ui/shell/Views.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class QTimer;

namespace steward {

class JobRunner;

// The connection the window works on, and what is known about it: its tables, Steward's
// schema version, and the acting user's role. Pages read it and listen to its signals.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // Opens on the window's thread, at once (tests, and what must have the database now).
    Outcome open(const ConnectionTarget& target, const OpenOptions& options = {});
    // Opens off the window's thread (the server's handshake, a file's integrity check, the
    // search index's catch-up), then takes the connection over; the database open until then
    // stays open and usable. `done` gets what open() would have returned, on this thread. A
    // newer opening, cancelOpening() or close() drop the one under way, and `done` is not called.
    void openInBackground(const ConnectionTarget& target, const OpenOptions& options,
                          std::function<void(const Outcome&)> done);
    void cancelOpening();
    bool isOpening() const;
    void close();

    bool isOpen() const { return m_database != nullptr; }
    Database* database() const { return m_database.get(); }
    const SchemaCatalog& catalog() const { return m_catalog; }
    // The pipeline tables `view` needs that this database has no stand-in for (empty: the view
    // works). Another system's tables stand in through its profile (SourceTables).
    QStringList missingFor(View view) const;
    int appSchemaVersion() const { return m_appSchemaVersion; }
    bool hasAppTables() const { return m_appSchemaVersion > 0; }
    Role role() const { return m_role; }
    // The clients the acting user's grant is limited to (PostgreSQL); empty: every client.
    const QStringList& clients() const { return m_clients; }
    QString actingUser() const;
    bool isReadOnly() const;

    // Reads tables, schema version and role again (after init, or someone else's change).
    Outcome reload();
    // Creates or migrates Steward's own tables.
    Outcome initialise();

    // Why `permission` is not available right now, or an empty string when it is. Used for
    // disabled actions' tooltips.
    QString whyNot(Permission permission) const;
    // Whether the acting user's role may take `action` at all (the workflow table says which
    // role it needs), whatever the item and the connection.
    bool roleAllows(Action action) const;

    // Pages call this after a decision so that other pages showing the same items refresh.
    void announceChange(const QString& itemKind);
    // How often a PostgreSQL session is checked (and reopened if the server dropped it).
    void setConnectionCheckInterval(int milliseconds);
    // Asks the window to show one item in the view that owns it ("model_version",
    // "client:version"), e.g. from a violation's detail to the Models view.
    void requestShow(View view, const QString& itemKind, const QString& itemId);

signals:
    void opened();
    void closed();
    void reloaded();
    void itemsChanged(const QString& itemKind);
    void showRequested(View view, const QString& itemKind, const QString& itemId);
    // Other people committed decisions on these kinds of items (PostgreSQL: LISTEN/NOTIFY on
    // TransitionEngine::changeChannel()); "connection" when the session was opened again and
    // announcements may have been missed. A burst arrives as one signal, and never while a
    // dialog is open, so that what someone is deciding on does not move under them.
    void changedElsewhere(const QStringList& itemKinds);

private:
    void listenForChanges();
    void deliverChanges();
    // Every so often on PostgreSQL: a trivial statement, so that a session the server dropped is
    // opened again (and listening again) without waiting for someone to click.
    void checkConnection();

    // What opening does before the window takes the connection: new rows into the search
    // index and the prediction rollup.
    static void catchUp(Database& database);
    // Makes `database` the session's, reads what is known about it and announces it.
    Outcome adopt(std::unique_ptr<Database> database);
    // Reads tables, schema version and role without announcing anything.
    Outcome readDatabase();
    // Records the suggestions Steward has not seen before (SuggestionArrivals) on a connection of
    // its own off the window's thread: the first time, at a million suggestions, takes seconds.
    // When it recorded some, the pages showing suggestions read them again.
    void recordArrivals();

    std::unique_ptr<Database> m_database;
    SchemaCatalog m_catalog;
    int m_appSchemaVersion = 0;
    Role m_role = Role::Viewer;
    QStringList m_clients;
    QStringList m_pendingKinds;
    QTimer* m_changeTimer = nullptr;
    QTimer* m_connectionTimer = nullptr;
    JobRunner* m_arrivals = nullptr;
    JobRunner* m_opening = nullptr;
    int m_reconnectsSeen = 0;
};

} // namespace steward
