#pragma once

// The parts of a workbook as the workbook fuzzer's input holds them, cut at
// NUL bytes in this order: where Excel and the app's own writer put them.

namespace triangle::fuzz {

inline const char *const WorkbookParts[] = {
    "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml",
    "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml",
    "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml", "xl/worksheets/sheet7.xml", "xl/worksheets/sheet8.xml",
    "xl/worksheets/sheet9.xml", "xl/worksheets/sheet10.xml", "xl/worksheets/sheet11.xml", "xl/worksheets/sheet12.xml",
    "xl/worksheets/sheet13.xml", "xl/worksheets/sheet14.xml",
};
inline constexpr int WorkbookPartCount = int(sizeof WorkbookParts / sizeof WorkbookParts[0]);

} // namespace triangle::fuzz
