#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace jobdeck {

// Where server passwords are remembered: the system keychain, never the settings file. Calls are
// asynchronous (a keychain may ask the user to unlock it); each answer arrives on `context`'s thread, and
// not at all once `context` is gone. Tests substitute an in-memory store.
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(const Result<QString>&)>;
    using Done = std::function<void(const Status&)>;

    using QObject::QObject;

    // A missing entry reads as an empty password, not as an error.
    virtual void read(const QString& key, QObject* context, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& password, QObject* context, Done done) = 0;
    // Forgetting a password that was never stored is not an error.
    virtual void remove(const QString& key, QObject* context, Done done) = 0;
};

// The system keychain through QtKeychain (Secret Service or KWallet on Linux, Keychain on macOS, the
// Credential Store on Windows), service "Jobdeck". Without a keychain (a headless box has no Secret Service)
// every call fails with a message that says so; nothing ever falls back to a plain-text file.
class KeychainPasswordStore final : public PasswordStore
{
    Q_OBJECT

public:
    static QString serviceName() { return QStringLiteral("Jobdeck"); }

    using PasswordStore::PasswordStore;

    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QString& password, QObject* context, Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;
};

} // namespace jobdeck
