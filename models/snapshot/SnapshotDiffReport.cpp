// The comparison as tables: one per section, for the CLI and the comparison view alike.
#include "SnapshotDiff.h"

#include <QCoreApplication>

namespace steward {

namespace {
QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QList<QVariantList> unauditedRows(const QList<StateChange>& changes)
{
    QList<QVariantList> rows;
    rows.reserve(changes.size());
    for (const StateChange& c : changes)
        rows << QVariantList{c.item, c.id, orNull(c.clientId), orNull(c.before), orNull(c.after), orNull(c.label)};
    return rows;
}

QList<QVariantList> stateRows(const QList<StateChange>& changes)
{
    QList<QVariantList> rows;
    rows.reserve(changes.size());
    for (const StateChange& c : changes)
        rows << QVariantList{c.id,           orNull(c.clientId), orNull(c.before), orNull(c.after),
                             orNull(c.kind), orNull(c.label)};
    return rows;
}
} // namespace

bool SnapshotDiffReport::isEmpty() const
{
    return suggestions.isEmpty() && violations.isEmpty() && modelVersions.isEmpty() && auditGained.isEmpty();
}

QList<SnapshotDiffReport::Section> SnapshotDiffReport::sections()
{
    return {Section::Unaudited, Section::Suggestions, Section::Violations, Section::ModelVersions, Section::Audit};
}

QString SnapshotDiffReport::sectionKey(Section section)
{
    switch (section) {
    case Section::Unaudited:
        return QStringLiteral("unaudited_changes");
    case Section::Suggestions:
        return QStringLiteral("suggestions");
    case Section::Violations:
        return QStringLiteral("violations");
    case Section::ModelVersions:
        return QStringLiteral("model_versions");
    case Section::Audit:
        return QStringLiteral("audit");
    }
    return {};
}

QString SnapshotDiffReport::sectionTitle(Section section)
{
    switch (section) {
    case Section::Unaudited:
        return QCoreApplication::translate("SnapshotDiff", "State changes with no audit record");
    case Section::Suggestions:
        return QCoreApplication::translate("SnapshotDiff", "Suggestions that changed state");
    case Section::Violations:
        return QCoreApplication::translate("SnapshotDiff", "Violations that changed state");
    case Section::ModelVersions:
        return QCoreApplication::translate("SnapshotDiff", "Model versions that appeared");
    case Section::Audit:
        return QCoreApplication::translate("SnapshotDiff", "What the audit trail gained");
    }
    return {};
}

int SnapshotDiffReport::count(Section section) const
{
    switch (section) {
    case Section::Unaudited:
        return static_cast<int>(unaudited.size());
    case Section::Suggestions:
        return static_cast<int>(suggestions.size());
    case Section::Violations:
        return static_cast<int>(violations.size());
    case Section::ModelVersions:
        return static_cast<int>(modelVersions.size());
    case Section::Audit:
        return static_cast<int>(auditGained.size());
    }
    return 0;
}

QStringList SnapshotDiffReport::columns(Section section) const
{
    switch (section) {
    case Section::Unaudited:
        return {QStringLiteral("item"),          QStringLiteral("id"),           QStringLiteral("client_id"),
                QStringLiteral("status_before"), QStringLiteral("status_after"), QStringLiteral("label")};
    case Section::Suggestions:
        return {QStringLiteral("suggestion_id"), QStringLiteral("client_id"), QStringLiteral("status_before"),
                QStringLiteral("status_after"),  QStringLiteral("category"),  QStringLiteral("summary")};
    case Section::Violations:
        return {QStringLiteral("violation_id"), QStringLiteral("client_id"), QStringLiteral("status_before"),
                QStringLiteral("status_after"), QStringLiteral("severity"),  QStringLiteral("description")};
    case Section::ModelVersions:
        return {QStringLiteral("client_id"), QStringLiteral("model_version"), QStringLiteral("created_at"),
                QStringLiteral("wmape"), QStringLiteral("change")};
    case Section::Audit:
        return {QStringLiteral("seq"),          QStringLiteral("recorded_at"), QStringLiteral("actor"),
                QStringLiteral("action"),       QStringLiteral("target_kind"), QStringLiteral("target_id"),
                QStringLiteral("state_before"), QStringLiteral("state_after"), QStringLiteral("comment")};
    }
    return {};
}

QList<QVariantList> SnapshotDiffReport::rows(Section section) const
{
    switch (section) {
    case Section::Unaudited:
        return unauditedRows(unaudited);
    case Section::Suggestions:
        return stateRows(suggestions);
    case Section::Violations:
        return stateRows(violations);
    case Section::ModelVersions: {
        QList<QVariantList> rows;
        for (const VersionChange& v : modelVersions) {
            rows << QVariantList{v.clientId, v.version, orNull(v.createdAt), v.wmape,
                                 v.appeared ? QStringLiteral("appeared") : QStringLiteral("removed")};
        }
        return rows;
    }
    case Section::Audit: {
        QList<QVariantList> rows;
        for (const AuditGain& a : auditGained) {
            rows << QVariantList{a.seq,
                                 a.recordedAt,
                                 a.actor,
                                 a.action,
                                 a.targetKind,
                                 a.targetId,
                                 orNull(a.stateBefore),
                                 orNull(a.stateAfter),
                                 orNull(a.comment)};
        }
        return rows;
    }
    }
    return {};
}

} // namespace steward
