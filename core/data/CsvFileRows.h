#pragma once

#include "DataTables.h"

#include <QFile>
#include <QStringList>

namespace triangle {

// A CSV file mapped into memory and read a row at a time; pages behind the
// reading are handed back to the system, so that a large file does not stay
// in the process's memory.
class CsvFileRows : public TableRows
{
public:
    // Maps `path` and reads its header; false with `error` set when it cannot.
    bool open(const QString &path, QStringList &header, int &headerLine, QString *error);

    qint64 bytes() const override { return m_size; }
    bool forEachRow(const std::function<bool(const QStringList &, int, qint64)> &take, QString *error) const override;
    QStringList rowAt(qint64 at) const override;

private:
    void release(qint64 offset) const;

    static constexpr qint64 ReleaseEvery = 32LL * 1024 * 1024;
    QFile m_file;
    const char *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_bodyStart = 0;
    int m_bodyLine = 1;
};

} // namespace triangle
