#pragma once

#include "data/DataImporter.h"
#include "data/DataSet.h"
#include "store/StoreError.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

class QThread;

namespace triangle {

// Reads a data file and imports it into a database file on a thread of its
// own, so that the window stays responsive through a large import. The
// thread opens its own connection to the file (a connection belongs to the
// thread that opened it) and closes it when done; the window's store then
// sees the import as another program's change. cancel() stops it at the next
// step, and the import's one transaction leaves nothing behind.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(QString databasePath, QString inputPath, ConflictPolicy policy, QObject *parent = nullptr);
    ~ImportJob() override; // cancels a running import and waits for it

    void start();
    void cancel() { m_cancel = true; }

    // While running: thousandths of the current phase, and which phase.
    int permille() const { return m_permille; }
    bool isWriting() const { return m_writing; }

    // Once finished(): what came of it.
    struct Outcome
    {
        std::optional<StoreError> openError; // the database could not be opened
        DataProblems problems;               // what is wrong with the file
        DataImporter::Output imported;
        bool cancelled = false;
    };
    const Outcome &outcome() const { return m_outcome; }

signals:
    void finished();

private:
    void run();

    QString m_databasePath;
    QString m_inputPath;
    ConflictPolicy m_policy;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    std::atomic_int m_permille = 0;
    std::atomic_bool m_writing = false;
    Outcome m_outcome; // written by the thread, read after finished()
};

} // namespace triangle
