#pragma once

// Reads back a scoring packet (issue 22) an expert filled in, as Excel, WPS
// or LibreOffice saved it: the packet's keys from its hidden sheet, then each
// row of the Scores and Comparisons sheets by its hidden key columns
// (ScoringPacketLayout.h), whatever the packet's language.
//
// A score is a number, or text that reads as one (a dot or a comma before
// the decimals, as WPS or a pasted cell may leave it); when it is empty the
// anchor picked gives it ("7 — 法规施行" is 7). A score outside 0–10 or off
// the 0.1 grid, or no number at all, is a PacketProblem named by sheet, row
// and indicator, and the answer is left without a score. A comparison is
// "1/3" or a number on Saaty's scale. What shows the packet was altered — a
// sheet renamed or missing, a row whose hidden keys are missing, repeated or
// of another packet, the key row changed, rows added or deleted — goes to
// structureErrors, and the store refuses the packet.
//
// Sizes are bounded by XlsxPackage; a hostile file is an error, never a crash.

#include "ScoringPacket.h"

#include <QString>

#include <optional>

namespace triangle {

// Whether the file is a workbook with the packet sheet and its format's name;
// reads only the workbook's list of sheets and that sheet.
bool isScoringPacket(const QString &path);

// nullopt, with `error` set to a sentence, only for a file that cannot be
// read as a packet at all: no workbook, no packet sheet, a damaged part, a
// later format. Everything else is in the ReturnedPacket's problems and
// structureErrors.
std::optional<ReturnedPacket> readScoringPacket(const QString &path, QString *error);

} // namespace triangle
