#pragma once

// Writes a scoring packet (issue 22) as the workbook one expert fills in for
// one Delphi round, for Excel, WPS and LibreOffice:
// - Instructions: who, which stage and round, the deadline, what to do, the
//   scale, what the expert sees of the panel (nothing in round 1; the last
//   round's median and quartiles after), and each indicator's definition and
//   rubric anchors;
// - Scores: a row per region × indicator, with a dropdown of the indicator's
//   anchors, a score cell that takes only 0–10 in steps of 0.1, a note, and
//   from round 2 the panel's feedback and a reason, its cell marked while a
//   score outside the panel's quartiles has none;
// - Comparisons, when the packet asks for pairwise comparisons: a row per
//   pair, with a dropdown of Saaty's scale;
// - two hidden sheets: the anchor lists (a list may be longer than the 255
//   characters a dropdown's own list holds) and the packet's keys, with the
//   format's name that ScoringPacketReader recognises.
// Hidden key columns on each row map the answers back (ScoringPacketLayout.h).
// Every sheet is protected without a password, so the expert is never asked
// for one; only the input cells are unlocked.
//
// The workbook's fixed text is in the packet's language (ScopedLanguage),
// whatever the user's; the packet's names are already in it. What goes wrong
// with the file itself is said in the user's language.

#include "ScoringPacket.h"

#include <QString>

namespace triangle {

// Returns an empty string, or a sentence saying what went wrong. The file is
// replaced only when the whole workbook was written.
QString writeScoringPacket(const ScoringPacket &packet, const QString &path);

} // namespace triangle
