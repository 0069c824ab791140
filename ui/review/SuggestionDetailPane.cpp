#include "SuggestionDetailPane.h"

#include "models/review/MetricRules.h"
#include "models/review/SuggestionQueueModel.h"
#include "models/values/TimeText.h"
#include "models/workflow/TransitionEngine.h"
#include "ui/render/ReadableColor.h"
#include "ui/render/ThemeColors.h"
#include "ui/review/DetailHtml.h"
#include "ui/review/ReviewFormat.h"
#include "ui/widgets/FlowLayout.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace steward {

namespace {
QWidget* section(const QString& title, QWidget* body, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    auto* label = new QLabel(title.toUpper(), box);
    label->setStyleSheet(QStringLiteral("color: %1; font-size: 8pt; font-weight: 600; letter-spacing: 1px;")
                             .arg(ThemeColors::css(ThemeColors::muted())));
    layout->addWidget(label);
    body->setParent(box);
    layout->addWidget(body);
    return box;
}

QTextBrowser* browser(const QString& name)
{
    auto* view = new QTextBrowser;
    view->setObjectName(name);
    view->setOpenLinks(false);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

// The decision buttons: approving is the primary action, rejecting reads as a warning.
QString buttonStyle(const QString& actionName)
{
    // The palette's button, text and borders; the meaning (approve, reject) in colours kept
    // legible on it, light or dark.
    const QPalette palette = QGuiApplication::palette();
    const QColor button = palette.color(QPalette::Button);
    const QColor disabledText = palette.color(QPalette::Disabled, QPalette::ButtonText);
    const QColor border = palette.color(QPalette::Mid);
    if (actionName == QLatin1String("approveAction")) {
        const QColor green(0x2e, 0x7d, 0x32);
        return QStringLiteral("QToolButton { background: %1; color: white; border: 1px solid %2; border-radius: 4px;"
                              " padding: 4px 12px; font-weight: 600; }"
                              "QToolButton:hover { background: %3; }"
                              "QToolButton:disabled { background: %4; border-color: %5; color: %6; }")
            .arg(green.name(), green.darker(115).name(), green.darker(110).name(),
                 ThemeColors::css(ThemeColors::tint(green)), ThemeColors::css(border), ThemeColors::css(disabledText));
    }
    const QColor colour = actionName == QLatin1String("rejectAction")
                              ? ReadableColor::on(QColor(0xa1, 0x36, 0x2c), button)
                              : palette.color(QPalette::ButtonText);
    return QStringLiteral("QToolButton { background: %1; color: %2; border: 1px solid %3; border-radius: 4px;"
                          " padding: 4px 12px; }"
                          "QToolButton:hover { background: %4; }"
                          "QToolButton:checked { background: %5; border-color: %6; }"
                          "QToolButton:disabled { color: %7; border-color: %3; }")
        .arg(ThemeColors::css(button), ThemeColors::css(colour), ThemeColors::css(border),
             ThemeColors::css(palette.color(QPalette::Midlight)),
             ThemeColors::css(ThemeColors::tint(palette.color(QPalette::Highlight))),
             ThemeColors::css(ThemeColors::edge(palette.color(QPalette::Highlight))), ThemeColors::css(disabledText));
}

QLabel* banner(const QString& name, const QString& style, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(style);
    label->hide();
    return label;
}
} // namespace

SuggestionDetailPane::SuggestionDetailPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("suggestionDetail"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto* note = new QWidget(m_stack);
    auto* noteLayout = new QVBoxLayout(note);
    noteLayout->addStretch();
    m_noteTitle = new QLabel(note);
    m_noteTitle->setAlignment(Qt::AlignCenter);
    m_noteTitle->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_noteText = new QLabel(note);
    m_noteText->setAlignment(Qt::AlignCenter);
    m_noteText->setWordWrap(true);
    m_noteText->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColors::css(ThemeColors::muted())));
    noteLayout->addWidget(m_noteTitle);
    noteLayout->addWidget(m_noteText);
    noteLayout->addStretch();
    m_stack->addWidget(note);

    auto* content = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 6, 4, 0);
    layout->setSpacing(6);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("detailSummary"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    layout->addWidget(m_title);
    m_meta = new QLabel(content);
    m_meta->setObjectName(QStringLiteral("detailMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_meta);
    m_warning = banner(QStringLiteral("detailWarning"),
                       ThemeColors::boxCss(QColor(0xd0, 0x9a, 0x00)) + QStringLiteral(" padding: 5px;"), content);
    layout->addWidget(m_warning);
    m_rollbackBanner =
        banner(QStringLiteral("rollbackBanner"),
               ThemeColors::boxCss(QColor(0x5b, 0x36, 0xa3)) + QStringLiteral(" padding: 5px;"), content);
    layout->addWidget(m_rollbackBanner);

    // The buttons wrap onto a second line in a narrow pane rather than hold it wide, so that
    // the queue beside it keeps room for its summaries.
    m_actionRow = new FlowLayout(nullptr, 4);
    m_rawToggle = new QAction(tr("Raw JSON"), this);
    m_rawToggle->setObjectName(QStringLiteral("rawJsonAction"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_rawToggle->setShortcutContext(Qt::WindowShortcut);
    m_rawToggle->setToolTip(tr("Show the stored JSON of the diff and metrics (Ctrl+U)"));
    auto* rawButton = new QToolButton(content);
    rawButton->setObjectName(QStringLiteral("rawJsonToggle"));
    rawButton->setDefaultAction(m_rawToggle);
    rawButton->setStyleSheet(buttonStyle(m_rawToggle->objectName()));
    m_actionRow->insertWidget(-1, rawButton);
    layout->addLayout(m_actionRow);

    m_body = new QStackedWidget(content);
    m_splitter = new QSplitter(Qt::Vertical, m_body);
    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_reasoning = browser(QStringLiteral("detailReasoning"));
    m_splitter->addWidget(section(tr("Reasoning"), m_reasoning, m_splitter));
    m_metrics = new QTableWidget(0, 5);
    m_metrics->setObjectName(QStringLiteral("detailMetrics"));
    m_metrics->setHorizontalHeaderLabels({tr("Metric"), tr("Before"), tr("After"), tr("Change"), tr("Relative")});
    m_metrics->verticalHeader()->hide();
    m_metrics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metrics->setSelectionMode(QAbstractItemView::NoSelection);
    m_metrics->setFocusPolicy(Qt::NoFocus);
    m_metrics->setShowGrid(false);
    m_metrics->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_metrics->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_splitter->addWidget(section(tr("Metrics, before and after"), m_metrics, m_splitter));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_diff = browser(QStringLiteral("detailDiff"));
    m_cycle = browser(QStringLiteral("detailCycle"));
    m_history = browser(QStringLiteral("detailHistory"));
    m_tabs->addTab(m_diff, tr("Parameter changes"));
    m_tabs->addTab(m_cycle, tr("Cycle"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setParent(m_splitter);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 5);
    m_body->addWidget(m_splitter);
    m_raw = new QPlainTextEdit(m_body);
    m_raw->setObjectName(QStringLiteral("detailRawJson"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFont(ReviewFormat::monospaceFamily()));
    m_body->addWidget(m_raw);
    layout->addWidget(m_body, 1);
    m_stack->addWidget(content);

    connect(m_rawToggle, &QAction::toggled, this, [this](bool raw) { m_body->setCurrentIndex(raw ? 1 : 0); });
    connect(m_diff, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.fragment() == QLatin1String("unchanged")) {
            m_showUnchanged = true;
            showDiff();
        }
    });
    connect(m_cycle, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.fragment() == QLatin1String("only-cycle") && m_detail)
            emit onlyCycleRequested(m_detail->cycleId);
    });
    showNote(tr("No suggestion selected"), tr("Select a suggestion in the queue to review it."));
}

void SuggestionDetailPane::setActions(const QList<QAction*>& actions)
{
    int position = 0;
    for (QAction* action : actions) {
        auto* button = new QToolButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setStyleSheet(buttonStyle(action->objectName()));
        button->setVisible(action->isVisible());
        // A tool button follows its action's text and state, but not whether it is shown.
        connect(action, &QAction::changed, button, [button, action] { button->setVisible(action->isVisible()); });
        m_actionRow->insertWidget(position++, button);
    }
}

void SuggestionDetailPane::showNote(const QString& title, const QString& text)
{
    m_detail.reset();
    m_noteTitle->setText(title);
    m_noteText->setText(text);
    m_stack->setCurrentIndex(0);
}

void SuggestionDetailPane::showSuggestion(const SuggestionDetail& detail)
{
    const bool sameItem = m_detail && m_detail->suggestionId == detail.suggestionId;
    m_detail = detail;
    if (!sameItem)
        m_showUnchanged = false;
    m_title->setText(detail.summary);
    QStringList meta{ReviewFormat::statusPillHtml(detail.status), detail.clientId.toHtmlEscaped(),
                     detail.category.toHtmlEscaped()};
    if (detail.cycle)
        meta << tr("cycle %1 (%2)").arg(shortId(detail.cycleId).toHtmlEscaped(), detail.cycle->state.toHtmlEscaped());
    else if (!detail.cycleId.isEmpty())
        meta << tr("cycle %1").arg(shortId(detail.cycleId).toHtmlEscaped());
    // The age since Steward first saw it, said as that, so that it is not read as the pipeline's
    // creation time (which its schema does not record); the tooltip has the moment.
    const QDateTime& now = detail.asOf;
    if (detail.firstSeenAt.isValid())
        meta << tr("first seen %1 ago").arg(SuggestionQueueModel::ageText(detail.firstSeenAt, now));
    m_meta->setToolTip(detail.arrivalsRecorded || detail.firstSeenAt.isValid()
                           ? SuggestionQueueModel::ageExplanation(detail.firstSeenAt, now, detail.arrivalsRecorded)
                           : QString());
    meta << QStringLiteral("<span style=\"color:%2;\">%1</span>")
                .arg(detail.suggestionId.toHtmlEscaped(), ThemeColors::css(ThemeColors::muted()));
    m_meta->setText(meta.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    QStringList problems;
    for (const QString& column : detail.invalidJsonColumns()) {
        const JsonCell& cell = column == QLatin1String("parameter_diff")   ? detail.parameterDiff
                               : column == QLatin1String("before_metrics") ? detail.beforeMetrics
                                                                           : detail.afterMetrics;
        problems << tr("%1 is not valid JSON (%2)").arg(column, cell.error);
    }
    m_warning->setText(
        tr("⚠ %1. Raw JSON (Ctrl+U) shows it exactly as stored.").arg(problems.join(QStringLiteral("; "))));
    m_warning->setVisible(!problems.isEmpty());

    if (const RollbackRequest* open = detail.openRollback()) {
        m_rollbackBanner->setText(
            tr("↩ Rollback requested by <b>%1</b> on %2: “%3”. A manager other than %1 decides it.")
                .arg(open->requestedBy.toHtmlEscaped(), TimeText::minutesUtc(open->requestedAt),
                     open->reason.toHtmlEscaped()));
        m_rollbackBanner->show();
    } else {
        m_rollbackBanner->hide();
    }

    m_reasoning->setPlainText(detail.reasoning.isEmpty() ? tr("(no reasoning given)") : detail.reasoning);
    fillMetrics(detail);
    showDiff();
    m_cycle->setHtml(
        detail.cycle ? DetailHtml::cycle(*detail.cycle)
                     : QStringLiteral("<p style=\"color:%2;\">%1</p>")
                           .arg(detail.cycleId.isEmpty()
                                    ? tr("This suggestion names no improvement cycle.")
                                    : tr("Cycle %1 is not in improvement_cycles.").arg(detail.cycleId.toHtmlEscaped()),
                                ThemeColors::css(ThemeColors::muted())));
    m_history->setHtml(DetailHtml::history(detail.history, detail.rollbacks));
    m_tabs->setTabText(2, detail.history.isEmpty() ? tr("History") : tr("History (%1)").arg(detail.history.size()));
    m_raw->setPlainText(DetailHtml::rawJson(detail));
    m_stack->setCurrentIndex(1);
}

void SuggestionDetailPane::showDiff()
{
    if (!m_detail)
        return;
    const JsonCell& diff = m_detail->parameterDiff;
    if (!diff.isNull && !diff.valid) {
        m_diff->setHtml(QStringLiteral("<p style=\"color:%4;\">%1</p><pre style=\"font-family:'%2';\">%3</pre>")
                            .arg(tr("parameter_diff is not valid JSON; as stored:").toHtmlEscaped(),
                                 ReviewFormat::monospaceFamily(), diff.raw.toHtmlEscaped(),
                                 ThemeColors::css(ThemeColors::text(QColor(0x8a, 0x55, 0x00)))));
        return;
    }
    m_diff->setHtml(DetailHtml::parameterDiff(ParameterDiff::fromJson(diff.value), m_showUnchanged));
}

void SuggestionDetailPane::fillMetrics(const SuggestionDetail& detail)
{
    const QList<MetricChange> changes = MetricRules::compare(detail.beforeMetrics.value, detail.afterMetrics.value);
    m_metrics->setRowCount(static_cast<int>(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const MetricChange& change = changes.at(row);
        const MetricRule* rule = MetricRules::find(change.key);
        auto* name = new QTableWidgetItem(rule ? rule->label : change.key);
        name->setToolTip(rule ? (rule->direction == MetricDirection::CloserToZeroIsBetter
                                     ? tr("Closer to zero is better")
                                 : rule->direction == MetricDirection::LowerIsBetter ? tr("Lower is better")
                                                                                     : tr("Higher is better"))
                              : tr("No rule for %1: changes are not coloured").arg(change.key));
        QList<QTableWidgetItem*> items{
            name, new QTableWidgetItem(ReviewFormat::metricValue(change.before)),
            new QTableWidgetItem(ReviewFormat::metricValue(change.after)),
            new QTableWidgetItem(!change.delta        ? QString()
                                 : change.ofMagnitude ? QStringLiteral("|%1| %2").arg(
                                                            change.key, ReviewFormat::signedChange(*change.delta))
                                                      : ReviewFormat::signedChange(*change.delta)),
            new QTableWidgetItem(change.relative ? ReviewFormat::signedPercent(*change.relative) : QString())};
        const QColor foreground = ReviewFormat::verdictColour(change.verdict);
        const QColor background = ReviewFormat::verdictBackground(change.verdict);
        for (int column = 0; column < items.size(); ++column) {
            QTableWidgetItem* item = items.at(column);
            if (column >= 3) {
                if (foreground.isValid())
                    item->setForeground(foreground);
                if (background.isValid())
                    item->setBackground(background);
                const QString why = change.ofMagnitude
                                        ? tr("%1 — measured on |%2|, the distance from zero: |after| − |before|, "
                                             "and relative to |before|")
                                              .arg(ReviewFormat::verdictText(change.verdict), change.key)
                                        : ReviewFormat::verdictText(change.verdict);
                // The value first, whole, for a narrow pane that cuts the cell.
                item->setToolTip(item->text().isEmpty() ? why : item->text() + u'\n' + why);
                item->setData(Qt::UserRole, static_cast<int>(change.verdict));
            }
            m_metrics->setItem(row, column, item);
        }
    }
    // Show every metric without a scroll bar: the table is short and always fully visible.
    m_metrics->resizeRowsToContents();
    int height = m_metrics->horizontalHeader()->height() + 2 * m_metrics->frameWidth() + 2;
    for (int row = 0; row < m_metrics->rowCount(); ++row)
        height += m_metrics->rowHeight(row);
    m_metrics->setFixedHeight(height);
    if (changes.isEmpty())
        m_metrics->setFixedHeight(m_metrics->horizontalHeader()->height() + 6);
}

} // namespace steward
