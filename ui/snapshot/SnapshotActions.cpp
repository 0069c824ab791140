#include "SnapshotActions.h"

#include "models/core/Clock.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/snapshot/CompareDialog.h"
#include "ui/snapshot/ExportSnapshotDialog.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace steward {

SnapshotActions::SnapshotActions(MainWindow* window, QMenu* fileMenu) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("snapshotActions"));
    m_export = fileMenu->addAction(QIcon(QStringLiteral(":/icons/snapshot.svg")), tr("&Export snapshot…"), this,
                                   [this] { exportSnapshot(); });
    m_export->setObjectName(QStringLiteral("exportSnapshotAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setStatusTip(tr("Copy the open database into one verifiable SQLite file for offline inspection"));
    m_compare = fileMenu->addAction(tr("Co&mpare with snapshot…"), this, [this] { compareWith(); });
    m_compare->setObjectName(QStringLiteral("compareSnapshotAction"));
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_compare->setStatusTip(tr("What changed since a snapshot: suggestions, violations, model versions, audit trail"));
    connect(window->session(), &Session::opened, this, &SnapshotActions::updateEnabled);
    connect(window->session(), &Session::closed, this, &SnapshotActions::updateEnabled);
    updateEnabled();
}

void SnapshotActions::updateEnabled()
{
    const bool open = m_window->session()->isOpen();
    m_export->setEnabled(open);
    m_compare->setEnabled(open);
}

QString SnapshotActions::suggestedName() const
{
    const ConnectionTarget& target = m_window->session()->database()->target();
    const QString base =
        target.backend == Backend::Sqlite ? QFileInfo(target.sqlitePath).completeBaseName() : target.database;
    return QStringLiteral("%1-snapshot-%2.sqlite").arg(base, Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmm")));
}

ExportSnapshotDialog* SnapshotActions::exportSnapshot(const QString& path, bool overwrite)
{
    Session* session = m_window->session();
    if (!session->isOpen())
        return nullptr;
    QString destination = path;
    if (destination.isEmpty()) {
        const QString directory = Settings::value(Settings::Key::LastDirectory).toString();
        destination =
            QFileDialog::getSaveFileName(m_window, tr("Export snapshot"), QDir(directory).filePath(suggestedName()),
                                         tr("Steward snapshots (*.sqlite);;All files (*)"));
        if (destination.isEmpty())
            return nullptr;
        // The file dialog has already asked whether to replace an existing file.
        overwrite = QFileInfo::exists(destination);
        Settings::setValue(Settings::Key::LastDirectory, QFileInfo(destination).absolutePath());
    }
    auto* dialog = new ExportSnapshotDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportSnapshotDialog::openRequested, m_window, [this](const QString& file) {
        ConnectionTarget target;
        target.sqlitePath = file;
        target.readOnly = true;
        // Off the window's thread: a snapshot is checked page by page (quick_check) as it opens.
        // The window shows why a file did not open.
        m_window->openInBackground(target);
    });
    dialog->open();
    dialog->start(session->database()->target(), session->actingUser(), destination, overwrite);
    return dialog;
}

CompareDialog* SnapshotActions::compareWith(const QString& path)
{
    Session* session = m_window->session();
    if (!session->isOpen())
        return nullptr;
    QString snapshot = path;
    if (snapshot.isEmpty()) {
        const QString directory = Settings::value(Settings::Key::LastDirectory).toString();
        snapshot = QFileDialog::getOpenFileName(m_window, tr("Compare with snapshot"), directory,
                                                tr("Steward snapshots (*.sqlite *.db);;All files (*)"));
        if (snapshot.isEmpty())
            return nullptr;
        Settings::setValue(Settings::Key::LastDirectory, QFileInfo(snapshot).absolutePath());
    }
    ConnectionTarget older;
    older.sqlitePath = snapshot;
    older.readOnly = true;
    auto* dialog = new CompareDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start(older, session->database()->target());
    return dialog;
}

} // namespace steward
