#include "CsvFileRows.h"

#include "CsvTable.h"

#include <QCoreApplication>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace triangle {

namespace {
// The words of the CSV folder's reader, whose part this was.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::CsvDataFolder)
};
} // namespace

bool CsvFileRows::open(const QString &path, QStringList &header, int &headerLine, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot be read: %1").arg(m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    if (m_size == 0) {
        *error = QCoreApplication::translate("triangle::CsvTable", "the file is empty: it needs at least a header line");
        return false;
    }
    m_data = m_size > 0 ? reinterpret_cast<const char *>(m_file.map(0, m_size)) : nullptr;
    if (!m_data) {
        *error = Tr::tr("cannot be read: %1").arg(m_file.errorString());
        return false;
    }
    int line = 1;
    if (!CsvTable::nextRecord(m_data, m_size, m_bodyStart, line, header, headerLine, error)) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("triangle::CsvTable", "the file is empty: it needs at least a header line");
        return false;
    }
    m_bodyLine = line;
    return true;
}

bool CsvFileRows::forEachRow(const std::function<bool(const QStringList &, int, qint64)> &take, QString *error) const
{
    qint64 pos = m_bodyStart;
    int line = m_bodyLine;
    QStringList row;
    int rowLine = 0;
    qint64 released = 0;
    while (true) {
        const qint64 at = pos;
        if (!CsvTable::nextRecord(m_data, m_size, pos, line, row, rowLine, error))
            return error->isEmpty();
        // A blank line was skipped: the row starts after it (rowAt finds it either way).
        if (!take(row, rowLine, at))
            return true;
        if (pos - released > ReleaseEvery) {
            release(pos);
            released = pos;
        }
    }
}

QStringList CsvFileRows::rowAt(qint64 at) const
{
    QStringList row;
    int line = 1;
    int rowLine = 0;
    QString error;
    CsvTable::nextRecord(m_data, m_size, at, line, row, rowLine, &error);
    return row;
}

void CsvFileRows::release(qint64 offset) const
{
#ifdef Q_OS_LINUX
    constexpr quintptr Page = 4096;
    const quintptr base = reinterpret_cast<quintptr>(m_data);
    const quintptr alignedBase = (base + Page - 1) & ~(Page - 1);
    const quintptr end = (base + quintptr(offset)) & ~(Page - 1);
    if (end > alignedBase)
        madvise(reinterpret_cast<void *>(alignedBase), end - alignedBase, MADV_DONTNEED);
#else
    Q_UNUSED(offset);
#endif
}

} // namespace triangle
