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

void StoreCommand::redo()
{
    const Status status = apply();
    if (status.ok()) {
        m_done = true;
        return;
    }
    if (!m_done)
        setObsolete(true); // the first redo failed: nothing happened, nothing to undo
    if (m_onError)
        m_onError(status.error());
}

void StoreCommand::undo()
{
    const Status status = revert();
    if (!status.ok() && m_onError)
        m_onError(status.error());
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
