#pragma once

#include "store/RecordSnapshot.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace triangle {

// An undoable change to the Store. Every redo and undo writes to the database
// at once, in one transaction, so nothing shown as done is ever lost.
//
// The command knows whether its change is in the file. The first write is
// made by writeFirst(), before the command goes onto a stack: one that fails
// never reaches the stack. Later, a redo or undo whose write fails (another
// program's lock, a full disk) changes nothing and is reported; the stack's
// index has moved regardless, and the next move back writes nothing, so the
// stack and the file stay in step.
class StoreCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(triangle::StoreCommand)

public:
    enum class Step { Redo, Undo };
    using ErrorHandler = std::function<void(const StoreError &, Step)>;
    // Asked after a write failed, with how many times it has (from 1); true
    // to write again (a lock released, space freed).
    using RetryHandler = std::function<bool(const StoreError &, int failures)>;

    StoreCommand(Store *store, const QString &text);
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }
    void setRetryHandler(RetryHandler handler) { m_retry = std::move(handler); }

    // Writes the change for the first time.
    Status writeFirst();
    // Whether the change is in the database now.
    bool isInEffect() const { return m_inEffect; }

    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    Store *store() const { return m_store; }
    // The refusal of a step whose record another program changed meanwhile.
    StoreError changedElsewhere() const;

private:
    // Runs `step` (apply or revert) until it is written or no retry is wanted.
    Status withRetries(Status (StoreCommand::*step)());

    Store *m_store;
    ErrorHandler m_onError;
    RetryHandler m_retry;
    bool m_inEffect = false;
};

// Replaces a record with a new version of itself; undo puts the old one back.
// The writer is a Store member or a repository's (wrapped in a lambda).
// Given a reader, each step first checks, inside its transaction, that the
// stored record is still the one it replaces: a record another program has
// changed since is never silently overwritten, by the edit or by its undo.
template<typename Record>
class UpdateRecordCommand : public StoreCommand
{
public:
    using Writer = std::function<Status(Store &, const Record &)>;
    using Reader = std::function<Result<Record>(Store &, Id)>;

    UpdateRecordCommand(Store *store, const QString &text, Writer write, Record before, Record after, Reader read = {})
        : StoreCommand(store, text), m_write(std::move(write)), m_read(std::move(read)), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }

protected:
    Status apply() override { return replace(m_before, m_after); }
    Status revert() override { return replace(m_after, m_before); }

private:
    // Writes `to` where `expected` is stored, then keeps what was stored
    // (derived scores are recomputed by the write) for the next check.
    Status replace(const Record &expected, Record &to)
    {
        if (!m_read)
            return m_write(*store(), to);
        return store()->write([&]() -> Status {
            auto current = m_read(*store(), to.id);
            if (!current)
                return current.error();
            if (*current != expected)
                return changedElsewhere();
            if (Status written = m_write(*store(), to); !written)
                return written;
            auto stored = m_read(*store(), to.id);
            if (!stored)
                return stored.error();
            to = *stored;
            return {};
        });
    }

    Writer m_write;
    Reader m_read;
    Record m_before;
    Record m_after;
};

// Adds a record; undo deletes it with whatever was linked to it meanwhile,
// and redo brings all of that back under the same ids.
template<typename Record>
class AddRecordCommand : public StoreCommand
{
public:
    using Adder = std::function<Result<Id>(Store &, const Record &)>;
    using Snapshotter = Result<RecordSnapshot> (*)(const Store &, Id);
    using Remover = std::function<Status(Store &, Id)>;

    AddRecordCommand(Store *store, const QString &text, Record record, Adder add, Snapshotter snapshot, Remover remove)
        : StoreCommand(store, text), m_record(std::move(record)), m_add(std::move(add)), m_snapshot(snapshot),
          m_remove(std::move(remove))
    {
    }

    Id recordId() const { return m_record.id; }

protected:
    Status apply() override
    {
        if (m_undone)
            return restoreSnapshot(*store(), m_undone.value());
        auto id = m_add(*store(), m_record);
        if (!id)
            return id.error();
        m_record.id = *id;
        return {};
    }

    Status revert() override
    {
        auto snapshot = m_snapshot(*store(), m_record.id);
        if (!snapshot)
            return snapshot.error();
        m_undone = std::move(*snapshot);
        return m_remove(*store(), m_record.id);
    }

private:
    Record m_record;
    Adder m_add;
    Snapshotter m_snapshot;
    Remover m_remove;
    std::optional<RecordSnapshot> m_undone;
};

// A change with no record of its own (the rater aggregate): apply and revert given.
class FunctionCommand : public StoreCommand
{
public:
    using Step = std::function<Status(Store &)>;

    FunctionCommand(Store *store, const QString &text, Step apply, Step revert)
        : StoreCommand(store, text), m_apply(std::move(apply)), m_revert(std::move(revert))
    {
    }

protected:
    Status apply() override { return m_apply(*store()); }
    Status revert() override { return m_revert(*store()); }

private:
    Step m_apply;
    Step m_revert;
};

// Deletes a record and everything that goes with it; undo restores the snapshot.
class RemoveRecordCommand : public StoreCommand
{
public:
    using Remover = std::function<Status(Store &)>;

    RemoveRecordCommand(Store *store, const QString &text, RecordSnapshot snapshot, Remover remove);

protected:
    Status apply() override;
    Status revert() override;

private:
    RecordSnapshot m_snapshot;
    Remover m_remove;
};

} // namespace triangle
