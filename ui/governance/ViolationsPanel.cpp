#include "ViolationsPanel.h"

#include "models/governance/Durations.h"
#include "models/governance/ViolationTerms.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/profiles/ScopeWords.h"
#include "ui/governance/StyledViolationModel.h"
#include "ui/governance/ViolationDetail.h"
#include "ui/governance/ViolationFilterBar.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <numeric>

namespace steward {

namespace {
// The width a column needs for the widest of `texts` in bold (overdue criticals), with room
// for an icon, the cell's margins and the header's sort arrow.
int widestCell(const QStringList& texts, bool icon)
{
    QFont bold;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const QString& text : texts)
        widest = qMax(widest, metrics.horizontalAdvance(text));
    return widest + (icon ? 24 : 0) + 24;
}
} // namespace

ViolationsPanel::ViolationsPanel(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new StyledViolationModel(this))
{
    setObjectName(QStringLiteral("violationsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filters = new ViolationFilterBar(this);
    layout->addWidget(m_filters);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_queue = new QTableView(m_splitter);
    m_queue->setObjectName(QStringLiteral("violationQueue"));
    m_queue->setModel(m_model);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setAlternatingRowColors(true);
    m_queue->setWordWrap(false);
    m_queue->setSortingEnabled(false); // sorting happens in the database, see sortChanged()
    m_queue->verticalHeader()->hide();
    m_queue->verticalHeader()->setDefaultSectionSize(m_queue->fontMetrics().height() + 8);
    m_queue->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_queue->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSectionsMovable(true);
    header->setDefaultSectionSize(110);
    header->setStretchLastSection(true);
    m_detail = new ViolationDetail(session, m_splitter);
    m_splitter->addWidget(m_queue);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 520});
    m_splitter->restoreState(Settings::value(Settings::Key::GovernanceSplitter).toByteArray());
    layout->addWidget(m_splitter, 1);

    connect(m_filters, &ViolationFilterBar::filterChanged, this, &ViolationsPanel::applyFilter);
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ViolationsPanel::rowSelected);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ViolationsPanel::sortChanged);
    m_model->pagedModel()->setDeferLongCounts(true);
    connect(m_model->pagedModel(), &PagedTableModel::countKnown, this, &ViolationsPanel::showCount);
    // A filter, search or sort is read in a job: the rows before stay shown meanwhile.
    m_model->pagedModel()->setReadInJobs(true);
    connect(m_model->pagedModel(), &PagedTableModel::loadingChanged, this, &ViolationsPanel::showCount);
    connect(m_model->pagedModel(), &PagedTableModel::queryLoaded, this, &ViolationsPanel::selectAfterLoad);
    connect(m_model->pagedModel(), &PagedTableModel::fetchFailed, this,
            [this](const QString& text) { emit message(text, MessageBar::Kind::Error); });
    connect(m_detail, &ViolationDetail::message, this, &ViolationsPanel::message);
    connect(m_detail, &ViolationDetail::policyRequested, this, &ViolationsPanel::policyRequested);
    connect(m_detail, &ViolationDetail::decided, this, [this](const QString& id, const QString& text) {
        emit message(text, MessageBar::Kind::Success);
        // Its row is read again in place, with its state as it is now, even if it no longer
        // matches the filter: the queue keeps its order until it is next read.
        m_model->refreshViolation(id);
        // The count says what matches the filter now, the rows what was read.
        const Result<QList<qint64>> counts = m_model->pagedModel()->isCountPending()
                                                 ? Result<QList<qint64>>(Outcome::failed(QString()))
                                                 : m_model->pagedModel()->countNow();
        if (counts)
            m_filters->setCount(static_cast<int>(std::accumulate(counts->cbegin(), counts->cend(), qint64(0))));
        emit changed();
    });
}

void ViolationsPanel::showCount()
{
    const PagedTableModel* paged = m_model->pagedModel();
    if (paged->isLoading())
        m_filters->setLoading();
    else if (paged->isCountPending())
        m_filters->setCountAtLeast(paged->countText(paged->rowCount(), false));
    else
        m_filters->setCount(m_model->rowCount());
}

ViolationsPanel::~ViolationsPanel()
{
    Settings::setValue(Settings::Key::GovernanceSplitter, m_splitter->saveState());
    // A queue that was never shown has no columns; saving it would wipe the remembered layout.
    if (m_headerReady && m_queue->horizontalHeader()->count() > 0)
        Settings::setValue(Settings::Key::GovernanceQueueHeader, m_queue->horizontalHeader()->saveState());
}

