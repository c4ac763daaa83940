#include "StoreCommand.h"

namespace triangle {

StoreCommand::StoreCommand(Store *store, const QString &text) : m_store(store)
{
    setText(text);
}

StoreError StoreCommand::changedElsewhere() const
{
    return StoreError{StoreError::Kind::ChangedElsewhere,
                      tr("“%1” was not done: another program changed this record since it was read. Nothing was "
                         "written; what is stored now is shown.")
                          .arg(text()),
                      {}};
}

Status StoreCommand::withRetries(Status (StoreCommand::*step)())
{
    Status status = (this->*step)();
    for (int failures = 1; !status.ok() && m_retry && m_retry(status.error(), failures); ++failures)
        status = (this->*step)();
    return status;
}

Status StoreCommand::writeFirst()
{
    Q_ASSERT(!m_inEffect);
    const Status status = withRetries(&StoreCommand::apply);
    m_inEffect = status.ok();
    return status;
}

void StoreCommand::redo()
{
    if (m_inEffect)
        return; // written by writeFirst(), or an undo that could not be written
    const Status status = withRetries(&StoreCommand::apply);
    m_inEffect = status.ok();
    if (!status.ok() && m_onError)
        m_onError(status.error(), Step::Redo);
}

void StoreCommand::undo()
{
    if (!m_inEffect)
        return; // a redo that could not be written
    const Status status = withRetries(&StoreCommand::revert);
    m_inEffect = !status.ok();
    if (!status.ok() && m_onError)
        m_onError(status.error(), Step::Undo);
}

RemoveRecordCommand::RemoveRecordCommand(Store *store, const QString &text, RecordSnapshot snapshot, Remover remove)
    : StoreCommand(store, text), m_snapshot(std::move(snapshot)), m_remove(std::move(remove))
{
}

Status RemoveRecordCommand::apply()
{
    return m_remove(*store());
}

Status RemoveRecordCommand::revert()
{
    return restoreSnapshot(*store(), m_snapshot);
}

} // namespace triangle
