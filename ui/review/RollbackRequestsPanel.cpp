#include "RollbackRequestsPanel.h"

#include "models/review/RollbackRequestModel.h"
#include "models/workflow/Workflow.h"
#include "ui/render/ThemeColors.h"
#include "ui/review/ReviewCellDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace steward {

RollbackRequestsPanel::RollbackRequestsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rollbackRequests"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* note =
        new QLabel(tr("Requests to roll back an applied suggestion, a model version or a deployment. The requester "
                      "cannot decide their own request."),
                   this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColors::css(ThemeColors::muted())));
    bar->addWidget(note, 1);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("rollbackStatusFilter"));
    m_status->addItem(tr("Open requests"), stateName(RollbackRequestState::Requested));
    m_status->addItem(tr("All requests"), QString());
    m_status->addItem(tr("Approved"), stateName(RollbackRequestState::Approved));
    m_status->addItem(tr("Denied"), stateName(RollbackRequestState::Denied));
    bar->addWidget(m_status);
    layout->addLayout(bar);

    m_model = new RollbackRequestModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rollbackRequestView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ReviewCellDelegate(QList<int>{RollbackRequestModel::StatusColumn}, m_view));
    m_view->setShowGrid(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(RollbackRequestModel::ReasonColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_view, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (Outcome loaded = reload(m_database); !loaded)
            emit reloadFailed(loaded.message());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RollbackRequestsPanel::currentChanged);
}

Outcome RollbackRequestsPanel::reload(Database* database)
{
    m_database = database;
    if (!database) {
        clear();
        return Outcome::ok();
    }
    const QString selected = current() ? current()->requestId : QString();
    const Outcome loaded = m_model->load(*database, m_status->currentData().toString());
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(RollbackRequestModel::StatusColumn,
                           qMax(m_view->columnWidth(RollbackRequestModel::StatusColumn), 96));
    const int row = m_model->rowOfRequest(selected);
    if (row >= 0)
        m_view->selectRow(row);
    emit currentChanged();
    return loaded;
}

void RollbackRequestsPanel::clear()
{
    m_database = nullptr;
    m_model->clear();
}

std::optional<RollbackRequest> RollbackRequestsPanel::current() const
{
    const QModelIndex index = m_view->currentIndex();
    const RollbackRequest* request = index.isValid() ? m_model->requestAt(index.row()) : nullptr;
    return request ? std::optional<RollbackRequest>(*request) : std::nullopt;
}

} // namespace steward
