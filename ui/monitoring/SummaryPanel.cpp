#include "SummaryPanel.h"

#include "models/db/Database.h"
#include "models/profiles/Profile.h"
#include "models/profiles/ScopeWords.h"
#include "ui/monitoring/SummaryLoader.h"
#include "ui/render/ThemeColors.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QTableWidget>
#include <QVBoxLayout>

namespace steward {

SummaryPanel::SummaryPanel(QWidget* parent) : QWidget(parent), m_loader(new SummaryLoader(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("panelStatus"));
    m_status->setStyleSheet(QStringLiteral("color: %1; padding: 2px;").arg(ThemeColors::css(ThemeColors::muted())));
    m_status->hide();
    layout->addWidget(m_status);
    m_stack = new QStackedLayout;
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("panelNote"));
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(
        QStringLiteral("color: %1; font-size: 11pt; padding: 24px;").arg(ThemeColors::css(ThemeColors::muted())));
    m_stack->addWidget(m_note);
    layout->addLayout(m_stack, 1);
}

void SummaryPanel::setContent(QWidget* content)
{
    m_content = content;
    m_stack->addWidget(content);
}

QTableWidget* SummaryPanel::makeTable(const QStringList& headers)
{
    m_table = new QTableWidget(0, static_cast<int>(headers.size()), this);
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_scopeColumn = static_cast<int>(headers.indexOf(scopeHeader()));
    QStringList labels = headers;
    if (m_scopeColumn >= 0)
        labels[m_scopeColumn] = tr("Client");
    m_table->setHorizontalHeaderLabels(labels);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    return m_table;
}

QString SummaryPanel::scopeHeader()
{
    return QStringLiteral("\x1fscope");
}

void SummaryPanel::nameScopeColumn(Database& database)
{
    if (!m_table || m_scopeColumn < 0)
        return;
    m_table->horizontalHeaderItem(m_scopeColumn)->setText(ScopeWords::singular(database.profile()));
}

void SummaryPanel::clear()
{
    m_loader->cancel();
    if (m_table)
        m_table->setRowCount(0);
    m_status->hide();
}

bool SummaryPanel::isLoading() const
{
    return m_loader->isLoading();
}

QString SummaryPanel::statusText() const
{
    if (m_status->isVisibleTo(this))
        return m_status->text();
    return m_stack->currentWidget() == m_note ? m_note->text() : QString();
}

void SummaryPanel::showLoading()
{
    m_status->setText(tr("Loading…"));
    m_status->show();
    if (m_content)
        m_content->setEnabled(false);
}

void SummaryPanel::showNote(const QString& text)
{
    m_status->hide();
    m_note->setText(text);
    m_stack->setCurrentWidget(m_note);
}

void SummaryPanel::showContent()
{
    m_status->hide();
    if (!m_content)
        return;
    m_content->setEnabled(true);
    m_stack->setCurrentWidget(m_content);
}

} // namespace steward
