#include "AuditPage.h"

#include "models/core/Clock.h"
#include "models/db/Database.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/jobs/JobRunner.h"
#include "models/review/AuditTrailModel.h"
#include "models/values/CellValue.h"
#include "models/values/TimeText.h"
#include "models/workflow/AuditReconciliation.h"
#include "ui/render/ThemeColors.h"
#include "ui/review/ReviewCellDelegate.h"
#include "ui/review/ReviewFormat.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>
#include <optional>
#include <tuple>

namespace steward {

namespace {
// Beyond this many rows the Verify result names the bad record instead of scrolling to it.
constexpr int kMaxRowsToSearch = 20000;
// Items changed without a record, named on the page; the CLI lists more.
constexpr int kProblemsShown = 10;

QComboBox* filterCombo(const QString& name, const QString& all, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(all, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(9);
    return combo;
}

const QStringList kHiddenColumns{QStringLiteral("details"), QStringLiteral("prev_hash"), QStringLiteral("hash")};
} // namespace

AuditPage::AuditPage(Session* session, QWidget* parent) : Page(View::Audit, session, parent)
{
    setObjectName(QStringLiteral("auditPage"));
    m_model = new AuditTrailModel(this);

    auto* content = new QWidget(this);
    auto* outer = new QVBoxLayout(content);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(content);
    outer->addWidget(m_stack);
    m_note = new QLabel(m_stack);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_stack->addWidget(m_note);

    auto* main = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(main);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_actor = filterCombo(QStringLiteral("auditActor"), tr("Everyone"), main);
    m_action = filterCombo(QStringLiteral("auditAction"), tr("All actions"), main);
    m_kind = filterCombo(QStringLiteral("auditKind"), tr("All items"), main);
    m_target = new QLineEdit(main);
    m_target->setObjectName(QStringLiteral("auditTarget"));
    m_target->setPlaceholderText(tr("Item id"));
    m_target->setClearButtonEnabled(true);
    m_target->setMaximumWidth(260);
    m_period = new QComboBox(main);
    m_period->setObjectName(QStringLiteral("auditPeriod"));
    m_period->addItem(tr("Any time"), AnyTime);
    m_period->addItem(tr("Today (UTC)"), Today);
    m_period->addItem(tr("Last 7 days"), LastWeek);
    m_period->addItem(tr("Last 30 days"), LastMonth);
    m_period->addItem(tr("Last 12 months"), LastYear);
    m_count = new QLabel(main);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_verify = new QPushButton(tr("Verify chain"), main);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Recompute every record's hash and check that none was edited, removed, inserted or "
                            "reordered, and that every item is in the state its last record says (Ctrl+Shift+V)"));
    m_verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    for (QWidget* widget :
         {static_cast<QWidget*>(m_actor), static_cast<QWidget*>(m_action), static_cast<QWidget*>(m_kind)})
        bar->addWidget(widget);
    bar->addWidget(m_target, 1);
    bar->addWidget(m_period);
    bar->addStretch();
    bar->addWidget(m_count);
    bar->addWidget(m_verify);
    layout->addLayout(bar);
    m_result = new QLabel(main);
    m_verifyJobs = new JobRunner(this);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    m_splitter = new QSplitter(Qt::Horizontal, main);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    // The states before and after as the same coloured labels the review queue uses.
    auto* delegate = new ReviewCellDelegate({QStringLiteral("state_before"), QStringLiteral("state_after")}, m_table);
    delegate->setNullText(QString());
    m_table->setItemDelegate(delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_record = new QTextBrowser(m_splitter);
    m_record->setObjectName(QStringLiteral("auditRecord"));
    m_record->setOpenLinks(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_record);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({960, 280});
    m_splitter->restoreState(Settings::value(Settings::Key::AuditSplitter).toByteArray());
    layout->addWidget(m_splitter, 1);
    m_stack->addWidget(main);
    setContent(content);

    for (QComboBox* combo : {m_actor, m_action, m_kind, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_target, &QLineEdit::editingFinished, this, [this] {
        if (m_target->isModified()) {
            m_target->setModified(false);
            applyFilter();
        }
    });
    connect(m_target, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            applyFilter();
    });
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showRecord);
    connect(m_model, &PagedTableModel::fetchFailed, this, [this](const QString& message) {
        m_result->setText(tr("Could not read the audit trail: %1").arg(message));
        m_result->show();
    });
    // A filter is read in a job: the records before stay shown, the count says "Loading…".
    m_model->setReadInJobs(true);
    connect(m_model, &PagedTableModel::queryLoaded, this, &AuditPage::showLoaded);
    connect(m_record, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("suggestion"))
            this->session()->requestShow(View::Suggestions, QStringLiteral("suggestion"), url.path());
    });
    connect(session, &Session::itemsChanged, this, [this] {
        if (m_loaded && isVisible())
            refresh();
    });
}

