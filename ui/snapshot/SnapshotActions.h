#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace steward {

class CompareDialog;
class ExportSnapshotDialog;
class MainWindow;

// The snapshot entries of the File menu: Export snapshot… and Compare with snapshot….
class SnapshotActions : public QObject
{
    Q_OBJECT

public:
    SnapshotActions(MainWindow* window, QMenu* fileMenu);

    // Exports the open database to `path` (asked for when empty) in a dialog with a progress
    // bar and Cancel; returns the dialog (null when nothing was started).
    ExportSnapshotDialog* exportSnapshot(const QString& path = {}, bool overwrite = false);
    // Compares the snapshot at `path` (asked for when empty) with the open database.
    CompareDialog* compareWith(const QString& path = {});

    QAction* exportAction() const { return m_export; }
    QAction* compareAction() const { return m_compare; }

private:
    void updateEnabled();
    QString suggestedName() const;

    MainWindow* m_window;
    QAction* m_export;
    QAction* m_compare;
};

} // namespace steward
