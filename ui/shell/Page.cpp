#include "Page.h"

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
    }
    return {};
}

void Page::setContent(QWidget* content)
{
    m_content = content;
    m_stack->addWidget(content);
    update();
}

void Page::update()
{
    m_loadPending = false;
    m_refreshPending = false;
    if (!m_session->isOpen()) {
        m_empty->setMessage(tr("No database open"),
                            tr("Open a SQLite file or connect to a PostgreSQL server with File ▸ Open (Ctrl+O)."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const QStringList missing = m_session->missingFor(m_view);
    if (!missing.isEmpty()) {
        const Profile& profile = m_session->database()->profile();
        if (profile.name == QLatin1String("pipeline")) {
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

} // namespace steward