AuditPage::~AuditPage()
{
    Settings::setValue(Settings::Key::AuditSplitter, m_splitter->saveState());
    if (m_loaded)
        Settings::setValue(Settings::Key::AuditColumns, m_table->horizontalHeader()->saveState());
}

QList<QPair<QString, QString>> AuditPage::shortcuts() const
{
    return {{QStringLiteral("Ctrl+Shift+V"), tr("verify the hash chain")}};
}

AuditChain::Filter AuditPage::filter() const
{
    AuditChain::Filter filter;
    filter.actor = m_actor->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.targetKind = m_kind->currentData().toString();
    filter.targetId = m_target->text().trimmed();
    // Periods end at the moment the database speaks for (now, or a snapshot's export), in UTC.
    const QDateTime now = session()->database() ? session()->database()->asOf() : Clock::nowUtc();
    switch (m_period->currentData().toInt()) {
    case Today:
        filter.since = QDateTime(now.date(), QTime(0, 0), QTimeZone::utc());
        break;
    case LastWeek:
        filter.since = now.addDays(-7);
        break;
    case LastMonth:
        filter.since = now.addDays(-30);
        break;
    case LastYear:
        filter.since = now.addYears(-1);
        break;
    default:
        break;
    }
    return filter;
}

void AuditPage::load()
{
    if (!session()->hasAppTables()) {
        m_note->setText(tr("<h3>No audit trail yet</h3><p>This database has no Steward tables, so no decisions have "
                           "been recorded in it.</p>"));
        m_stack->setCurrentIndex(0);
        m_model->setDatabase(nullptr);
        return;
    }
    m_stack->setCurrentIndex(1);
    // Column widths survive the model being reset for a new connection.
    const QByteArray columns = m_loaded ? m_table->horizontalHeader()->saveState()
                                        : Settings::value(Settings::Key::AuditColumns).toByteArray();
    if (m_model->database() != session()->database())
        m_model->setDatabase(session()->database());
    loadChoices();
    applyFilter();
    if (columns.isEmpty() || !m_table->horizontalHeader()->restoreState(columns))
        defaultColumns();
    m_loaded = true;
}

void AuditPage::defaultColumns()
{
    // Narrow enough that the comment, the justification people look for, starts on screen at
    // 1024 px wide; each column's full value is in its tooltip and in the record pane.
    const QList<int> widths{40, 136, 60, 104, 84, 110, 84, 76, 76};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));
    for (const QString& name : kHiddenColumns)
        m_table->setColumnHidden(m_model->query().columnIndex(name), true);
}

void AuditPage::unload()
{
    m_model->setDatabase(nullptr);
    m_record->clear();
    m_result->hide();
    m_verifyJobs->abandon();
    m_verify->setEnabled(true);
}

void AuditPage::refresh()
{
    if (session()->isOpen() && session()->hasAppTables())
        load();
}

void AuditPage::loadChoices()
{
    const QList<QPair<QComboBox*, QString>> lists{{m_actor, QStringLiteral("actor")},
                                                  {m_action, QStringLiteral("action")},
                                                  {m_kind, QStringLiteral("target_kind")}};
    for (const auto& [combo, column] : lists) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        while (combo->count() > 1)
            combo->removeItem(combo->count() - 1);
        if (auto values = AuditChain::distinctValues(*session()->database(), column)) {
            for (const QString& value : *values)
                combo->addItem(value, value);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    }
}

void AuditPage::applyFilter()
{
    if (!m_model->database())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome set = m_model->setFilter(filter());
    QApplication::restoreOverrideCursor();
    // Read at once, showLoaded() has run already.
    if (!set)
        m_count->setText(set.message());
    else if (m_model->isLoading())
        m_count->setText(tr("Loading…"));
}

