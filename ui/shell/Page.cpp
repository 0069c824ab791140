#include "Page.h"

#include "models/db/PipelineSchema.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/profiles/Profile.h"
#include "ui/shell/Session.h"
#include "ui/shell/UiResources.h"
#include "ui/widgets/EmptyState.h"

#include <QStackedLayout>

namespace steward {

Page::Page(View view, Session* session, QWidget* parent) : QWidget(parent), m_view(view), m_session(session)
{
    initUiResources();
    m_stack = new QStackedLayout(this);
    m_empty = new EmptyState(this);
    m_stack->addWidget(m_empty);
    connect(session, &Session::opened, this, &Page::update);
    connect(session, &Session::reloaded, this, &Page::update);
    connect(session, &Session::closed, this, [this] {
        unload();
        update();
    });
    // Others' decisions: the page on screen shows them now, the others when next shown.
    connect(session, &Session::changedElsewhere, this, [this] {
        if (isVisible())
            refresh();
        else
            m_refreshPending = true;
    });
}

QIcon Page::icon() const
{
    switch (m_view) {
    case View::Suggestions:
        return QIcon(QStringLiteral(":/icons/suggestions.svg"));
    case View::Models:
        return QIcon(QStringLiteral(":/icons/models.svg"));
    case View::Charts:
        return QIcon(QStringLiteral(":/icons/charts.svg"));
    case View::Governance:
        return QIcon(QStringLiteral(":/icons/governance.svg"));
    case View::Audit:
        return QIcon(QStringLiteral(":/icons/audit.svg"));
    case View::Tables:
        return QIcon(QStringLiteral(":/icons/tables.svg"));
    case View::Console:
        return QIcon(QStringLiteral(":/icons/console.svg"));
    case View::Monitoring:
        return QIcon(QStringLiteral(":/icons/monitoring.svg"));
    }
    return {};
}

void Page::setContent(QWidget* content)
{
    m_content = content;
    m_stack->addWidget(content);
    update();
}

void Page::setStartActions(const QList<QAction*>& actions)
{
    m_startActions = actions;
    update();
}

void Page::update()
{
    m_loadPending = false;
    m_refreshPending = false;
    m_empty->setActions({});
    if (!m_session->isOpen()) {
        m_empty->setMessage(tr("No database open"),
                            tr("Open the pipeline's database — a SQLite file, or a PostgreSQL server the team "
                               "shares — or write a demo database to try Steward on realistic data."));
        m_empty->setActions(m_startActions);
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const QStringList missing = m_session->missingFor(m_view);
    if (!missing.isEmpty()) {
        const Profile& profile = m_session->database()->profile();
        const bool pipeline = profile.name == QLatin1String("pipeline");
        const bool noPipelineTables =
            pipeline && m_session->catalog().missingPipelineTables().size() == PipelineSchema::tables().size();
        if (noPipelineTables && !m_session->hasAppTables()) {
            // A new file, or the wrong one: say both what is missing and the ways forward.
            m_empty->setMessage(tr("This database is empty"),
                                tr("It has neither the pipeline's tables, which the forecasting pipeline (or a demo) "
                                   "writes, nor Steward's own. Open the pipeline's database, or write a demo "
                                   "database to try Steward."));
            m_empty->setActions(m_startActions);
        } else if (noPipelineTables) {
            m_empty->setMessage(tr("This database has none of the pipeline's tables"),
                                tr("Steward's own tables are here, but %1 reads the tables the forecasting pipeline "
                                   "writes (%2), and Steward never creates them. Open the pipeline's database, or "
                                   "write a demo database to try Steward.")
                                    .arg(title(), missing.join(QStringLiteral(", "))));
            m_empty->setActions(m_startActions);
        } else if (m_view == View::Monitoring && !pipeline) {
            m_empty->setMessage(tr("%1 is not available for this database").arg(title()),
                                tr("The %1 profile maps none of the tables monitoring reads (%2). The other views "
                                   "work as usual.")
                                    .arg(profile.title, missing.join(QStringLiteral(", "))));
        } else if (pipeline) {
            m_empty->setMessage(tr("%1 is not available for this database").arg(title()),
                                tr("It needs the pipeline table(s) %1, which this database does not have. The other "
                                   "views work as usual.")
                                    .arg(missing.join(QStringLiteral(", "))));
        } else {
            m_empty->setMessage(tr("%1 is not available for this database").arg(title()),
                                tr("These are %1's tables. Steward shows them in the views that have a counterpart "
                                   "among them; this one reads the forecasting pipeline's %2. Tables and SQL Console "
                                   "show every table as it is.")
                                    .arg(profile.title, missing.join(QStringLiteral(", "))));
        }
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (!m_content)
        return;
    m_stack->setCurrentWidget(m_content);
    // A page nobody looks at reads nothing: at a million rows, each view's first read costs.
    if (isVisible())
        load();
    else
        m_loadPending = true;
}

void Page::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_loadPending) {
        m_loadPending = false;
        m_refreshPending = false;
        load();
    } else if (m_refreshPending) {
        m_refreshPending = false;
        refresh();
    }
}

const PagedTableModel* exportableOrNull(const PagedTableModel* rows)
{
    return rows && !rows->query().columns.isEmpty() ? rows : nullptr;
}

} // namespace steward
