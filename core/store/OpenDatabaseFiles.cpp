#include "OpenDatabaseFiles.h"

#include "DatabaseFiles.h"

#include <QFileInfo>
#include <QList>
#include <QMutex>

namespace triangle {

namespace {
struct OpenFile
{
    QString path;
    int connections = 0;
};

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QList<OpenFile> &openFiles()
{
    static QList<OpenFile> files;
    return files;
}
} // namespace

OpenDatabaseFiles::Registration::Registration(const QString &path) : m_path(QFileInfo(path).absoluteFilePath())
{
    const QMutexLocker lock(&mutex());
    for (OpenFile &file : openFiles()) {
        if (file.path == m_path) {
            ++file.connections;
            return;
        }
    }
    openFiles().append({m_path, 1});
}

OpenDatabaseFiles::Registration::~Registration()
{
    const QMutexLocker lock(&mutex());
    QList<OpenFile> &files = openFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files[i].path == m_path && --files[i].connections == 0) {
            files.removeAt(i);
            return;
        }
    }
}

QString OpenDatabaseFiles::databaseOf(const QString &path)
{
    const QMutexLocker lock(&mutex());
    for (const OpenFile &file : std::as_const(openFiles())) {
        if (refersToDatabase(path, file.path))
            return file.path;
    }
    return {};
}

bool OpenDatabaseFiles::contains(const QString &path)
{
    return !databaseOf(path).isEmpty();
}

} // namespace triangle
