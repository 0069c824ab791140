#include "SuggestionFilterBar.h"

#include "models/review/SuggestionRepository.h"
#include "ui/shell/DatabaseReads.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace steward {

void LazyComboBox::setLoader(std::function<void()> onFirstOpen)
{
    m_loader = std::move(onFirstOpen);
}

void LazyComboBox::showPopup()
{
    if (m_loader)
        std::exchange(m_loader, {})();
    QComboBox::showPopup();
}

SuggestionFilterBar::SuggestionFilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("suggestionFilters"));
    m_choiceJobs = new JobRunner(this);
    m_categoryJobs = new JobRunner(this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("suggestionSearch"));
    m_search->setPlaceholderText(tr("Search summaries and reasoning (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Matches the text literally: %, _ and quotes match themselves."));
    m_search->setMinimumWidth(160);
    layout->addWidget(m_search, 3);

    const auto makeCombo = [this, layout](QComboBox* combo, const QString& name, const QString& all) {
        combo->setObjectName(name);
        combo->addItem(all, QString());
        // Ten characters wide, not as wide as the longest choice, so that the bar fits a 1024 px
        // window in every language; the tooltip names the choice in full.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        connect(combo, &QComboBox::currentTextChanged, combo,
                [combo](const QString& text) { combo->setToolTip(text); });
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateClearButton();
            if (!m_settingFilter)
                emit filterChanged();
        });
    };
    m_status = new QComboBox(this);
    makeCombo(m_status, QStringLiteral("statusFilter"), tr("All statuses"));
    m_client = new QComboBox(this);
    makeCombo(m_client, QStringLiteral("clientFilter"), tr("All clients"));
    m_category = new LazyComboBox(this);
    makeCombo(m_category, QStringLiteral("categoryFilter"), tr("All categories"));

    m_cycle = new QLineEdit(this);
    m_cycle->setObjectName(QStringLiteral("cycleFilter"));
    m_cycle->setPlaceholderText(tr("Any cycle"));
    m_cycle->setClearButtonEnabled(true);
    m_cycle->setToolTip(tr("An improvement cycle id; the detail pane can fill it in (\"only this cycle\")."));
    m_cycle->setMaximumWidth(190);
    layout->addWidget(m_cycle, 1);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    layout->addWidget(m_clear);
    layout->addStretch(0);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("suggestionCount"));
    layout->addWidget(m_count);

    // Typing waits for a pause before the database is asked: a search reads every row.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(350);
    connect(m_searchDelay, &QTimer::timeout, this, &SuggestionFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        updateClearButton();
        if (text.isEmpty() && !m_settingFilter) // the clear button
            m_searchDelay->start(0);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        emit filterChanged();
    });
    connect(m_cycle, &QLineEdit::editingFinished, this, [this] {
        if (!m_settingFilter && m_cycle->isModified()) {
            m_cycle->setModified(false);
            emit filterChanged();
        }
    });
    connect(m_cycle, &QLineEdit::textChanged, this, [this](const QString& text) {
        updateClearButton();
        if (text.isEmpty() && !m_settingFilter)
            emit filterChanged();
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        setFilter({});
        emit filterChanged();
    });
    for (QLineEdit* edit : {m_search, m_cycle}) {
        auto* leave = new QAction(edit);
        leave->setShortcut(QKeySequence(Qt::Key_Escape));
        leave->setShortcutContext(Qt::WidgetShortcut);
        edit->addAction(leave);
        connect(leave, &QAction::triggered, this, &SuggestionFilterBar::leaveRequested);
    }
    updateClearButton();
}

SuggestionFilter SuggestionFilterBar::filter() const
{
    return {m_status->currentData().toString(), m_client->currentData().toString(),
            m_category->currentData().toString(), m_cycle->text().trimmed(), m_search->text()};
}

void SuggestionFilterBar::addChoice(QComboBox* combo, const QString& value)
{
    if (!value.isEmpty() && combo->findData(value) < 0)
        combo->addItem(value, value);
}

