#pragma once

#include "models/snapshot/SnapshotCheck.h"

#include <QFrame>
#include <optional>

class QLabel;
class QToolButton;

namespace steward {
class JobRunner;
}

namespace steward {

class Session;

// Shown above the views while a snapshot is open: where it came from, when and by whom it was
// exported, with which Steward, that it is read-only, and whether its digests verify (checked
// on a thread of its own, over its own connection, when the snapshot opens).
class SnapshotBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Verification { None, Running, Verified, Failed };

    SnapshotBanner(Session* session, QWidget* parent = nullptr);
    ~SnapshotBanner() override;

    const std::optional<SnapshotManifest>& manifest() const { return m_manifest; }
    Verification verification() const { return m_verification; }
    QString text() const;
    QString verificationText() const;
    const std::optional<CheckReport>& report() const { return m_report; }
    void showDetails();

signals:
    void verificationFinished(bool verified);

private:
    void sessionOpened();
    void sessionClosed();
    void verified(const Result<CheckReport>& result);
    void setVerification(Verification state, const QString& text);

    Session* m_session;
    QLabel* m_icon;
    QLabel* m_text;
    QLabel* m_status;
    QToolButton* m_details;
    JobRunner* m_jobs;
    std::optional<SnapshotManifest> m_manifest;
    std::optional<CheckReport> m_report;
    Verification m_verification = Verification::None;
};

} // namespace steward