void AuditPage::showLoaded()
{
    if (!m_model->lastError()) {
        m_count->setText(m_model->lastError().message());
        return;
    }
    // English has no plural in a catalogue of its own: one form per count, numbers in the locale's way.
    const int records = m_model->rowCount();
    m_count->setText(records == 1 ? tr("1 record") : tr("%1 records").arg(QLocale().toString(records)));
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_record->setHtml(QStringLiteral("<p style=\"color:%2;\">%1</p>")
                              .arg(tr("No records match the filters."), ThemeColors::css(ThemeColors::muted())));
}

void AuditPage::showRecord()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const PagedQuery& query = m_model->query();
    const auto text = [&](const QString& name) { return m_model->cell(current.row(), query.columnIndex(name)).text(); };
    const QString mono = ReviewFormat::monospaceFamily();
    QString html = QStringLiteral("<h3>%1 #%2</h3><table cellpadding=\"3\">")
                       .arg(tr("Record").toHtmlEscaped(), text(QStringLiteral("seq")));
    const QString muted = ThemeColors::css(ThemeColors::muted());
    const auto row = [&html, &muted](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style=\"color:%3;\">%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value, muted);
    };
    const QDateTime when = parseTimestamp(text(QStringLiteral("recorded_at")));
    row(tr("When"), QStringLiteral("%1<br><span style=\"color:%3;\">%2</span>")
                        .arg(TimeText::secondsUtc(when).toHtmlEscaped(),
                             tr("recorded as %1").arg(AuditChain::timeText(when)).toHtmlEscaped(), muted));
    row(tr("Who"), QStringLiteral("<b>%1</b>").arg(text(QStringLiteral("actor")).toHtmlEscaped()));
    row(tr("Action"), text(QStringLiteral("action")).toHtmlEscaped());
    QString target = QStringLiteral("%1 <span style=\"font-family:'%2';\">%3</span>")
                         .arg(text(QStringLiteral("target_kind")).toHtmlEscaped(), mono,
                              text(QStringLiteral("target_id")).toHtmlEscaped());
    if (text(QStringLiteral("target_kind")) == QLatin1String("suggestion"))
        target +=
            QStringLiteral("<br><a href=\"suggestion:%1\">%2</a>")
                .arg(text(QStringLiteral("target_id")).toHtmlEscaped(), tr("Show in Suggestions").toHtmlEscaped());
    row(tr("Item"), target);
    if (!text(QStringLiteral("client_id")).isEmpty())
        row(tr("Client"), text(QStringLiteral("client_id")).toHtmlEscaped());
    row(tr("State"), tr("%1 → %2").arg(ReviewFormat::statusPillHtml(text(QStringLiteral("state_before"))),
                                       ReviewFormat::statusPillHtml(text(QStringLiteral("state_after")))));
    if (!text(QStringLiteral("comment")).isEmpty())
        row(tr("Comment"), QStringLiteral("“%1”").arg(text(QStringLiteral("comment")).toHtmlEscaped()));
    if (!text(QStringLiteral("details")).isEmpty())
        row(tr("Details"), QStringLiteral("<span style=\"font-family:'%1';\">%2</span>")
                               .arg(mono, text(QStringLiteral("details")).toHtmlEscaped()));
    row(tr("Hash"), QStringLiteral("<span style=\"font-family:'%1'; font-size:8pt;\">%2</span>")
                        .arg(mono, text(QStringLiteral("hash"))));
    row(tr("Previous"), QStringLiteral("<span style=\"font-family:'%1'; font-size:8pt; color:%3;\">%2</span>")
                            .arg(mono, text(QStringLiteral("prev_hash")), muted));
    m_record->setHtml(html + QStringLiteral("</table>"));
}

struct AuditPage::Verified
{
    AuditChain::Verification chain;
    std::optional<AuditReconciliation::Reconciliation> reconciliation; // none when it could not be read
    QString reconciliationFailure;
};

bool AuditPage::isVerifying() const
{
    return m_verifyJobs->isRunning();
}

