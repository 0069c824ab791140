#include "TablesPage.h"

#include "models/db/Database.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/itemmodels/TableListModel.h"
#include "models/jobs/JobRunner.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/widgets/CellDelegate.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace steward {

TablesPage::TablesPage(Session* session, QWidget* parent) : Page(View::Tables, session, parent)
{
    setObjectName(QStringLiteral("tablesPage"));
    m_tables = new TableListModel(this);
    m_countJobs = new JobRunner(this);
    m_rows = new PagedTableModel(this);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, content);

    m_tableList = new QTableView(m_splitter);
    m_tableList->setObjectName(QStringLiteral("tableList"));
    m_tableList->setModel(m_tables);
    m_tableList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableList->verticalHeader()->hide();
    m_tableList->horizontalHeader()->setSectionResizeMode(TableListModel::NameColumn, QHeaderView::Stretch);
    m_tableList->horizontalHeader()->setSectionResizeMode(TableListModel::RowsColumn, QHeaderView::ResizeToContents);
    m_tableList->horizontalHeader()->setSectionResizeMode(TableListModel::KindColumn, QHeaderView::ResizeToContents);
    m_tableList->setAlternatingRowColors(true);

    auto* right = new QWidget(m_splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_caption = new QLabel(right);
    m_caption->setObjectName(QStringLiteral("tableCaption"));
    rightLayout->addWidget(m_caption);
    m_rowView = new QTableView(right);
    m_rowView->setObjectName(QStringLiteral("tableRows"));
    m_rowView->setModel(m_rows);
    m_rowView->setItemDelegate(new CellDelegate(m_rowView));
    m_rowView->setAlternatingRowColors(true);
    m_rowView->setWordWrap(false);
    m_rowView->verticalHeader()->setDefaultSectionSize(m_rowView->fontMetrics().height() + 6);
    m_rowView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rowView->horizontalHeader()->setDefaultSectionSize(140);
    rightLayout->addWidget(m_rowView);

    m_splitter->addWidget(m_tableList);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({300, 900});
    m_splitter->restoreState(Settings::value(Settings::Key::TablesSplitter).toByteArray());
    layout->addWidget(m_splitter);
    setContent(content);

    connect(m_tableList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TablesPage::tableSelected);
    connect(m_rows, &PagedTableModel::fetchFailed, this,
            [this](const QString& message) { m_caption->setText(tr("Could not read rows: %1").arg(message)); });
    // A table's rows are read in a job: the window answers while a large one is counted.
    m_rows->setReadInJobs(true);
    connect(m_rows, &PagedTableModel::queryLoaded, this, &TablesPage::showCaption);
}

TablesPage::~TablesPage()
{
    Settings::setValue(Settings::Key::TablesSplitter, m_splitter->saveState());
}

void TablesPage::load()
{
    Database* db = session()->database();
    m_rows->setDatabase(db);
    m_tables->setTables(session()->catalog());
    countTables();
    const int row = m_currentTable.isEmpty() ? -1 : m_tables->rowOfTable(m_currentTable);
    if (row >= 0)
        m_tableList->selectRow(row);
    else if (m_tables->rowCount() > 0)
        m_tableList->selectRow(0);
}

void TablesPage::countTables()
{
    // A COUNT of each table: seconds at a million rows, so on a read-only connection of its own.
    ConnectionTarget target = session()->database()->target();
    target.readOnly = true;
    OpenOptions options = session()->database()->options();
    options.createIfMissing = false;
    struct Counted
    {
        QList<qint64> rows;
        Outcome failure;
    };
    m_countJobs->start<Counted>(
        [target, options, tables = m_tables->tables()](JobControl& control) {
            auto database = control.database(target, options);
            if (!database)
                return Counted{{}, database.failure()};
            Counted counted;
            counted.rows = TableListModel::countAll(**database, tables, &counted.failure);
            return counted;
        },
        [this](const Counted& counted) {
            m_tables->setCounts(counted.rows);
            if (!counted.failure)
                m_caption->setText(counted.failure.message());
        });
}

bool TablesPage::isCounting() const
{
    return m_countJobs->isRunning();
}

void TablesPage::unload()
{
    m_countJobs->abandon();
    m_rows->setDatabase(nullptr);
    m_tables->clear();
}

void TablesPage::refresh()
{
    if (session()->isOpen())
        load();
}

bool TablesPage::showTable(const QString& name)
{
    const int row = m_tables->rowOfTable(name);
    if (row < 0)
        return false;
    m_tableList->selectRow(row);
    return true;
}

void TablesPage::tableSelected()
{
    const TableInfo* table = m_tables->tableAt(m_tableList->currentIndex().row());
    if (!table || !session()->isOpen()) {
        m_rows->clear();
        m_caption->clear();
        m_currentTable.clear();
        return;
    }
    m_currentTable = table->name;
    const Outcome set = m_rows->setQuery(PagedQuery::forTable(*table, session()->database()->dialect()));
    if (!set) {
        m_caption->setText(tr("Could not read %1: %2").arg(table->name, set.message()));
        return;
    }
    if (m_rows->isLoading())
        m_caption->setText(tr("Loading %1…").arg(table->name));
    for (int c = 0; c < table->columns.size(); ++c) {
        const LogicalType type = table->columns.at(c).type;
        m_rowView->setColumnWidth(c, type == LogicalType::Json ? 280 : type == LogicalType::Uuid ? 270 : 140);
    }
}

void TablesPage::showCaption()
{
    const TableInfo* table = m_tables->tableAt(m_tableList->currentIndex().row());
    if (!table || table->name != m_currentTable)
        return;
    if (!m_rows->lastError()) {
        m_caption->setText(tr("Could not read %1: %2").arg(table->name, m_rows->lastError().message()));
        return;
    }
    QString caption = tr("%1 — %2 rows, %3 columns")
                          .arg(table->name, QLocale().toString(m_rows->rowCount()))
                          .arg(table->columns.size());
    QStringList hidden;
    for (const ColumnInfo& column : table->columns) {
        if (column.secret)
            hidden << column.name;
    }
    if (!hidden.isEmpty())
        caption += tr(" · %1 hidden: secrets are never shown").arg(hidden.join(QStringLiteral(", ")));
    m_caption->setText(caption);
}

const PagedTableModel* TablesPage::exportableRows() const
{
    return exportableOrNull(m_rows);
}

} // namespace steward
