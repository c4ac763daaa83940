// libFuzzer target: PartialDate::parse on arbitrary text (UTF-8 or UTF-16).
// A date it accepts must be valid, print in the form it accepts, and read
// back as the same date.

#include "model/PartialDate.h"

#include <cstdint>
#include <cstdlib>

using namespace triangle;

namespace {
void check(QStringView text)
{
    const auto date = PartialDate::parse(text);
    if (!date)
        return;
    if (!date->isValid())
        std::abort();
    const QString printed = date->toString();
    if (printed != text.trimmed())
        std::abort(); // only exactly YYYY, YYYY-MM or YYYY-MM-DD are accepted
    const auto again = PartialDate::parse(printed);
    if (!again || *again != *date || again->sortKey() != date->sortKey())
        std::abort();
    const double year = date->toFractionalYear();
    if (!(year >= date->year() && year < date->year() + 1))
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (size % 2 == 0)
        check(QStringView(reinterpret_cast<const char16_t *>(data), qsizetype(size / 2)));
    return 0;
}
