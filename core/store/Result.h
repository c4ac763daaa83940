#pragma once

#include "StoreError.h"

#include <utility>
#include <variant>

namespace triangle {

// A value or the StoreError that prevented it (std::expected is C++23).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(StoreError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value from a temporary, so `for (x : *store.regions().all())` does not
    // iterate over a destroyed Result.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const StoreError &error() const { return std::get<StoreError>(m_state); }

private:
    std::variant<T, StoreError> m_state;
};

// Success, or the StoreError that prevented it.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(StoreError error) : m_error(std::move(error)), m_failed(true) {}
    template<typename T>
    Status(const Result<T> &result)
    {
        if (!result.ok()) {
            m_error = result.error();
            m_failed = true;
        }
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const StoreError &error() const { return m_error; }

private:
    StoreError m_error;
    bool m_failed = false;
};

} // namespace triangle
