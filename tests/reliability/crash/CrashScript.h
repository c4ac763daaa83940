#pragma once

// The scripted work of the crash trials: one import, then a series of edits
// through the Editor, each one undoable command written in one transaction.
// It is deterministic, so the work reported as committed before a kill can
// be replayed on a copy of the starting database and compared.

#include <QByteArray>
#include <QString>

namespace triangle {
class Editor;
class Store;
}

namespace triangle::crash {

// A JSON data file of `milestones` new milestones for Zhejiang (330000).
QByteArray importData(int milestones);

// Makes edit number `index` (0, 1, 2, …) through `editor`, whose store holds
// the default data and the import. Returns a one-line description, or an
// empty string when the edit was refused (editor.lastError() says why).
QString makeEdit(Editor &editor, int index);

// A digest of the whole database's contents (everything an export writes).
QByteArray contentDigest(const Store &store);

} // namespace triangle::crash
