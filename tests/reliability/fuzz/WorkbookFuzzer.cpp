// libFuzzer target: the workbook reader (XlsxReader and DataWorkbook). A zip
// package of random bytes would rarely get past minizip, so the input is the
// parts' XML cut at NUL bytes, in the order of WorkbookParts (an empty part
// is one the package does not have); each run zips them, stored, into one
// temporary .xlsx and reads it as an import would. An input of odd length
// streams the policies and milestones sheets, as a large workbook's are.
// Besides ASan and UBSan, libFuzzer's -rss_limit_mb catches a run that
// takes unbounded memory.

#include "WorkbookParts.h"

#include "data/DataWorkbook.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <zip.h>

#include <cstdint>

using namespace triangle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/triangle-fuzz-xlsx-XXXXXX"));
    const QString path = folder.filePath(QStringLiteral("fuzz.xlsx"));
    const QList<QByteArray> parts = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return 0;
    for (qsizetype i = 0; i < parts.size() && i < fuzz::WorkbookPartCount; ++i) {
        if (parts[i].isEmpty())
            continue;
        // Stored, not deflated: the run's time goes to the reader.
        zipOpenNewFileInZip(zip, fuzz::WorkbookParts[i], nullptr, nullptr, 0, nullptr, 0, nullptr, 0, 0);
        zipWriteInFileInZip(zip, parts[i].constData(), unsigned(parts[i].size()));
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
    const DataReadOutput read = readDataWorkbook(path, size % 2 == 1 ? 0 : WorkbookStreamFromBytes);
    (void)read;
    return 0;
}
