// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/api/backendapi_export.h"

#include <QMetaType>
#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace OpsDeck {

/** What kind of failure an Error is; stable, for programs to branch on. */
enum class ErrorCode {
    Unknown,
    InvalidArgument,  ///< the caller passed something malformed (names the field)
    NotFound,
    AlreadyExists,
    PermissionDenied, ///< a policy refused it
    Unauthenticated,  ///< wrong passphrase, missing credentials
    Unavailable,      ///< no backend for this capability, or the server is down
    Timeout,
    Cancelled,
    Corrupt,          ///< stored data failed a check; nothing was changed
    Io,
    Parse,            ///< input could not be read; detail names file:line:column
    Unsupported,
    Conflict,         ///< someone else holds the lock or changed it first
    Internal,
};

/** Machine-readable name of \a code, e.g. "not-found". */
OPSDECK_BACKENDAPI_EXPORT QString errorCodeName(ErrorCode code);

/** True for failures worth retrying (Unavailable, Timeout): the same call may succeed later. */
constexpr bool isTransient(ErrorCode code)
{
    return code == ErrorCode::Unavailable || code == ErrorCode::Timeout;
}

/**
 * An expected failure, as a value. \c message is translated and meant for the
 * user ("Cannot open workspace"), \c detail says where and why
 * ("/home/me/ws: Permission denied").
 */
struct OPSDECK_BACKENDAPI_EXPORT Error
{
    ErrorCode code = ErrorCode::Unknown;
    QString message;
    QString detail;

    /** "message: detail", or just the message when there is no detail. */
    QString toString() const;
    friend bool operator==(const Error &, const Error &) = default;
};

/** Shorthand for building an Error in a return statement. */
inline Error fail(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

/**
 * Either a value or an Error: what every backend and SDK call returns instead
 * of throwing.
 *
 * \code
 * Result<int> parsePort(const QString &text)
 * {
 *     bool ok = false;
 *     const int port = text.toInt(&ok);
 *     if (!ok || port <= 0 || port > 65535)
 *         return fail(ErrorCode::InvalidArgument, tr("Not a port number"), text);
 *     return port;
 * }
 * \endcode
 */
template<typename T = void>
class Result
{
public:
    Result() requires std::is_default_constructible_v<T> : m_state(T{}) {}
    Result(const T &value) : m_state(value) {}                 // NOLINT implicit by design
    Result(T &&value) : m_state(std::move(value)) {}           // NOLINT
    Result(const Error &error) : m_state(error) {}             // NOLINT
    Result(Error &&error) : m_state(std::move(error)) {}       // NOLINT

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    /** The value; calling it on a failure is a programming error (asserts). */
    const T &value() const & { Q_ASSERT(ok()); return std::get<T>(m_state); }
    T &value() & { Q_ASSERT(ok()); return std::get<T>(m_state); }
    T &&value() && { Q_ASSERT(ok()); return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    /** The error; calling it on a success is a programming error (asserts). */
    const Error &error() const { Q_ASSERT(!ok()); return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error) {}             // NOLINT implicit by design
    Result(Error &&error) : m_error(std::move(error)) {}       // NOLINT

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { Q_ASSERT(!ok()); return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace OpsDeck

Q_DECLARE_METATYPE(OpsDeck::Error)
