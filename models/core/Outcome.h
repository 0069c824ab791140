#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace steward {

// What happened to an operation, in terms a caller can act on. The same codes become the
// CLI's exit codes, so every layer reports failures the same way.
enum class OutcomeCode {
    Ok,
    Usage,      // the request itself is malformed (missing comment, unknown option)
    NotFound,   // the item does not exist
    Conflict,   // the item is no longer in the state the caller saw, or the transition is not allowed
    Forbidden,  // the acting user's role does not allow it
    CannotOpen, // the database is missing, corrupt, unreachable, or refused the login
    ReadOnly,   // the connection is read-only
    Failed,     // anything else (a database error mid-operation)
};

// Dropping an outcome hides a failure, so the compiler refuses it: a caller propagates it,
// reports it, or says with std::ignore why it does not matter.
class [[nodiscard]] Outcome
{
public:
    Outcome() = default;
    Outcome(OutcomeCode code, QString message) : m_code(code), m_message(std::move(message)) {}

    static Outcome ok() { return {}; }
    static Outcome usage(QString message) { return {OutcomeCode::Usage, std::move(message)}; }
    static Outcome notFound(QString message) { return {OutcomeCode::NotFound, std::move(message)}; }
    static Outcome conflict(QString message) { return {OutcomeCode::Conflict, std::move(message)}; }
    static Outcome forbidden(QString message) { return {OutcomeCode::Forbidden, std::move(message)}; }
    static Outcome cannotOpen(QString message) { return {OutcomeCode::CannotOpen, std::move(message)}; }
    static Outcome readOnly(QString message) { return {OutcomeCode::ReadOnly, std::move(message)}; }
    static Outcome failed(QString message) { return {OutcomeCode::Failed, std::move(message)}; }

    bool isOk() const { return m_code == OutcomeCode::Ok; }
    explicit operator bool() const { return isOk(); }
    OutcomeCode code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    OutcomeCode m_code = OutcomeCode::Ok;
    QString m_message;
};

// The CLI contract: 0 ok, 1 other failure, 2 usage, 3 not found, 4 conflict, 5 permission
// denied, 6 cannot open or read the database, 7 refused because read-only.
int exitCodeFor(OutcomeCode code);

// A value or the reason there is none.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Outcome failure) : m_failure(std::move(failure)) {}

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Outcome& failure() const { return m_failure; }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T take() { return std::move(*m_value); }

private:
    std::optional<T> m_value;
    Outcome m_failure;
};

} // namespace steward
