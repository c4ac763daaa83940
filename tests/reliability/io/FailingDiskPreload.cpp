// The failing disk for another process: preloaded into the real executable
// (LD_PRELOAD), it fails what TRIANGLE_FAILING_DISK_FAILS names on the
// database TRIANGLE_FAILING_DISK names, so the command-line tests see the
// input/output errors a failing drive would give the command.
//   TRIANGLE_FAILING_DISK_FAILS: "reads", "writes" (the database and its log)
//   or "database-writes" (the database only, not its log)

#include "io/FailingDisk.h"

#include <cstdlib>
#include <cstring>
#include <memory>

namespace {
std::unique_ptr<triangle::test::FailingDisk> disk;

__attribute__((constructor)) void startFailing()
{
    const char *path = std::getenv("TRIANGLE_FAILING_DISK");
    const char *fails = std::getenv("TRIANGLE_FAILING_DISK_FAILS");
    if (path == nullptr || fails == nullptr)
        return;
    using triangle::test::FailingDisk;
    disk = std::make_unique<FailingDisk>(QString::fromLocal8Bit(path));
    if (std::strcmp(fails, "reads") == 0)
        disk->fail(FailingDisk::Reads);
    else if (std::strcmp(fails, "writes") == 0)
        disk->fail(FailingDisk::Writes);
    else if (std::strcmp(fails, "database-writes") == 0)
        disk->fail(FailingDisk::Writes, FailingDisk::Files::Database);
}
} // namespace
