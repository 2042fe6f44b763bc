#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace jobdeck {

// An error a user can read, carried as a value across the core boundary instead of an exception.
struct Error
{
    // Conflict: the data changed elsewhere (another process or device) since the caller last saw it, so a
    // step that depended on it (an undo, a redo) was refused and nothing was written.
    enum class Kind { Failed, BadInput, NotFound, Conflict };
    Kind kind = Kind::Failed;
    QString message;
};

inline Error failure(QString message) { return {Error::Kind::Failed, std::move(message)}; }
inline Error badInput(QString message) { return {Error::Kind::BadInput, std::move(message)}; }
inline Error notFound(QString message) { return {Error::Kind::NotFound, std::move(message)}; }
inline Error conflict(QString message) { return {Error::Kind::Conflict, std::move(message)}; }

// Either a value or an Error. Small on purpose: ok(), value(), error().
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value, so `for (x : f().value())` never iterates a destroyed temporary.
    T value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// The Result of an operation that returns nothing but may fail.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace jobdeck
