// libFuzzer target: the CSV parser on arbitrary bytes. A table it parses must
// come back the same from what CsvTable::write makes of it.

#include "data/CsvTable.h"

#include <cstdint>
#include <cstdlib>

using namespace triangle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const CsvTable table = CsvTable::parse(bytes, &error);
    if (!error.isEmpty())
        return 0;
    for (bool bom : {false, true}) {
        QString again;
        const CsvTable back = CsvTable::parse(CsvTable::write(table.header, table.rows, bom), &again);
        if (!again.isEmpty() || back.header != table.header || back.rows != table.rows)
            std::abort(); // written and read back, the table changed
    }
    return 0;
}
