#include "StatusIndicators.h"

#include "models/profiles/ProfileDetection.h"
#include "models/values/TimeText.h"
#include "ui/render/ThemeColors.h"
#include "ui/shell/Session.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>

namespace steward {

StatusIndicators::StatusIndicators(Session* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    m_backend = new QLabel(this);
    m_backend->setObjectName(QStringLiteral("statusBackend"));
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("statusUser"));
    m_access = new QLabel(this);
    m_access->setObjectName(QStringLiteral("statusAccess"));
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("statusTime"));
    m_profile = new QLabel(this);
    m_profile->setObjectName(QStringLiteral("statusProfile"));
    layout->addWidget(m_backend);
    layout->addWidget(m_profile);
    layout->addWidget(m_user);
    layout->addWidget(m_access);
    layout->addWidget(m_time);
    connect(session, &Session::opened, this, &StatusIndicators::update);
    connect(session, &Session::reloaded, this, &StatusIndicators::update);
    connect(session, &Session::closed, this, &StatusIndicators::update);
    update();
}

QString StatusIndicators::backendText() const
{
    return m_backend->text();
}

QString StatusIndicators::userText() const
{
    return m_user->text();
}

QString StatusIndicators::accessText() const
{
    return m_access->text();
}

QString StatusIndicators::timeText() const
{
    return m_time->text();
}

QString StatusIndicators::profileText() const
{
    return m_profile->text();
}

void StatusIndicators::update()
{
    if (!m_session->isOpen()) {
        m_backend->setText(tr("Not connected"));
        m_backend->setToolTip(QString());
        m_user->clear();
        m_access->clear();
        m_time->clear();
        m_profile->clear();
        return;
    }
    const Database* db = m_session->database();
    const QString backend = db->isSqlite() ? tr("SQLite") : tr("PostgreSQL");
    m_backend->setText(tr("%1 · %2").arg(backend, db->isSqlite()
                                                      ? QFileInfo(db->target().sqlitePath).fileName()
                                                      : db->target().host + QLatin1Char('/') + db->target().database));
    m_backend->setToolTip(db->target().displayName());
    // Whose tables these are, and so which views apply.
    const ActiveProfile& active = db->activeProfile();
    QStringList entities;
    for (const EntityMap& entity : active.profile.entities)
        entities << entity.entity;
    if (active.how == QLatin1String("default")) {
        m_profile->setText(tr("No known tables"));
        m_profile->setToolTip(tr("Steward recognises none of the systems it knows from this database's tables and "
                                 "columns; each view says what it needs."));
    } else {
        m_profile->setText(active.profile.title);
        const QString how = active.how == QLatin1String("chosen")
                                ? tr("Chosen with --profile (%1). Found: %2.")
                                : tr("Recognised from its tables and columns (profile %1). Found: %2.");
        m_profile->setToolTip(how.arg(active.profile.name, entities.join(QStringLiteral(", "))) +
                              (active.problem.isEmpty() ? QString() : QLatin1Char('\n') + active.problem));
    }
    m_user->setText(m_session->hasAppTables() ? tr("%1 (%2)").arg(m_session->actingUser(), roleName(m_session->role()))
                                              : tr("%1 (no Steward tables)").arg(m_session->actingUser()));
    // A grant limited to some clients: the server shows only theirs.
    if (m_session->hasAppTables() && !m_session->clients().isEmpty())
        m_user->setText(tr("%1 · clients: %2").arg(m_user->text(), m_session->clients().join(QStringLiteral(", "))));
    const QString readOnlyColour = ThemeColors::css(ThemeColors::windowText(QColor(0x9a, 0x5b, 0x00)));
    if (m_session->isReadOnly() && db->isSqlite() && !db->integrityChecked()) {
        m_access->setText(tr("Read-only · not checked"));
        m_access->setToolTip(tr("This file is too large for the integrity check at opening (quick_check), so it was "
                                "skipped. It is still read defensively: nothing stored in it runs, and it is not "
                                "changed. A damaged page shows as an error where it is read."));
        m_access->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(readOnlyColour));
    } else if (m_session->isReadOnly()) {
        m_access->setText(tr("Read-only"));
        m_access->setToolTip(tr("Nothing can be written through this connection."));
        m_access->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(readOnlyColour));
    } else {
        m_access->setText(tr("Read-write"));
        m_access->setToolTip(QString());
        m_access->setStyleSheet(QString());
    }
    // One rule for time everywhere: UTC. A snapshot is measured against its export.
    if (db->snapshotTakenAt().isValid()) {
        m_time->setText(tr("Times in UTC · as of %1").arg(TimeText::minutesUtc(db->snapshotTakenAt())));
        m_time->setToolTip(tr("This is a snapshot: time left, overdue items and ages are measured against the moment "
                              "it was exported, not against today."));
    } else {
        m_time->setText(tr("Times in UTC"));
        m_time->setToolTip(tr("Every time Steward shows is in UTC, as the audit trail records it."));
    }
    // The status bar sizes permanent widgets once; keep the texts whole as they change.
    for (QLabel* label : {m_backend, m_profile, m_user, m_access, m_time})
        label->setMinimumWidth(label->sizeHint().width());
}

} // namespace steward