void ViolationsPanel::load(const ViolationQueryContext& context)
{
    m_context = context;
    Database* db = m_session->database();
    QHeaderView* header = m_queue->horizontalHeader();
    // Reloading empties the model first; the columns as the person left them come back after.
    const QByteArray columns = m_headerReady && header->count() > 0 ? header->saveState() : QByteArray();
    m_model->setDatabase(db);
    m_detail->setContext(context);
    applyFilter();
    if (!columns.isEmpty()) {
        m_restoringHeader = true;
        header->restoreState(columns);
        m_restoringHeader = false;
    }
    if (!m_headerReady) {
        m_headerReady = true;
        if (!header->restoreState(Settings::value(Settings::Key::GovernanceQueueHeader).toByteArray())) {
            // Wide enough for the longest label in this language, so that none is cut.
            QStringList severities;
            for (const QString& severity : ViolationTerms::knownSeverities())
                severities << ViolationTerms::severityLabel(severity);
            QStringList statuses;
            for (const QString& status : ViolationTerms::knownStatuses())
                statuses << ViolationTerms::statusLabel(status);
            const QString longestLeft = QString(QChar(0x2212)) + Durations::span(99 * 86400 + 23 * 3600);
            m_queue->setColumnWidth(ViolationQuery::Severity, qMax(95, widestCell(severities, true)));
            m_queue->setColumnWidth(ViolationQuery::Status, qMax(100, widestCell(statuses, false)));
            m_queue->setColumnWidth(
                ViolationQuery::DueAt,
                widestCell({longestLeft, m_model->headerData(ViolationQuery::DueAt, Qt::Horizontal).toString()}, true));
            m_queue->setColumnWidth(ViolationQuery::Age, 80);
            m_queue->setColumnWidth(ViolationQuery::DetectedAt, 125);
            m_queue->setColumnWidth(ViolationQuery::PolicyName, 170);
            for (int column : {ViolationQuery::ViolationId, ViolationQuery::ResolvedAt, ViolationQuery::PolicyId,
                               ViolationQuery::ModelVersion, ViolationQuery::Type})
                m_queue->setColumnHidden(column, true);
            // The most useful order for a queue: what, how urgent, whose.
            header->moveSection(header->visualIndex(ViolationQuery::DueAt), 2);
        }
        header->setSortIndicator(m_sortColumn, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
}

void ViolationsPanel::unload()
{
    m_model->setDatabase(nullptr);
    m_selectPending = false;
    m_filters->clearChoices();
    m_detail->close();
}

void ViolationsPanel::setChoices(const ViolationChoices& choices)
{
    if (!m_session->database())
        return;
    m_filters->setChoices(choices, ScopeWords::all(m_session->database()->profile()), m_session->actingUser());
    m_detail->setAssignees(choices.assignable);
}

void ViolationsPanel::applyFilter()
{
    if (!m_session->database())
        return;
    const QString selected = m_detail->requestedId();
    m_context.now = m_session->database()->asOf();
    // A new query resets the model, and a reset forgets hidden, moved and resized columns.
    QHeaderView* header = m_queue->horizontalHeader();
    const QByteArray columns = m_headerReady && header->count() > 0 ? header->saveState() : QByteArray();
    const Outcome set = m_model->setFilter(m_filters->filter(), m_context, m_sortColumn, m_descending);
    if (!columns.isEmpty()) {
        m_restoringHeader = true;
        header->restoreState(columns);
        m_restoringHeader = false;
    }
    if (!set)
        emit message(set.message(), MessageBar::Kind::Error);
    m_selectPending = true;
    m_selectAfterLoad = selected;
    if (m_model->pagedModel()->isLoading())
        showCount();
    else
        selectAfterLoad();
}

void ViolationsPanel::selectAfterLoad()
{
    if (!std::exchange(m_selectPending, false))
        return;
    showCount();
    const QString selected = std::exchange(m_selectAfterLoad, {});
    // Among the rows that came with the new order: reading pages here to look further would
    // hold the window (a re-sort of 240,000 violations).
    const int row = selected.isEmpty() ? -1 : m_model->loadedRowOf(selected);
    if (row >= 0) {
        m_queue->selectRow(row);
    } else if (m_model->rowCount() > 0 && selected.isEmpty()) {
        m_queue->selectRow(0);
    } else if (!selected.isEmpty()) {
        // The selected violation left the filtered queue; keep showing it.
        m_detail->showViolation(selected);
    }
}

void ViolationsPanel::tick()
{
    if (!m_session->database())
        return;
    m_context.now = m_session->database()->asOf();
    m_model->setNow(m_context.now);
    m_detail->setContext(m_context);
}

void ViolationsPanel::rowSelected()
{
    const QString id = m_model->violationIdAt(m_queue->currentIndex().row());
    if (id.isEmpty())
        return;
    m_detail->showViolation(id);
}

void ViolationsPanel::sortChanged(int column, Qt::SortOrder order)
{
    if (m_restoringHeader)
        return;
    const auto requested = static_cast<ViolationQuery::Column>(column);
    if (!ViolationQuery::isSortable(requested)) {
        QSignalBlocker blocker(m_queue->horizontalHeader());
        m_queue->horizontalHeader()->setSortIndicator(m_sortColumn,
                                                      m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    m_sortColumn = requested;
    m_descending = order == Qt::DescendingOrder;
    applyFilter();
}

void ViolationsPanel::showViolation(const QString& violationId)
{
    const int row = m_model->rowOf(violationId);
    if (row >= 0) {
        m_queue->selectRow(row);
        m_queue->scrollTo(m_model->index(row, 0));
        return;
    }
    m_queue->clearSelection();
    m_detail->showViolation(violationId);
}

void ViolationsPanel::filterByPolicy(const QString& policyId, const QString& policyName)
{
    m_filters->setPolicy(policyId, policyName);
}

void ViolationsPanel::focusSearch()
{
    m_filters->focusSearch();
}

const PagedTableModel* ViolationsPanel::pagedRows() const
{
    return m_model->pagedModel();
}

} // namespace steward
