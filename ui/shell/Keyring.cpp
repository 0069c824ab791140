#include "Keyring.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace steward::Keyring {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)
};

const QString kService = QStringLiteral("Steward");

QString keyFor(const ConnectionTarget& target)
{
    ConnectionTarget withoutPassword = target;
    withoutPassword.password.clear();
    withoutPassword.readOnly = false;
    return withoutPassword.persistentForm();
}

// Starts `job`, which deletes itself once `finished` has been called on `context`'s thread.
template <typename Job, typename Finished> void start(Job* job, QObject* context, Finished finished)
{
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [finished = std::move(finished)](QKeychain::Job* done) { finished(*static_cast<Job*>(done)); });
    job->start();
}
} // namespace

void password(const ConnectionTarget& target, QObject* context, PasswordFound found)
{
    if (target.backend != Backend::Postgres) {
        found(std::nullopt);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(keyFor(target));
    start(job, context, [found = std::move(found)](QKeychain::ReadPasswordJob& done) {
        found(done.error() == QKeychain::NoError ? std::optional<QString>(done.textData()) : std::nullopt);
    });
}

void store(const ConnectionTarget& target, const QString& password, QObject* context, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setKey(keyFor(target));
    job->setTextData(password);
    start(job, context, [done = std::move(done)](QKeychain::WritePasswordJob& written) {
        if (written.error() != QKeychain::NoError)
            done(Outcome::failed(Text::tr("the password was not saved in the keyring: %1").arg(written.errorString())));
        else
            done(Outcome::ok());
    });
}

void forget(const ConnectionTarget& target, QObject* context, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(keyFor(target));
    start(job, context, [done = std::move(done)](QKeychain::DeletePasswordJob& deleted) {
        if (deleted.error() != QKeychain::NoError && deleted.error() != QKeychain::EntryNotFound)
            done(Outcome::failed(
                Text::tr("the password could not be removed from the keyring: %1").arg(deleted.errorString())));
        else
            done(Outcome::ok());
    });
}

} // namespace steward::Keyring