void AuditPage::verify()
{
    if (!session()->isOpen() || !session()->hasAppTables())
        return;
    // Every record is hashed again and every item's state compared: seconds at a million items,
    // so it is read as a job over a read-only connection of its own (looking changes nothing).
    ConnectionTarget target = session()->database()->target();
    target.readOnly = true;
    OpenOptions options = session()->database()->options();
    options.createIfMissing = false;
    m_verify->setEnabled(false);
    m_result->setText(tr("Verifying the audit trail…"));
    m_result->setStyleSheet(QStringLiteral("padding: 6px;"));
    m_result->show();
    m_verifyJobs->startOn<Verified>(
        target, options,
        [](Database& database, JobControl&) -> Result<Verified> {
            auto chain = AuditChain::verify(database);
            if (!chain)
                return chain.failure();
            Verified verified{chain.value(), std::nullopt, QString()};
            auto reconciliation = AuditReconciliation::run(database);
            if (reconciliation)
                verified.reconciliation = reconciliation.value();
            else
                verified.reconciliationFailure = reconciliation.failure().message();
            return verified;
        },
        [this](const Result<Verified>& verified) { showVerified(verified); });
}

void AuditPage::showVerified(const Result<Verified>& verified)
{
    m_verify->setEnabled(true);
    // A red wash for a broken or unverifiable chain, a green one for an intact one.
    const QColor bad(0xc0, 0x3a, 0x2b);
    const QColor good(0x1b, 0x7a, 0x35);
    const auto show = [this](const QString& text, const QColor& accent) {
        m_result->setText(text);
        m_result->setStyleSheet(QStringLiteral("%1 padding: 6px;").arg(ThemeColors::boxCss(accent)));
        m_result->show();
    };
    if (!verified) {
        show(tr("Could not verify: %1").arg(verified.failure().message().toHtmlEscaped()), bad);
        return;
    }
    const AuditChain::Verification* result = &verified->chain;
    if (!verified->reconciliation) {
        show(tr("Could not compare the items with the audit trail: %1")
                 .arg(verified->reconciliationFailure.toHtmlEscaped()),
             bad);
        return;
    }
    const AuditReconciliation::Reconciliation* reconciliation = &*verified->reconciliation;
    if (result->intact && !reconciliation->reconciled()) {
        const qint64 count = reconciliation->totalCount();
        QString items;
        for (const QString& problem : reconciliation->problems(kProblemsShown))
            items += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
        const QString more = count > kProblemsShown ? tr("… and %1 more (`steward-cli audit verify` lists up to %2 "
                                                         "of each kind).")
                                                          .arg(count - kProblemsShown)
                                                          .arg(AuditReconciliation::kListedPerKind)
                                                    : QString();
        show(tr("✗ <b>%1 items are not in the state the audit trail last left them in</b>: they were changed "
                "without a record. The chain itself is intact (%2 records checked).<ul>%3</ul>%4")
                 .arg(count)
                 .arg(QLocale().toString(result->recordsChecked), items, more),
             bad);
        return;
    }
    if (result->intact) {
        show(tr("✓ <b>The audit trail is intact.</b> %1 records checked; the newest hash is <tt>%2</tt>. Note it "
                "elsewhere to anchor the chain.")
                     .arg(QLocale().toString(result->recordsChecked), result->headHash.left(16) + QStringLiteral("…")) +
                 QLatin1Char(' ') + tr("Every item is in the state its last record says."),
             good);
        return;
    }
    show(tr("✗ <b>The audit trail has been tampered with at record %1.</b> %2")
             .arg(result->firstBadSeq)
             .arg(result->problem.toHtmlEscaped()),
         bad);
    selectSeq(result->firstBadSeq);
}

void AuditPage::selectSeq(qint64 seq)
{
    // The whole trail, newest first; read page by page until the record turns up.
    for (QComboBox* combo : {m_actor, m_action, m_kind, m_period}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_target);
        m_target->clear();
    }
    applyFilter();
    // Its rows are searched at once, the trail read here rather than in a job.
    std::ignore = m_model->completeLoad();
    // A record that is gone is shown by the one after the gap.
    int row = m_model->rowOfSeq(seq, kMaxRowsToSearch);
    if (row < 0)
        row = m_model->rowOfSeq(seq + 1, kMaxRowsToSearch);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    }
}

bool AuditPage::showItem(const QString& itemKind, const QString& itemId)
{
    if (!session()->hasAppTables())
        return false;
    const QSignalBlocker blocker(m_target);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(itemKind)));
    m_target->setText(itemId);
    applyFilter();
    // Whether it has any record is answered now, the trail read here rather than in a job.
    std::ignore = m_model->completeLoad();
    return m_model->rowCount() > 0;
}

const PagedTableModel* AuditPage::exportableRows() const
{
    return exportableOrNull(m_model);
}

} // namespace steward
