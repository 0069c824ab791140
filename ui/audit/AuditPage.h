#pragma once

#include "models/workflow/AuditChain.h"
#include "ui/shell/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace steward {

class JobRunner;
class PagedTableModel;

class AuditTrailModel;

// The audit trail: every decision with who, when, what and why, filterable, and a Verify
// button that checks the hash chain and points at the first record that does not fit.
class AuditPage : public Page
{
    Q_OBJECT

public:
    enum Period { AnyTime, Today, LastWeek, LastMonth, LastYear };
    const PagedTableModel* exportableRows() const override;

    AuditPage(Session* session, QWidget* parent = nullptr);
    ~AuditPage() override;

    void refresh() override;
    bool showItem(const QString& itemKind, const QString& itemId) override;
    QList<QPair<QString, QString>> shortcuts() const override;

    AuditTrailModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* verifyButton() const { return m_verify; }
    QLabel* verifyResult() const { return m_result; }
    AuditChain::Filter filter() const;
    // Starts the verification (the Verify button): the chain and the items' states are read as a
    // job over a read-only connection of its own; the result shows when it arrives.
    void verify();
    bool isVerifying() const;

protected:
    void load() override;
    void unload() override;

private:
    void applyFilter();
    // The count and the first record once the filtered rows are in (read in a job).
    void showLoaded();
    void loadChoices();
    void showRecord();
    void selectSeq(qint64 seq);
    struct Verified;
    void showVerified(const Result<Verified>& verified);
    void defaultColumns();

    AuditTrailModel* m_model;
    QStackedWidget* m_stack;
    QLabel* m_note;
    QComboBox* m_actor;
    QComboBox* m_action;
    QComboBox* m_kind;
    QLineEdit* m_target;
    QComboBox* m_period;
    QLabel* m_count;
    QPushButton* m_verify;
    QLabel* m_result;
    JobRunner* m_verifyJobs;
    QSplitter* m_splitter;
    QTableView* m_table;
    QTextBrowser* m_record;
    bool m_loaded = false;
};

} // namespace steward