void SuggestionFilterBar::setChoice(QComboBox* combo, const QString& value)
{
    addChoice(combo, value);
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

void SuggestionFilterBar::setFilter(const SuggestionFilter& filter)
{
    m_settingFilter = true;
    m_searchDelay->stop();
    m_search->setText(filter.search);
    setChoice(m_status, filter.status);
    setChoice(m_client, filter.client);
    setChoice(m_category, filter.category);
    m_cycle->setText(filter.cycle);
    m_settingFilter = false;
    updateClearButton();
}

struct SuggestionFilterBar::Choices
{
    QStringList statuses;
    QStringList clients;
    QStringList categories;
    bool categoriesRead = false;
    QStringList cycles;
};

namespace {
// The choices the database holds beyond the known ones (unknown statuses listed as they are).
SuggestionFilterBar::Choices readChoices(Database& database, bool withCategories)
{
    SuggestionFilterBar::Choices read;
    if (auto statuses = SuggestionRepository::distinctValues(database, QStringLiteral("status")))
        read.statuses = *statuses;
    if (auto clients = SuggestionRepository::distinctValues(database, QStringLiteral("client_id")))
        read.clients = *clients;
    if (withCategories) {
        if (auto categories = SuggestionRepository::distinctValues(database, QStringLiteral("category"))) {
            read.categories = *categories;
            read.categoriesRead = true;
        }
    }
    if (auto cycles = SuggestionRepository::cycles(database, QString(), 500)) {
        for (const CycleInfo& cycle : *cycles)
            read.cycles << cycle.cycleId;
    }
    return read;
}
} // namespace

void SuggestionFilterBar::loadChoices(Database* database, bool inJob)
{
    const SuggestionFilter current = filter();
    m_settingFilter = true;
    m_choiceJobs->abandon();
    m_categoryJobs->abandon();
    if (!database) { // their connections were to the database that closed
        m_choiceJobs->release();
        m_categoryJobs->release();
    }
    m_category->setLoader({}); // never keep a loader for a database that is gone
    delete m_cycle->completer();
    for (QComboBox* combo : {static_cast<QComboBox*>(m_status), m_client, static_cast<QComboBox*>(m_category)}) {
        while (combo->count() > 1)
            combo->removeItem(combo->count() - 1);
    }
    for (const QString& status : SuggestionRepository::knownStatuses())
        addChoice(m_status, status);
    for (const QString& category : SuggestionRepository::knownCategories())
        addChoice(m_category, category);
    if (database && !inJob) {
        // A database read on the window's thread (one in memory): read when the list opens.
        m_category->setLoader([this, database] {
            if (auto categories = SuggestionRepository::distinctValues(*database, QStringLiteral("category")))
                applyCategories(*categories);
        });
    }
    m_settingFilter = false;
    setFilter(current);
    if (!database)
        return;
    if (!inJob) {
        applyChoices(readChoices(*database, false));
        return;
    }
    // DISTINCT over a million suggestions takes a server 0.1 s: read as a job, the window's
    // filters usable meanwhile with the choices every database has. The categories come with
    // them where an index lists them quickly (and on SQLite); on a server without one, a scan
    // of every suggestion is left until the list is first opened, instead of competing with
    // the window's opening for the cores.
    readDatabase<Choices>(
        m_choiceJobs, *database,
        [](Database& db, JobControl&) -> Result<Choices> {
            return readChoices(db, SuggestionRepository::listsValuesQuickly(db, QStringLiteral("category")));
        },
        [this, database](const Result<Choices>& read) {
            if (!read)
                return;
            applyChoices(*read);
            if (read->categoriesRead)
                return;
            m_category->setLoader([this, database] {
                readDatabase<QStringList>(
                    m_categoryJobs, *database,
                    [](Database& db, JobControl&) {
                        return SuggestionRepository::distinctValues(db, QStringLiteral("category"));
                    },
                    [this](const Result<QStringList>& categories) {
                        if (categories)
                            applyCategories(*categories);
                    });
            });
        });
}

void SuggestionFilterBar::applyCategories(const QStringList& categories)
{
    const SuggestionFilter current = filter();
    m_settingFilter = true;
    for (const QString& category : categories)
        addChoice(m_category, category);
    m_settingFilter = false;
    setFilter(current);
}

void SuggestionFilterBar::applyChoices(const Choices& read)
{
    const SuggestionFilter current = filter();
    m_settingFilter = true;
    for (const QString& status : read.statuses)
        addChoice(m_status, status);
    for (const QString& client : read.clients)
        addChoice(m_client, client);
    if (read.categoriesRead) {
        m_category->setLoader({});
        for (const QString& category : read.categories)
            addChoice(m_category, category);
    }
    auto* completer = new QCompleter(read.cycles, m_cycle);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    delete m_cycle->completer();
    m_cycle->setCompleter(completer);
    m_settingFilter = false;
    setFilter(current);
}

void SuggestionFilterBar::setCount(const QString& shown, const QString& pending)
{
    if (!pending.isEmpty())
        m_count->setText(tr("%1 suggestions · <b>%2 pending</b>").arg(shown, pending));
    else
        m_count->setText(tr("%1 suggestions").arg(shown));
}

void SuggestionFilterBar::setLoading()
{
    m_count->setText(tr("Loading…"));
}

void SuggestionFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void SuggestionFilterBar::updateClearButton()
{
    m_clear->setVisible(!filter().isEmpty());
}

} // namespace steward
