#include "dialogs/ConnectionSecrets.h"

#include <qt6keychain/keychain.h>

namespace jobdeck {
namespace {

// The keychain's own words are often cryptic ("Unknown error" where no Secret Service runs), so the message
// says what happened for the user first and gives the keychain's reason after it.
QString reason(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return PasswordStore::tr("no keychain service is available on this computer");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return PasswordStore::tr("access was refused");
    default:
        break;
    }
    const QString said = job.errorString().trimmed();
    return said.isEmpty() || said == QLatin1String("Unknown error")
        ? PasswordStore::tr("no keychain service answered (error %1)").arg(int(job.error()))
        : said;
}

Error readError(const QKeychain::Job& job)
{
    return failure(PasswordStore::tr("Jobdeck could not read a password from the system keychain: %1.").arg(reason(job)));
}

Error writeError(const QKeychain::Job& job)
{
    return failure(PasswordStore::tr("Jobdeck could not save the password in the system keychain: %1. The password "
                                     "is not remembered; you will be asked for it next time.")
                       .arg(reason(job)));
}

Error removeError(const QKeychain::Job& job)
{
    return failure(PasswordStore::tr("Jobdeck could not remove the password from the system keychain: %1.")
                       .arg(reason(job)));
}

template <typename Job>
Job* makeJob(const QString& key, QObject* parent)
{
    auto* job = new Job(KeychainPasswordStore::serviceName(), parent);
    job->setAutoDelete(true);
    // Never the plain-text QSettings fallback QtKeychain offers: a password stays in the keychain or nowhere.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

void KeychainPasswordStore::read(const QString& key, QObject* context, ReadDone done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        auto* reader = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (reader->error() == QKeychain::EntryNotFound)
            done(QString());
        else if (reader->error() != QKeychain::NoError)
            done(readError(*reader));
        else
            done(reader->textData());
    });
    job->start();
}

void KeychainPasswordStore::write(const QString& key, const QString& password, QObject* context, Done done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(key, this);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::NoError ? Status() : Status(writeError(*finished)));
    });
    job->start();
}

void KeychainPasswordStore::remove(const QString& key, QObject* context, Done done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        const bool fine = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(fine ? Status() : Status(removeError(*finished)));
    });
    job->start();
}

} // namespace jobdeck
