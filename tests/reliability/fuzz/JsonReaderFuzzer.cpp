// libFuzzer target: the JSON data reader on arbitrary bytes. Besides not
// crashing (ASan, UBSan), whatever it accepts must survive the writer: the
// written file reads back without problems and writes the same bytes again.

#include "data/JsonDataReader.h"
#include "data/JsonDataWriter.h"

#include <cstdint>
#include <cstdlib>

using namespace triangle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonDataReader::Output read = JsonDataReader::read(bytes, QStringLiteral("fuzz.json"));
    if (!read.problems.isEmpty())
        return 0;
    const QByteArray written = writeJsonData(read.data);
    const JsonDataReader::Output again = JsonDataReader::read(written, QStringLiteral("written.json"));
    if (!again.problems.isEmpty() || writeJsonData(again.data) != written)
        std::abort(); // accepted data that does not survive a round trip
    return 0;
}
