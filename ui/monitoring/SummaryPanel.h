#pragma once

#include "models/monitoring/MonitoringFilter.h"
#include "ui/monitoring/SummaryLoader.h"

#include <QList>
#include <QWidget>
#include <functional>

class QLabel;
class QStackedLayout;
class QTableWidget;

namespace steward {

class Database;

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
    // A table of read-only rows chosen whole, as every panel lists them. The header
    // scopeHeader() marks the column of the row's scope, named on each load in the words of the
    // database's system (Client, Company, Restaurant); each panel hides it where it says nothing.
    QTableWidget* makeTable(const QStringList& headers);
    static QString scopeHeader();
    void nameScopeColumn(Database& database);
    void showLoading();
    void showNote(const QString& text);
    void showContent();
    SummaryLoader* loader() const { return m_loader; }
    // Reads `work` off the UI thread, unless the system keeps no such records (`unavailable` then
    // says so); hands `show` the rows, or shows the failure, or `none` when there are no rows.
    template <typename Row>
    void read(Database& database, const QString& unavailable, std::function<Result<QList<Row>>(Database&)> work,
              const QString& none, std::function<void(const QList<Row>&)> show)
    {
        nameScopeColumn(database);
        if (!unavailable.isEmpty()) {
            clear();
            showNote(unavailable);
            return;
        }
        showLoading();
        m_loader->start<QList<Row>>(database, std::move(work),
                                    [this, none, show = std::move(show)](const Result<QList<Row>>& rows) {
                                        if (!rows)
                                            showNote(rows.failure().message());
                                        else if (rows->isEmpty())
                                            showNote(none);
                                        else
                                            show(*rows);
                                    });
    }

private:
    QLabel* m_status;
    QStackedLayout* m_stack;
    QLabel* m_note;
    QWidget* m_content = nullptr;
    QTableWidget* m_table = nullptr;
    int m_scopeColumn = -1;
    SummaryLoader* m_loader;
};

} // namespace steward
