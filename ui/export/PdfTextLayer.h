#pragma once

#include <QByteArray>

namespace triangle {

// A PDF written by QPdfWriter with a text layer that reads back as written.
//
// Qt names each embedded glyph (the font's ToUnicode CMap) by the first
// character, in code point order, that the font's character map gives for it.
// Noto Sans CJK draws a Kangxi or CJK supplement radical and its unified
// ideograph with one glyph (⼴ U+2F34 and 广 U+5E7F, ⻆ U+2EC6 and 角 U+89D2,
// 300-odd pairs), and the radicals come first: the text extracted, searched or
// copied was "⼴东", "⼭西", "三⻆". Likewise a space read back as a tab.
// This renames those glyphs in the CMaps, in place (same length, so no offset
// moves), to the character a report writes: the ideograph, the space.
QByteArray withReadableTextLayer(QByteArray pdf);

} // namespace triangle
