#include "ExperimentsPanel.h"

#include "models/db/Database.h"
#include "models/profiles/Profile.h"
#include "ui/monitoring/MonitoringCells.h"
#include "ui/monitoring/MonitoringDelegates.h"
#include "ui/monitoring/SummaryLoader.h"
#include "ui/render/ThemeColors.h"
#include "ui/render/charts/ChartStyle.h"

#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace steward {

namespace {
enum Column { Client, Experiment, Variant, Samples, Value, Interval, PValue, Lift, Verdict };

// The span every variant's interval and value is drawn on, a little wider than they reach.
std::pair<double, double> scaleOf(const QList<ExperimentVariant>& variants)
{
    double low = 0, high = 0;
    bool any = false;
    for (const ExperimentVariant& v : variants) {
        for (const auto& value : {v.ciLow, v.ciHigh, v.value}) {
            if (!value)
                continue;
            low = any ? std::min(low, *value) : *value;
            high = any ? std::max(high, *value) : *value;
            any = true;
        }
    }
    const double pad = high > low ? (high - low) * 0.08 : std::max(std::abs(high) * 0.1, 0.01);
    return {low - pad, high + pad};
}
} // namespace

ExperimentsPanel::ExperimentsPanel(QWidget* parent) : SummaryPanel(parent)
{
    setObjectName(QStringLiteral("experimentsPanel"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    QTableWidget* rows = makeTable({scopeHeader(), tr("Experiment"), tr("Variant"), tr("Samples"), tr("Value"),
                                    tr("Confidence interval"), tr("p-value (level)"), tr("Lift"), tr("Result")});
    rows->setItemDelegateForColumn(Interval, new IntervalDelegate(rows));
    layout->addWidget(rows, 1);
    m_decision = new QLabel(content);
    m_decision->setObjectName(QStringLiteral("experimentDecision"));
    m_decision->setWordWrap(true);
    m_decision->setTextFormat(Qt::PlainText);
    layout->addWidget(m_decision);
    setContent(content);
    connect(rows, &QTableWidget::currentCellChanged, this, &ExperimentsPanel::showDecision);
}

QString ExperimentsPanel::decisionText() const
{
    return m_decision->text();
}

void ExperimentsPanel::load(Database& database, const MonitoringFilter& filter)
{
    const QString unavailable =
        ExperimentSummary::available(database)
            ? QString()
            : tr("Experiments are not available for this database: the %1 profile records no A/B experiments.")
                  .arg(database.profile().title);
    const QString scope = filter.scope;
    read<ExperimentRow>(
        database, unavailable, [scope](Database& db) { return ExperimentSummary::load(db, scope); },
        tr("No experiments recorded."), [this](const QList<ExperimentRow>& experiments) { show(experiments); });
}

void ExperimentsPanel::clear()
{
    SummaryPanel::clear();
    table()->clearSpans();
    m_experiments.clear();
    m_rowExperiment.clear();
    m_decision->clear();
}

void ExperimentsPanel::show(const QList<ExperimentRow>& loaded)
{
    m_experiments = loaded;
    QTableWidget* rows = table();
    const QSignalBlocker blocker(rows);
    rows->clearSpans();
    rows->setRowCount(0);
    m_rowExperiment.clear();
    bool scoped = false;
    for (int e = 0; e < m_experiments.size(); ++e) {
        addExperiment(e);
        scoped = scoped || !m_experiments.at(e).scope.isEmpty();
    }
    rows->setColumnHidden(Client, !scoped);
    rows->resizeColumnsToContents();
    // Spanned cells are left out of resizeColumnsToContents.
    for (const int c : {Client, Experiment}) {
        int width = rows->columnWidth(c);
        for (int r = 0; r < rows->rowCount(); ++r) {
            if (const QTableWidgetItem* item = rows->item(r, c))
                width = std::max(width, rows->fontMetrics().horizontalAdvance(item->text()) + 16);
        }
        rows->setColumnWidth(c, std::min(width, 320));
    }
    rows->setColumnWidth(Interval, qMax(rows->columnWidth(Interval), 200));
    showContent();
    rows->setCurrentCell(0, 0);
    showDecision();
}

void ExperimentsPanel::addExperiment(int index)
{
    using namespace MonitoringCells;
    const ExperimentRow& experiment = m_experiments.at(index);
    const ExperimentOutcome& outcome = experiment.outcome;
    QTableWidget* rows = table();
    const int first = rows->rowCount();
    const int count = std::max<int>(1, static_cast<int>(outcome.variants.size()));
    rows->setRowCount(first + count);
    for (int r = first; r < first + count; ++r)
        m_rowExperiment << index;
    QStringList about{tr("Status: %1").arg(experiment.status)};
    if (!experiment.metric.isEmpty())
        about << tr("Metric: %1").arg(experiment.metric);
    if (!experiment.controlModel.isEmpty())
        about << tr("Control: %1").arg(experiment.controlModel);
    if (!experiment.treatmentModel.isEmpty())
        about << tr("Treatment: %1").arg(experiment.treatmentModel);
    auto* name =
        text(experiment.status.isEmpty() ? experiment.name : tr("%1 (%2)").arg(experiment.name, experiment.status),
             about.join(u'\n'));
    name->setData(Qt::UserRole, experiment.name);
    rows->setItem(first, Experiment, name);
    rows->setItem(first, Client, text(experiment.scope));
    if (count > 1) {
        rows->setSpan(first, Experiment, count, 1);
        rows->setSpan(first, Client, count, 1);
    }
    if (outcome.variants.isEmpty()) {
        rows->setItem(first, Variant,
                      text(experiment.problem.isEmpty() ? tr("no variants recorded")
                                                        : tr("unreadable: %1").arg(experiment.problem)));
        return;
    }
    const auto [from, to] = scaleOf(outcome.variants);
    std::optional<double> reference;
    for (const ExperimentVariant& v : outcome.variants) {
        if (v.control)
            reference = v.value;
    }
    const QString level = QLocale().toString(outcome.significance);
    for (int i = 0; i < outcome.variants.size(); ++i) {
        const ExperimentVariant& v = outcome.variants.at(i);
        const int r = first + i;
        const bool winner = !outcome.winner.isEmpty() && v.name == outcome.winner;
        const bool named = v.name.compare(QLatin1String("control"), Qt::CaseInsensitive) == 0;
        rows->setItem(r, Variant, text(v.control && !named ? tr("%1 (control)").arg(v.name) : v.name));
        rows->item(r, Variant)->setData(Qt::UserRole, v.name);
        rows->setItem(r, Samples, v.samples ? MonitoringCells::count(*v.samples) : text(QStringLiteral("—")));
        rows->setItem(r, Value, figure(v.value));
        auto* interval =
            text(v.ciLow && v.ciHigh ? tr("%1 – %2").arg(number(*v.ciLow), number(*v.ciHigh)) : QStringLiteral("—"));
        if (v.ciLow && v.ciHigh) {
            QVariantMap drawn{{QStringLiteral("low"), *v.ciLow},  {QStringLiteral("high"), *v.ciHigh},
                              {QStringLiteral("from"), from},     {QStringLiteral("to"), to},
                              {QStringLiteral("winner"), winner}, {QStringLiteral("significant"), v.significant}};
            if (v.value)
                drawn.insert(QStringLiteral("value"), *v.value);
            if (reference && !v.control)
                drawn.insert(QStringLiteral("reference"), *reference);
            interval->setData(MonitoringRoles::Interval, drawn);
            interval->setToolTip(tr("%1: %2 (interval %3)").arg(v.name, number(v.value), interval->text()));
        }
        rows->setItem(r, Interval, interval);
        auto* p = figure(
            v.pValue,
            v.pValue ? tr("%1 %2 %3")
                           .arg(number(*v.pValue),
                                *v.pValue < outcome.significance ? QStringLiteral("<") : QStringLiteral("≥"), level)
                     : QString());
        if (outcome.significanceAssumed)
            p->setToolTip(tr("The system keeps no significance level; %1 is assumed.").arg(level));
        rows->setItem(r, PValue, p);
        rows->setItem(r, Lift, figure(v.lift, v.lift ? tr("%1%").arg(number(*v.lift)) : QString()));
        auto* result = text(winner ? tr("★ winner") : v.significant ? tr("significant") : QString());
        if (winner) {
            result->setForeground(ThemeColors::text(ChartStyle::green()));
            QFont bold = result->font();
            bold.setBold(true);
            result->setFont(bold);
        }
        rows->setItem(r, Verdict, result);
    }
}

void ExperimentsPanel::showDecision()
{
    const int e = experimentAt(table()->currentRow());
    if (e < 0 || e >= m_experiments.size()) {
        m_decision->clear();
        return;
    }
    const ExperimentRow& experiment = m_experiments.at(e);
    const QString winner =
        experiment.outcome.winner.isEmpty() ? tr("No winner") : tr("Winner: %1").arg(experiment.outcome.winner);
    m_decision->setText(experiment.problem.isEmpty()
                            ? tr("%1 — %2. %3").arg(experiment.name, winner, experiment.outcome.why)
                            : tr("%1 — %2").arg(experiment.name, experiment.problem));
}

} // namespace steward
