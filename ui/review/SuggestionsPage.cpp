#include "SuggestionsPage.h"

#include "models/itemmodels/PagedTableModel.h"
#include "models/review/SuggestionQueueModel.h"
#include "models/workflow/Workflow.h"
#include "ui/render/ThemeColors.h"
#include "ui/review/ReviewActions.h"
#include "ui/review/ReviewCellDelegate.h"
#include "ui/review/RollbackRequestsPanel.h"
#include "ui/review/SuggestionDetailPane.h"
#include "ui/review/SuggestionFilterBar.h"
#include "ui/shell/DatabaseReads.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/widgets/FillColumn.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <numeric>

namespace steward {

namespace {
// More than this many selected suggestions is almost certainly Ctrl+A on a huge queue.
constexpr int kMaxBulk = 500;
} // namespace

SuggestionsPage::SuggestionsPage(Session* session, QWidget* parent) : Page(View::Suggestions, session, parent)
{
    setObjectName(QStringLiteral("suggestionsPage"));
    m_model = new SuggestionQueueModel(this);
    m_countJobs = new JobRunner(this);
    m_detailJobs = new JobRunner(this);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_messages = new MessageBar(content);
    m_messages->setObjectName(QStringLiteral("reviewMessages"));
    layout->addWidget(m_messages);
    m_filters = new SuggestionFilterBar(content);
    layout->addWidget(m_filters);

    m_splitter = new QSplitter(Qt::Horizontal, content);
    m_splitter->setObjectName(QStringLiteral("suggestionsSplitter"));
    m_left = new QTabWidget(m_splitter);
    m_left->setObjectName(QStringLiteral("queueTabs"));
    m_left->setDocumentMode(true);
    m_queue = new QTableView(m_left);
    m_queue->setObjectName(QStringLiteral("suggestionQueue"));
    m_queue->setModel(m_model);
    auto* cells = new ReviewCellDelegate({QStringLiteral("status")}, m_queue);
    // Summaries often share their opening words and differ at the end ("… tier-1 event").
    cells->setElideMiddle(SuggestionQueueModel::SummaryColumn);
    m_queue->setItemDelegate(cells);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_queue->setAlternatingRowColors(true);
    m_queue->setWordWrap(false);
    m_queue->setShowGrid(false);
    m_queue->verticalHeader()->hide();
    m_queue->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_queue->verticalHeader()->setDefaultSectionSize(m_queue->fontMetrics().height() + 10);
    QHeaderView* header = m_queue->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_queue->setSortingEnabled(true);
    // Room for about fifty characters: enough to tell summaries apart that differ in one number
    // ("… to 0.03 and deepen trees to 7"); the columns after it scroll when the pane is narrow.
    m_summaryWidth =
        new FillColumn(m_queue, SuggestionQueueModel::SummaryColumn, m_queue->fontMetrics().averageCharWidth() * 52);
    m_left->addTab(m_queue, tr("Queue"));
    m_rollbacks = new RollbackRequestsPanel(m_left);
    m_left->addTab(m_rollbacks, tr("Rollback requests"));

    m_detail = new SuggestionDetailPane(m_splitter);
    m_splitter->addWidget(m_left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({820, 600});
    layout->addWidget(m_splitter, 1);

    m_actions = new ReviewActions(session, this);
    m_detail->setActions(m_actions->all());
    auto* next = new QAction(tr("Next suggestion"), this);
    next->setShortcuts({QKeySequence(Qt::Key_J)});
    auto* previous = new QAction(tr("Previous suggestion"), this);
    previous->setShortcuts({QKeySequence(Qt::Key_K)});
    auto* search = new QAction(tr("Search"), this);
    search->setShortcuts({QKeySequence(Qt::Key_Slash)});
    for (QAction* action : {next, previous, search})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Letters act only where the queue or the detail has the focus, never in the search box.
    for (QWidget* target :
         {static_cast<QWidget*>(m_queue), static_cast<QWidget*>(m_detail), static_cast<QWidget*>(m_rollbacks)}) {
        target->addActions(m_actions->all());
        target->addActions({next, previous, search});
    }
    auto* findAnywhere = new QAction(this);
    findAnywhere->setShortcut(QKeySequence::Find);
    findAnywhere->setShortcutContext(Qt::WindowShortcut);
    content->addAction(findAnywhere);
    connect(findAnywhere, &QAction::triggered, m_filters, &SuggestionFilterBar::focusSearch);
    connect(search, &QAction::triggered, m_filters, &SuggestionFilterBar::focusSearch);
    connect(next, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(previous, &QAction::triggered, this, [this] { moveCurrent(-1); });

    m_hints = new QLabel(content);
    m_hints->setObjectName(QStringLiteral("shortcutHints"));
    QStringList hints;
    for (const auto& [keys, what] : shortcuts())
        hints << QStringLiteral("<b>%1</b> %2").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    m_hints->setText(hints.mid(0, 7).join(QStringLiteral(" &nbsp;·&nbsp; ")) +
                     tr(" &nbsp;·&nbsp; <b>F1</b> all shortcuts"));
    m_hints->setStyleSheet(QStringLiteral("color: %1; padding: 2px 4px;").arg(ThemeColors::css(ThemeColors::muted())));
    // On one line the strip alone held the window at 1380 px or more: it wraps on a narrow one.
    m_hints->setWordWrap(true);
    layout->addWidget(m_hints);
    setContent(content);

    connect(m_filters, &SuggestionFilterBar::filterChanged, this, &SuggestionsPage::applyFilter);
    connect(m_filters, &SuggestionFilterBar::leaveRequested, m_queue,
            [this] { m_queue->setFocus(Qt::ShortcutFocusReason); });
    connect(m_model, &SuggestionQueueModel::queryFailed, this,
            [this](const QString& message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    connect(m_model, &PagedTableModel::fetchFailed, this, [this](const QString& message) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Could not read the queue: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateCount(false); });
    // A long count arrives after the first rows; the label says "1,000+" until then.
    m_model->setDeferLongCounts(true);
    connect(m_model, &PagedTableModel::countKnown, this, [this] { updateCount(false); });
    // A filter, search or sort is read in a job: the rows before stay shown, the label says
    // "Loading…", and what waits for the new rows runs when they arrive.
    m_model->setReadInJobs(true);
    connect(m_model, &PagedTableModel::loadingChanged, this, [this] { updateCount(false); });
    connect(m_model, &PagedTableModel::queryLoaded, this, [this] {
        if (const std::function<void()> next = std::exchange(m_afterLoad, {}))
            next();
    });
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SuggestionsPage::currentRowChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SuggestionsPage::rowsArrived);
    connect(m_queue->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SuggestionsPage::selectionChanged);
    connect(m_rollbacks, &RollbackRequestsPanel::currentChanged, this, &SuggestionsPage::rollbackSelected);
    connect(m_rollbacks, &RollbackRequestsPanel::reloadFailed, this,
            [this](const QString& message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    connect(m_left, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == 1)
            rollbackSelected();
        else
            currentRowChanged();
    });
    connect(m_actions, &ReviewActions::finished, this, &SuggestionsPage::decided);
    connect(m_detail, &SuggestionDetailPane::onlyCycleRequested, this, [this](const QString& cycleId) {
        SuggestionFilter filter = m_filters->filter();
        filter.cycle = cycleId;
        m_filters->setFilter(filter);
        applyFilter();
    });
    connect(session, &Session::itemsChanged, this, [this](const QString& kind) {
        if (!m_announcing && m_loaded &&
            (kind == QLatin1String("suggestion") || kind == QLatin1String("rollback_request")))
            refresh();
    });
    connect(session, &Session::reloaded, m_actions, &ReviewActions::update);

    m_splitter->restoreState(Settings::value(Settings::Key::SuggestionsSplitter).toByteArray());
    m_detail->splitter()->restoreState(Settings::value(Settings::Key::SuggestionsDetailSplitter).toByteArray());
}

SuggestionsPage::~SuggestionsPage()
{
    saveState();
}

void SuggestionsPage::saveState()
{
    Settings::setValue(Settings::Key::SuggestionsSplitter, m_splitter->saveState());
    Settings::setValue(Settings::Key::SuggestionsDetailSplitter, m_detail->splitter()->saveState());
    if (m_loaded)
        Settings::setValue(Settings::Key::SuggestionsColumns, m_queue->horizontalHeader()->saveState());
    const SuggestionFilter filter = m_filters->filter();
    Settings::setValue(Settings::Key::SuggestionsFilter, QVariantMap{{QStringLiteral("status"), filter.status},
                                                                     {QStringLiteral("client"), filter.client},
                                                                     {QStringLiteral("category"), filter.category}});
}

QList<QPair<QString, QString>> SuggestionsPage::shortcuts() const
{
    return {{QStringLiteral("A"), tr("approve")},
            {QStringLiteral("R"), tr("reject (asks for a comment)")},
            {QStringLiteral("J / K"), tr("next / previous")},
            {QStringLiteral("Shift+R"), tr("request rollback")},
            {QStringLiteral("Ctrl+F"), tr("search")},
            {QStringLiteral("Ctrl+U"), tr("raw JSON")},
            {QStringLiteral("Ctrl+click"), tr("select several for a bulk decision")},
            {QStringLiteral("Shift+A / Shift+D"), tr("approve / deny a rollback request (managers)")},
            {QStringLiteral("Esc"), tr("back from the search to the queue")}};
}

void SuggestionsPage::load()
{
    Database* db = session()->database();
    QHeaderView* header = m_queue->horizontalHeader();
    // Column widths and order survive the model being reset for a new connection.
    const QByteArray columns =
        m_loaded ? header->saveState() : Settings::value(Settings::Key::SuggestionsColumns).toByteArray();
    if (m_model->database() != db)
        m_model->setSource(db, &session()->catalog());
    if (!m_loaded) {
        const QVariantMap saved = Settings::value(Settings::Key::SuggestionsFilter).toMap();
        m_filters->setFilter({saved.value(QStringLiteral("status")).toString(),
                              saved.value(QStringLiteral("client")).toString(),
                              saved.value(QStringLiteral("category")).toString(), QString(), QString()});
    }
    m_filters->loadChoices(db, m_model->readsInJobs());
    applyFilter();
    if (columns.isEmpty() || !header->restoreState(columns))
        defaultColumns();
    // Shown where the database records when each suggestion was made; the pipeline's own
    // schema does not, and a column of blanks would only take the summary's room.
    // Otherwise the age since Steward first saw each one stands in for it, so that the oldest
    // pending suggestions can be found.
    const bool created = SuggestionQuery::hasCreatedAt(session()->catalog());
    m_queue->setColumnHidden(SuggestionQueueModel::CreatedColumn, !created);
    m_queue->setColumnHidden(SuggestionQueueModel::FirstSeenColumn, created);
    m_summaryWidth->fit();
    if (m_queue->currentIndex().isValid())
        showCurrentRow();
    if (!m_loaded)
        header->setSortIndicator(-1, Qt::AscendingOrder); // always open in queue order
    m_loaded = true;
    reloadRollbacks();
    m_actions->update();
}

void SuggestionsPage::defaultColumns()
{
    m_queue->setColumnHidden(SuggestionQueueModel::IdColumn, true);
    m_queue->setColumnHidden(SuggestionQueueModel::CycleIdColumn, true);
    // Helper columns (bias_abs_delta) colour the changes; they are not shown on their own.
    for (int column = SuggestionQueueModel::FirstDeltaColumn + SuggestionQueueModel::deltaColumnCount();
         column < m_model->columnCount(); ++column)
        m_queue->setColumnHidden(column, true);
    m_queue->setColumnWidth(SuggestionQueueModel::StatusColumn, 80);
    m_queue->setColumnWidth(SuggestionQueueModel::CreatedColumn,
                            m_queue->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-04 21:40")) + 24);
    m_queue->setColumnWidth(SuggestionQueueModel::FirstSeenColumn,
                            m_queue->fontMetrics().horizontalAdvance(QStringLiteral("88 d 88 h")) + 24);
    m_queue->setColumnWidth(SuggestionQueueModel::CategoryColumn, 100);
    m_queue->setColumnWidth(SuggestionQueueModel::ClientColumn, 92);
    m_queue->setColumnWidth(SuggestionQueueModel::CycleStateColumn, 80);
    for (int i = 0; i < SuggestionQueueModel::deltaColumnCount(); ++i)
        m_queue->setColumnWidth(SuggestionQueueModel::FirstDeltaColumn + i, 62);
}

void SuggestionsPage::unload()
{
    if (m_loaded)
        saveState();
    for (JobRunner* jobs : {m_countJobs, m_detailJobs}) {
        jobs->abandon();
        jobs->release(); // their connections were to the database that closed
    }
    m_model->setSource(nullptr, nullptr);
    m_rollbacks->clear();
    m_filters->loadChoices(nullptr);
    m_detail->showNote(tr("No database open"), QString());
    m_actions->setTargets({}, std::nullopt);
}

void SuggestionsPage::refresh()
{
    if (!session()->isOpen() || !m_loaded)
        return;
    // The suggestion being read stays in front of the reviewer, with its state as it is now,
    // even when someone else's decision moved it elsewhere in the queue.
    const QModelIndex current = m_queue->currentIndex();
    const QString shown =
        current.isValid() && m_left->currentIndex() == 0 ? m_model->suggestionId(current.row()) : QString();
    reselect(current.isValid() ? current.row() : 0, true, [this, shown] {
        if (!shown.isEmpty() && m_model->rowCount() > 0 &&
            m_model->suggestionId(m_queue->currentIndex().row()) != shown)
            showItem(QStringLiteral("suggestion"), shown);
    });
    reloadRollbacks();
}

void SuggestionsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (!m_queue->hasFocus() && !isAncestorOf(QApplication::focusWidget()))
        m_queue->setFocus(Qt::OtherFocusReason);
}

void SuggestionsPage::applyFilter()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome set = m_model->setFilter(m_filters->filter());
    QApplication::restoreOverrideCursor();
    if (set)
        m_messages->dismiss();
    reselect(0, false);
}

void SuggestionsPage::reselect(int row, bool reread, const std::function<void()>& then)
{
    if (reread && m_model->database()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Outcome refreshed = m_model->refresh();
        QApplication::restoreOverrideCursor();
        if (!refreshed)
            m_messages->showMessage(MessageBar::Kind::Error, refreshed.message());
    }
    whenLoaded([this, row, then] {
        select(row);
        if (then)
            then();
    });
}

void SuggestionsPage::whenLoaded(std::function<void()> next)
{
    if (m_model->isLoading()) {
        m_afterLoad = std::move(next);
        return;
    }
    m_afterLoad = {};
    next();
}

void SuggestionsPage::select(int row)
{
    if (m_model->rowCount() == 0) {
        m_detail->showNote(m_filters->filter().isEmpty() ? tr("The queue is empty") : tr("Nothing matches the filters"),
                           m_filters->filter().isEmpty() ? tr("There are no suggestions in this database.")
                                                         : tr("Change or clear the filters to see more suggestions."));
        m_actions->setTargets({}, std::nullopt);
        return;
    }
    const int target = qBound(0, row, m_model->rowCount() - 1);
    m_queue->selectionModel()->setCurrentIndex(m_model->index(target, SuggestionQueueModel::SummaryColumn),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showCurrentRow();
}

void SuggestionsPage::currentRowChanged()
{
    if (m_left->currentIndex() != 0)
        return;
    const QModelIndex current = m_queue->currentIndex();
    m_waitingForRow = -1;
    m_detailJobs->abandon(); // the detail of the row before, if still on its way
    if (!current.isValid()) {
        m_detail->showNote(tr("No suggestion selected"), tr("Select a suggestion in the queue to review it."));
        return;
    }
    if (m_model->readsInJobs() && !m_model->isRowLoaded(current.row())) {
        // A row far down (End, a jump): its page is on its way as a job; the detail follows it
        // rather than reading the page here.
        m_waitingForRow = current.row();
        m_detail->showNote(tr("Reading this suggestion…"), QString());
        return;
    }
    showDetail(m_model->suggestionId(current.row()));
}

void SuggestionsPage::rowsArrived(const QModelIndex& first, const QModelIndex& last)
{
    if (m_waitingForRow >= first.row() && m_waitingForRow <= last.row() && m_model->isRowLoaded(m_waitingForRow) &&
        m_queue->currentIndex().row() == m_waitingForRow)
        currentRowChanged();
    else if (m_waitingForSelection)
        selectionChanged();
}

void SuggestionsPage::showDetail(const QString& suggestionId)
{
    if (!session()->isOpen() || suggestionId.isEmpty())
        return;
    const auto shown = [this, suggestionId](const Result<SuggestionDetail>& detail) {
        if (!detail) {
            m_detail->showNote(tr("Could not read this suggestion"), detail.failure().message());
            return;
        }
        m_detail->showSuggestion(*detail);
        selectionChanged();
    };
    if (!m_model->readsInJobs()) {
        shown(SuggestionRepository::find(*session()->database(), session()->catalog(), suggestionId,
                                         session()->hasAppTables()));
        return;
    }
    // Read as a job (a server far away answers in its own time); the next row asked for
    // supersedes it. The detail shown stays until it arrives, and no decision depends on it.
    readDatabase<SuggestionDetail>(
        m_detailJobs, *session()->database(),
        [catalog = session()->catalog(), suggestionId, appTables = session()->hasAppTables()](Database& database,
                                                                                              JobControl&) {
            return SuggestionRepository::find(database, catalog, suggestionId, appTables);
        },
        [this, suggestionId, shown](const Result<SuggestionDetail>& detail) {
            // Only while its row is still the current one (the queue may have been filtered since).
            const QModelIndex current = m_queue->currentIndex();
            if (current.isValid() && m_model->isRowLoaded(current.row()) &&
                m_model->suggestionId(current.row()) == suggestionId)
                shown(detail);
        });
}

void SuggestionsPage::selectionChanged()
{
    if (m_left->currentIndex() != 0)
        return;
    QList<ReviewTarget> targets;
    int selected = 0;
    for (const QItemSelectionRange& range : m_queue->selectionModel()->selection())
        selected += range.height();
    if (selected > kMaxBulk) {
        m_actions->setTargets({}, std::nullopt);
        for (QAction* action : m_actions->all()) {
            action->setEnabled(false);
            action->setToolTip(
                tr("%1 suggestions are selected; a bulk decision takes at most %2.").arg(selected).arg(kMaxBulk));
        }
        return;
    }
    QModelIndexList rows = m_queue->selectionModel()->selectedRows();
    // Nothing selected (after Ctrl+click took the last row away): the row in the detail counts.
    if (rows.isEmpty() && m_queue->currentIndex().isValid())
        rows << m_queue->currentIndex();
    m_waitingForSelection = false;
    for (const QModelIndex& index : std::as_const(rows)) {
        if (m_model->readsInJobs() && !m_model->loadedCell(index.row(), 0)) {
            // Its page is asked for (loadedCell) and read as a job: no decision until it is in.
            m_waitingForSelection = true;
            m_actions->setTargets({}, std::nullopt);
            return;
        }
    }
    for (const QModelIndex& index : std::as_const(rows))
        targets << ReviewTarget{m_model->suggestionId(index.row()), m_model->status(index.row())};
    const auto& current = m_detail->current();
    std::optional<RollbackRequest> open;
    if (targets.size() == 1 && current && current->suggestionId == targets.first().suggestionId &&
        current->openRollback())
        open = *current->openRollback();
    m_actions->setTargets(targets, open);
}

void SuggestionsPage::rollbackSelected()
{
    if (m_left->currentIndex() != 1)
        return;
    const auto request = m_rollbacks->current();
    if (!request) {
        m_detail->showNote(tr("No request selected"), tr("Select a rollback request to see what it would roll back."));
        m_actions->setTargets({}, std::nullopt);
        return;
    }
    const std::optional<RollbackRequest> open =
        request->status == stateName(RollbackRequestState::Requested) ? request : std::optional<RollbackRequest>();
    if (request->targetKind == RollbackRequests::kSuggestion) {
        auto detail = SuggestionRepository::find(*session()->database(), session()->catalog(), request->targetId, true);
        if (detail) {
            m_detail->showSuggestion(*detail);
            m_actions->setTargets({ReviewTarget{detail->suggestionId, detail->status}}, open);
            return;
        }
    }
    m_detail->showNote(tr("Roll %1 back to %2 %3").arg(request->clientId, request->targetKind, request->targetId),
                       tr("Requested by %1: “%2”. Active when requested: %3.")
                           .arg(request->requestedBy, request->reason,
                                request->fromState.isEmpty() ? tr("none") : request->fromState));
    m_actions->setTargets({}, open);
}

void SuggestionsPage::decided(MessageBar::Kind kind, const QString& message, const QList<DecisionResult>& results)
{
    m_messages->showMessage(kind, message);
    m_announcing = true;
    session()->announceChange(QStringLiteral("suggestion"));
    session()->announceChange(QStringLiteral("rollback_request"));
    m_announcing = false;
    if (m_left->currentIndex() == 1) {
        reloadRollbacks();
        return;
    }
    // The decided rows are read again where they are, with their state as it is now; the
    // queue keeps its order until it is next read. After one successful decision the cursor
    // moves on to the next suggestion; after a conflict it stays on the row, which shows who
    // decided first.
    for (const DecisionResult& result : results)
        m_model->refreshSuggestion(result.targetId);
    const int row = m_queue->currentIndex().isValid() ? m_queue->currentIndex().row() : 0;
    const bool movesOn = results.size() == 1 && results.first().outcome &&
                         m_model->suggestionId(row) == results.first().targetId && row + 1 < m_model->rowCount();
    reselect(row, false);
    if (movesOn)
        moveCurrent(1);
    else
        currentRowChanged();
    updateCount(true);
    reloadRollbacks();
}

void SuggestionsPage::moveCurrent(int delta)
{
    if (m_left->currentIndex() != 0 || m_model->rowCount() == 0)
        return;
    const int row = qBound(0, (m_queue->currentIndex().isValid() ? m_queue->currentIndex().row() : -delta) + delta,
                           m_model->rowCount() - 1);
    m_queue->selectionModel()->setCurrentIndex(m_model->index(row, SuggestionQueueModel::SummaryColumn),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showCurrentRow();
}

void SuggestionsPage::showCurrentRow()
{
    m_queue->scrollTo(m_queue->currentIndex());
    // Scrolling to the current cell can move the queue sideways (a pane still being laid
    // out): where the summary fits whole from the left edge, the queue starts there again.
    const QHeaderView* header = m_queue->horizontalHeader();
    const int summary = SuggestionQueueModel::SummaryColumn;
    if (header->sectionPosition(summary) + header->sectionSize(summary) <= m_queue->viewport()->width())
        m_queue->horizontalScrollBar()->setValue(0);
}

void SuggestionsPage::updateCount(bool countAgain)
{
    if (m_model->isLoading()) {
        m_filters->setLoading();
        return;
    }
    const qint64 shown = m_model->rowCount();
    const bool shownCounted = !m_model->isCountPending();
    showCount(shown, m_model->rowsInSegment(0), shownCounted, m_model->isSegmentCounted(0));
    if (!countAgain || !shownCounted)
        return;
    // After a decision the rows stay where they were read, but the counts say what the queue
    // holds now (an approved suggestion is no longer pending, a rejected one may have left the
    // filter): counted again as a job, as the queue's own count is.
    const auto counted = [this](const Result<QList<qint64>>& counts) {
        if (counts && !counts->isEmpty() && !m_model->isLoading())
            showCount(std::accumulate(counts->cbegin(), counts->cend(), qint64(0)), counts->first(), true, true);
    };
    if (!m_model->readsInJobs()) {
        counted(m_model->countNow());
        return;
    }
    readDatabase<QList<qint64>>(
        m_countJobs, *session()->database(),
        [query = m_model->query()](Database& database, JobControl&) {
            return PagedTableModel::countSegments(database, query);
        },
        counted);
}

void SuggestionsPage::showCount(qint64 shown, qint64 first, bool shownCounted, bool firstCounted)
{
    const bool segmented = m_model->query().segments.size() == 2;
    const bool pendingOnly = m_model->filter().status == stateName(SuggestionState::Pending);
    QString pending;
    if (segmented)
        pending = m_model->countText(first, firstCounted);
    else if (pendingOnly)
        pending = m_model->countText(shown, shownCounted);
    m_filters->setCount(m_model->countText(shown, shownCounted), pending);
}

void SuggestionsPage::reloadRollbacks()
{
    if (!session()->isOpen() || !session()->hasAppTables()) {
        m_rollbacks->clear();
        m_left->setTabText(1, tr("Rollback requests"));
        return;
    }
    if (Outcome loaded = m_rollbacks->reload(session()->database()); !loaded)
        m_messages->showMessage(MessageBar::Kind::Error, loaded.message());
    auto open = RollbackRequests::list(*session()->database(), stateName(RollbackRequestState::Requested));
    const int count = open ? static_cast<int>(open->size()) : 0;
    m_left->setTabText(1, count > 0 ? tr("Rollback requests (%1)").arg(count) : tr("Rollback requests"));
}

bool SuggestionsPage::showItem(const QString& itemKind, const QString& itemId)
{
    if (itemKind != QLatin1String("suggestion") || !session()->isOpen())
        return false;
    auto detail =
        SuggestionRepository::find(*session()->database(), session()->catalog(), itemId, session()->hasAppTables());
    if (!detail)
        return false;
    m_left->setCurrentIndex(0);
    const int row = m_model->rowOfSuggestion(itemId);
    if (row >= 0) {
        m_queue->selectionModel()->setCurrentIndex(m_model->index(row, SuggestionQueueModel::SummaryColumn),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        showCurrentRow();
        return true;
    }
    // Not among the rows in view (filtered out, or far away): show it on its own.
    m_queue->selectionModel()->clearSelection();
    m_detail->showSuggestion(*detail);
    m_actions->setTargets({ReviewTarget{detail->suggestionId, detail->status}},
                          detail->openRollback() ? std::optional<RollbackRequest>(*detail->openRollback())
                                                 : std::nullopt);
    return true;
}

const PagedTableModel* SuggestionsPage::exportableRows() const
{
    return exportableOrNull(m_model);
}

} // namespace steward
