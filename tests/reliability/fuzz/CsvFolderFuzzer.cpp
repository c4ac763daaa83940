// libFuzzer target: the CSV folder reader. The input is cut at NUL bytes into
// the folder's files, in reading order (settings.csv, stages.csv, …); each
// run writes them into one temporary folder and reads it as an import would.

#include "data/CsvDataFolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace triangle;

namespace {
const char *const Files[] = {"settings.csv", "stages.csv", "regions.csv", "policies.csv", "milestones.csv",
                             "raters.csv", "indicators.csv", "rubric_levels.csv", "indicator_values.csv",
                             "indicator_evidence.csv", "assessments.csv", "evidence.csv"};
constexpr int FileCount = int(sizeof Files / sizeof Files[0]);
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/triangle-fuzz-csv-XXXXXX"));
    const QList<QByteArray> parts = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    for (int i = 0; i < FileCount; ++i) {
        const QString path = folder.filePath(QLatin1StringView(Files[i]));
        // An empty part is a file that is not there.
        if (i >= parts.size() || parts[i].isEmpty()) {
            QFile::remove(path);
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(parts[i]);
    }
    const CsvReadOutput read = readCsvFolder(folder.path());
    (void)read;
    return 0;
}
