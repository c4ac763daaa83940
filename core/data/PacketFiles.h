#pragma once

// Scoring packets as files: made from the database and written in the
// expert's language, and read back and imported, one file or a folder of
// them. The command line's `packet` and `import` and the window's Panel
// page all go through here.

#include "store/PanelRepository.h"
#include "store/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace triangle {

class Store;

// Records a packet for `request` and writes it to `path` in the expert's
// language, in one transaction: when the file cannot be written, no packet
// is recorded.
Result<ScoringPacket> makePacketFile(Store &store, const PacketRequest &request, const QString &path);

// "张三-优势三角-第1轮.xlsx": a file name for a packet, without characters a
// file system refuses.
QString packetFileName(const Rater &expert, const Stage &stage, int round);

// Reads a returned packet and imports it (PanelRepository::importPacket).
// A file that is no packet, cannot be read, or is one of the open databases
// is refused with a sentence naming it.
Result<PacketImportReport> importPacketFile(Store &store, const QString &path);

struct PacketFolderImport
{
    QList<PacketImportReport> imported;
    QList<std::pair<QString, QString>> refused; // file, why (nothing of it was written)
    QStringList skipped;                         // .xlsx files that are no packet
};

// Every returned packet (*.xlsx) in `folder`, in file-name order; each is
// imported or refused on its own. `progress(done, total)` is told after each.
PacketFolderImport importPacketFolder(Store &store, const QString &folder,
                                      const std::function<void(int, int)> &progress = {});

// What an import did, in sentences for the user: what was filled, left
// empty and out of range, by sheet, row and indicator.
QStringList describePacketImport(const PacketImportReport &report);

} // namespace triangle
