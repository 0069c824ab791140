#include "ViolationDetail.h"

#include "models/core/Clock.h"
#include "models/governance/Durations.h"
#include "models/governance/ViolationTerms.h"
#include "models/governance/ViolationTimeline.h"
#include "models/jobs/JobRunner.h"
#include "models/profiles/Profile.h"
#include "models/profiles/ScopeWords.h"
#include "models/values/CellValue.h"
#include "models/values/TimeText.h"
#include "models/workflow/Workflow.h"
#include "ui/governance/ViolationActions.h"
#include "ui/render/SeverityStyle.h"
#include "ui/render/ThemeColors.h"
#include "ui/shell/DatabaseReads.h"
#include "ui/shell/Session.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace steward {

namespace {
QString when(const QDateTime& time)
{
    return TimeText::minutesUtc(time);
}

QToolButton* linkButton(QWidget* parent, const QString& objectName)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(
        QStringLiteral("QToolButton { color: palette(link); text-decoration: underline; border: none; "
                       "padding: 0px; } QToolButton:disabled { color: %1; text-decoration: none; }")
            .arg(ThemeColors::css(ThemeColors::muted())));
    return button;
}

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

ViolationDetail::ViolationDetail(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_jobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("violationDetail"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 0, 0, 0);
    m_placeholder =
        new QLabel(tr("Select a violation to see its details, its timeline and what can be decided."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColors::css(ThemeColors::muted())));
    outer->addWidget(m_placeholder);

    m_body = new QWidget(this);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    m_icon = new QLabel(m_body);
    m_icon->setFixedSize(32, 32);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto* headings = new QVBoxLayout;
    m_title = new QLabel(m_body);
    m_title->setObjectName(QStringLiteral("violationTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_description = valueLabel(m_body);
    m_description->setObjectName(QStringLiteral("violationDescription"));
    headings->addWidget(m_title);
    headings->addWidget(m_description);
    header->addLayout(headings, 1);
    body->addLayout(header);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_id = valueLabel(m_body);
    m_policy = linkButton(m_body, QStringLiteral("policyLink"));
    m_model = linkButton(m_body, QStringLiteral("modelVersionLink"));
    m_client = valueLabel(m_body);
    m_detected = valueLabel(m_body);
    m_deadline = valueLabel(m_body);
    m_deadline->setObjectName(QStringLiteral("violationDeadline"));
    m_assignee = valueLabel(m_body);
    m_assignee->setObjectName(QStringLiteral("violationAssignee"));
    m_resolution = valueLabel(m_body);
    m_resolution->setObjectName(QStringLiteral("violationResolution"));
    form->addRow(tr("Violation"), m_id);
    form->addRow(tr("Policy"), m_policy);
    form->addRow(tr("Model version"), m_model);
    m_clientLabel = new QLabel(tr("Client"), m_body);
    form->addRow(m_clientLabel, m_client);
    form->addRow(tr("Detected"), m_detected);
    form->addRow(tr("Deadline"), m_deadline);
    form->addRow(tr("Assignee"), m_assignee);
    m_resolutionCaption = new QLabel(tr("Resolution"), m_body);
    form->addRow(m_resolutionCaption, m_resolution);
    body->addLayout(form);

    m_actions = new ViolationActions(session, m_body);
    body->addWidget(m_actions);

    m_tabs = new QTabWidget(m_body);
    m_timeline = new QTextBrowser(m_tabs);
    m_timeline->setObjectName(QStringLiteral("violationTimeline"));
    m_timeline->setOpenLinks(false);
    m_details = new QPlainTextEdit(m_tabs);
    m_details->setObjectName(QStringLiteral("violationDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_details, tr("Details (JSON)"));
    body->addWidget(m_tabs, 1);
    outer->addWidget(m_body, 1);
    m_body->hide();

    connect(m_model, &QToolButton::clicked, this, [this] {
        if (m_violation && !m_violation->modelVersion.isEmpty())
            m_session->requestShow(View::Models, QStringLiteral("model_version"),
                                   m_violation->clientId + QLatin1Char(':') + m_violation->modelVersion);
    });
    connect(m_policy, &QToolButton::clicked, this, [this] {
        if (m_violation)
            emit policyRequested(m_violation->policyId);
    });
    connect(m_actions, &ViolationActions::decided, this, [this](const QString& id, const QString& text) {
        showViolation(id);
        emit decided(id, text);
    });
    connect(m_actions, &ViolationActions::failed, this, [this](const QString& text, MessageBar::Kind kind) {
        // What changed underneath is shown as it is now.
        if (m_violation)
            showViolation(m_violation->violationId);
        emit message(text, kind);
    });
}

void ViolationDetail::setContext(const ViolationQueryContext& context)
{
    m_context = context;
    if (m_violation)
        render();
}

void ViolationDetail::setAssignees(const QStringList& people)
{
    m_actions->setAssignees(people);
}

void ViolationDetail::clear()
{
    m_jobs->abandon();
    m_requested.clear();
    m_violation.reset();
    m_actions->setViolation(std::nullopt);
    m_body->hide();
    m_placeholder->show();
}

void ViolationDetail::close()
{
    clear();
    m_jobs->release(); // its connection was to the database that closed
}

bool ViolationDetail::isLoading() const
{
    return m_jobs->isRunning();
}

namespace {
struct ViolationRead
{
    Violation violation;
    Result<QList<TimelineEntry>> entries = QList<TimelineEntry>();
};
} // namespace

void ViolationDetail::showViolation(const QString& violationId)
{
    if (!m_session->database() || violationId.isEmpty()) {
        clear();
        return;
    }
    if (violationId != this->violationId()) {
        // Another violation: nothing of the one before stays on screen, nor can be decided on.
        m_violation.reset();
        m_actions->setViolation(std::nullopt);
        m_body->hide();
        m_placeholder->setText(tr("Reading violation %1…").arg(violationId));
        m_placeholder->show();
    }
    m_requested = violationId;
    readDatabase<ViolationRead>(
        m_jobs, *m_session->database(),
        [violationId, context = m_context](Database& database, JobControl&) -> Result<ViolationRead> {
            auto found = ViolationQuery::find(database, violationId, context);
            if (!found)
                return found.failure();
            ViolationRead read{*found};
            read.entries = ViolationTimeline::load(database, read.violation, context.hasAppTables);
            return read;
        },
        [this](const Result<ViolationRead>& read) {
            m_requested.clear();
            if (!read) {
                clear();
                m_placeholder->setText(read.failure().message());
                return;
            }
            m_violation = read->violation;
            m_entries = read->entries;
            render();
        });
}

void ViolationDetail::render()
{
    const Violation& v = *m_violation;
    m_placeholder->hide();
    m_body->show();
    m_icon->setPixmap(SeverityStyle::severityPixmap(v.severity, 32, devicePixelRatioF()));
    m_icon->setToolTip(ViolationTerms::severityLabel(v.severity));
    m_title->setText(
        tr("%1 · %2 · %3")
            .arg(ViolationTerms::severityLabel(v.severity), ViolationTerms::statusLabel(v.status), v.type));
    m_title->setStyleSheet(QStringLiteral("color: %1;").arg(SeverityStyle::severityTextColor(v.severity).name()));
    m_description->setText(v.description);
    m_id->setText(v.violationId);
    m_policy->setText(v.policyName.isEmpty() ? tr("(policy %1 is missing)").arg(v.policyId) : v.policyName);
    m_policy->setEnabled(!v.policyName.isEmpty());
    m_policy->setToolTip(tr("Show the policy (%1)").arg(v.policyId));
    m_model->setText(v.modelVersion.isEmpty() ? tr("(none recorded)") : tr("%1 : %2").arg(v.clientId, v.modelVersion));
    m_model->setEnabled(!v.modelVersion.isEmpty());
    m_model->setToolTip(tr("Show this model version in the Models view"));
    m_client->setText(v.clientId.isEmpty() ? tr("(none)") : v.clientId);
    m_clientLabel->setText(ScopeWords::singular(m_session->database()->profile()));

    const bool closed = ViolationTerms::isClosed(v.status);
    const QDateTime now = m_context.now.isValid() ? m_context.now : Clock::nowUtc();
    m_detected->setText(v.detectedAt.isValid()
                            ? tr("%1 (%2 ago)").arg(when(v.detectedAt), Durations::span(v.detectedAt.secsTo(now)))
                            : tr("unknown"));
    const auto days = m_context.deadlines.daysFor(v.severity);
    QString deadline;
    bool overdue = false;
    if (!days) {
        deadline = tr("none: Steward has no deadline for the severity “%1”").arg(v.severity);
    } else if (closed) {
        deadline = v.resolvedAt.isValid() ? tr("closed after %1 (deadline %2 d)")
                                                .arg(Durations::span(v.detectedAt.secsTo(v.resolvedAt)))
                                                .arg(*days)
                                          : tr("closed (deadline %1 d)").arg(*days);
    } else {
        overdue = v.dueAt.isValid() && v.dueAt < now;
        deadline = tr("%1 — %2 (%3 d for %4)")
                       .arg(when(v.dueAt), Durations::timeLeft(v.dueAt, now))
                       .arg(*days)
                       .arg(ViolationTerms::severityLabel(v.severity).toLower());
    }
    m_deadline->setText(deadline);
    m_deadline->setStyleSheet(overdue ? QStringLiteral("color: %1; font-weight: bold;")
                                            .arg(SeverityStyle::severityTextColor(QStringLiteral("critical")).name())
                                      : QString());
    const Result<QList<TimelineEntry>>& entries = m_entries;
    m_assignee->setText(assigneeText(v, entries ? *entries : QList<TimelineEntry>()));
    m_resolution->setText(closed ? tr("%1\n— %2, %3")
                                       .arg(v.resolution.isEmpty() ? tr("(no text)") : v.resolution,
                                            v.resolvedBy.isEmpty() ? tr("unknown") : v.resolvedBy, when(v.resolvedAt))
                                 : QString());
    m_resolution->setVisible(closed);
    m_resolutionCaption->setVisible(closed);
    m_resolutionCaption->setText(v.status == stateName(ViolationState::FalsePositive) ? tr("Justification")
                                                                                      : tr("Resolution"));

    if (v.details.isNull)
        m_details->setPlainText(tr("(no details)"));
    else if (!v.details.valid)
        m_details->setPlainText(tr("⚠ invalid JSON (%1):\n%2").arg(v.details.error, v.details.raw));
    else
        m_details->setPlainText(v.details.indentedText());
    m_actions->setViolation(v);
    renderTimeline(entries);
}

QString ViolationDetail::assigneeText(const Violation& v, const QList<TimelineEntry>& entries) const
{
    if (!v.assignee.isEmpty())
        return tr("%1 (assigned by %2, %3)").arg(v.assignee, v.assignedBy, when(v.assignedAt));
    if (v.status != stateName(ViolationState::Investigating))
        return tr("nobody yet");
    // Investigating means someone has it, and Steward's own "investigate" always assigns. A
    // violation in this state without an assignment got there some other way: say what is known.
    if (const auto started = ViolationTimeline::investigationStart(entries); started && !started->actor.isEmpty())
        return tr("nobody assigned; %1 started the investigation, %2").arg(started->actor, when(started->at));
    return tr("nobody recorded: the monitor set “investigating” without an assignment");
}

void ViolationDetail::renderTimeline(const Result<QList<TimelineEntry>>& entries)
{
    if (!entries) {
        m_timeline->setPlainText(entries.failure().message());
        return;
    }
    QString html;
    const QString muted = ThemeColors::css(ThemeColors::muted());
    // Newest first: what happened last is what a person looks for.
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        const TimelineEntry& entry = *it;
        QString line = QStringLiteral("<b>%1</b> · %2")
                           .arg(entry.at.isValid() ? when(entry.at).toHtmlEscaped() : tr("unknown time"),
                                entry.summary().toHtmlEscaped());
        if (!entry.stateBefore.isEmpty() && entry.stateBefore != entry.stateAfter) {
            line += QStringLiteral(" <span style=\"color: %3;\">(%1 → %2)</span>")
                        .arg(ViolationTerms::statusLabel(entry.stateBefore).toHtmlEscaped(),
                             ViolationTerms::statusLabel(entry.stateAfter).toHtmlEscaped(), muted);
        }
        if (!entry.comment.isEmpty() && entry.action != QLatin1String("detected")) {
            QString comment = entry.comment.toHtmlEscaped();
            comment.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            line += QStringLiteral("<br>“%1”").arg(comment);
        }
        html += QStringLiteral("<p style=\"margin-bottom: 8px;\">%1</p>").arg(line);
    }
    if (!m_context.hasAppTables)
        html +=
            QStringLiteral("<p style=\"color: %2;\">%1</p>")
                .arg(
                    tr("This database has no Steward tables, so there is no audit trail of decisions.").toHtmlEscaped(),
                    muted);
    m_timeline->setHtml(html);
}

} // namespace steward
