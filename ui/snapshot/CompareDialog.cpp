#include "CompareDialog.h"

#include "models/jobs/JobRunner.h"
#include "models/snapshot/SnapshotDiffModel.h"
#include "ui/render/ThemeColors.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace steward {

namespace {
// What it is now is what the reader looks for: the "after" state in bold; values that are not
// there ("(new)", "(gone)") in italics.
class ChangeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString column = index.model()->headerData(index.column(), Qt::Horizontal).toString();
        if (index.data(SnapshotDiffModel::ValueRole).isNull()) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, ThemeColors::muted());
        } else if (column == QCoreApplication::translate("SnapshotDiffModel", "After")) {
            option->font.setBold(true);
        }
    }
};

// What each section's tab is called, with its count.
QString tabTitle(SnapshotDiffReport::Section section, int count)
{
    switch (section) {
    case SnapshotDiffReport::Section::Unaudited:
        return count > 0 ? CompareDialog::tr("⚠ No audit record (%1)").arg(count)
                         : CompareDialog::tr("No audit record (0)");
    case SnapshotDiffReport::Section::Suggestions:
        return CompareDialog::tr("Suggestions (%1)").arg(count);
    case SnapshotDiffReport::Section::Violations:
        return CompareDialog::tr("Violations (%1)").arg(count);
    case SnapshotDiffReport::Section::ModelVersions:
        return CompareDialog::tr("Model versions (%1)").arg(count);
    case SnapshotDiffReport::Section::Audit:
        return CompareDialog::tr("Audit trail (%1)").arg(count);
    }
    return {};
}
} // namespace

CompareDialog::CompareDialog(QWidget* parent) : QDialog(parent), m_jobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare with snapshot"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_older = new QLabel(this);
    m_newer = new QLabel(this);
    for (QLabel* label : {m_older, m_newer}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    form->addRow(tr("Older:"), m_older);
    form->addRow(tr("Newer:"), m_newer);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("compareNotes"));
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(
        QStringLiteral("QLabel { %1 padding: 4px 8px; }").arg(ThemeColors::boxCss(QColor(0xd0, 0x9a, 0x00))));
    m_notes->hide();
    layout->addWidget(m_notes);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    layout->addWidget(m_busy);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    for (SnapshotDiffReport::Section section : SnapshotDiffReport::sections()) {
        auto* model = new SnapshotDiffModel(section, this);
        m_models << model;
        auto* view = new QTableView(m_tabs);
        view->setObjectName(QStringLiteral("compare_") + SnapshotDiffReport::sectionKey(section));
        view->setModel(model);
        view->setItemDelegate(new ChangeDelegate(view));
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setSortingEnabled(false);
        m_tabs->addTab(view, tabTitle(section, 0));
    }
    layout->addWidget(m_tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 620);
}

CompareDialog::~CompareDialog() = default;

SnapshotDiffModel* CompareDialog::model(SnapshotDiffReport::Section section) const
{
    for (SnapshotDiffModel* model : m_models) {
        if (model->section() == section)
            return model;
    }
    return nullptr;
}

QString CompareDialog::summaryText() const
{
    return m_summary->text();
}

void CompareDialog::start(const ConnectionTarget& older, const ConnectionTarget& newer)
{
    m_running = true;
    m_report.reset();
    m_older->setText(older.displayName());
    m_newer->setText(newer.displayName());
    m_summary->setText(tr("Comparing…"));
    m_notes->hide();
    m_busy->show();
    for (SnapshotDiffModel* model : m_models)
        model->clear();
    m_jobs->start<Result<SnapshotDiffReport>>(
        [older, newer](JobControl&) { return SnapshotDiff::compareTargets(older, newer, true); },
        [this](const Result<SnapshotDiffReport>& result) { finish(result); });
}

void CompareDialog::finish(const Result<SnapshotDiffReport>& result)
{
    m_running = false;
    m_busy->hide();
    if (!result) {
        m_outcome = result.failure();
        m_summary->setText(tr("The comparison could not be made: %1").arg(m_outcome.message()));
        emit comparisonFinished(false);
        return;
    }
    m_outcome = Outcome::ok();
    m_report = *result;
    m_older->setText(m_report->olderName);
    m_newer->setText(m_report->newerName);
    using Section = SnapshotDiffReport::Section;
    m_summary->setText(m_report->isEmpty()
                           ? tr("Nothing changed: the same suggestion and violation states, no new model versions, "
                                "no new audit entries.")
                           : tr("Suggestions: %1 changed state · Violations: %2 changed state · Model versions: %3 "
                                "appeared or went · Audit trail: %4 new entries")
                                 .arg(m_report->count(Section::Suggestions))
                                 .arg(m_report->count(Section::Violations))
                                 .arg(m_report->count(Section::ModelVersions))
                                 .arg(m_report->count(Section::Audit)));
    QStringList notes = m_report->notes;
    if (const int unaudited = m_report->count(Section::Unaudited); unaudited > 0)
        notes.prepend(
            tr("State changes with no audit record: %1. They were made outside Steward (first tab).").arg(unaudited));
    if (!notes.isEmpty()) {
        m_notes->setText(notes.join(QStringLiteral("\n")));
        m_notes->show();
    }
    for (int i = 0; i < m_models.size(); ++i) {
        m_models.at(i)->setReport(*m_report);
        m_tabs->setTabText(i, tabTitle(m_models.at(i)->section(), m_models.at(i)->rowCount()));
        auto* view = qobject_cast<QTableView*>(m_tabs->widget(i));
        view->resizeColumnsToContents();
        for (int c = 0; c < view->model()->columnCount(); ++c)
            view->setColumnWidth(c, qMin(view->columnWidth(c), 380));
    }
    // What was changed outside Steward comes first; otherwise the first section with changes.
    for (int i = 0; i < m_models.size(); ++i) {
        if (m_models.at(i)->rowCount() > 0) {
            m_tabs->setCurrentIndex(i);
            break;
        }
    }
    emit comparisonFinished(true);
}

} // namespace steward
