#pragma once

#include "models/monitoring/MonitoringFilter.h"

#include <QWidget>

class QLabel;
class QStackedLayout;
class QTableWidget;

namespace steward {

class Database;
class SummaryLoader;

// One tab of the Monitoring view: a summary read off the UI thread, with a line saying
// "Loading…" meanwhile, or why there is nothing to show (not available for this database, no
// rows, an error) in place of the content.
class SummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPanel(QWidget* parent = nullptr);

    // Reads the summary again over a connection of its own to `database`'s target.
    virtual void load(Database& database, const MonitoringFilter& filter) = 0;
    // Drops what is shown and anything under way (the database closed).
    virtual void clear();

    bool isLoading() const;
    // What the panel says instead of (or above) its content; empty when the content is shown.
    QString statusText() const;
    QTableWidget* table() const { return m_table; }

protected:
    void setContent(QWidget* content);
    // A table of read-only rows chosen whole, as every panel lists them.
    QTableWidget* makeTable(const QStringList& headers);
    void showLoading();
    void showNote(const QString& text);
    void showContent();
    SummaryLoader* loader() const { return m_loader; }

private:
    QLabel* m_status;
    QStackedLayout* m_stack;
    QLabel* m_note;
    QWidget* m_content = nullptr;
    QTableWidget* m_table = nullptr;
    SummaryLoader* m_loader;
};

} // namespace steward
