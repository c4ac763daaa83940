#include "ScoringPacketWriter.h"

#include "model/ScopedLanguage.h"

#include "ScoringPacketLayout.h"
#include "XlsxOutput.h"
#include "XlsxReader.h"
#include "model/Dimension.h"
#include "model/DomainNames.h"

#include <QCoreApplication>
#include <QHash>

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ScoringPacketWriter)
};

namespace L = packetlayout;

// "7", "7.5", "6.25": an anchor's score as short as it is exact to 0.01.
QString shortNumber(double value) { return QString::number(std::round(value * 100.0) / 100.0, 'g', 10); }

// "5.0", "6.25": a quartile with one decimal, or two where it has them.
QString quartileText(double value)
{
    const double hundredths = std::round(value * 100.0);
    return QString::number(hundredths / 100.0, 'f', std::fmod(hundredths, 10.0) == 0.0 ? 1 : 2);
}

// Saaty's scale as the dropdown lists it, A over B: 9 … 2, 1, 1/2 … 1/9.
const std::array<const char *, 18> SaatyTexts{"9", "8", "7", "6", "5", "4", "3", "2", "1", "1/2", "1/3", "1/4", "1/5", "1/6", "1/7", "1/8", "1/9", nullptr};

// The scale's text nearest to a pre-filled value.
QString saatyText(double value)
{
    QString nearest;
    double best = INFINITY;
    for (int i = 0; i < 17; ++i) {
        const QString text = QString::fromLatin1(SaatyTexts[size_t(i)]);
        const double v = text.contains(QLatin1Char('/')) ? 1.0 / text.section(QLatin1Char('/'), 1).toDouble() : text.toDouble();
        if (std::fabs(std::log(value) - std::log(v)) < best) {
            best = std::fabs(std::log(value) - std::log(v));
            nearest = text;
        }
    }
    return nearest;
}

// A row tall enough for each wrapped cell's lines (neither Excel nor
// LibreOffice fits a row's height to wrapped text when it opens a file):
// each cell's text with its column's width.
double rowHeight(const QList<std::pair<QString, int>> &cells)
{
    int lines = 1;
    for (const auto &[content, width] : cells) {
        int cellLines = 0;
        for (const QString &line : content.split(QLatin1Char('\n')))
            cellLines += std::max(1, int(std::ceil(double(xlsxDisplayWidth(line)) / std::max(1, width - 2))));
        lines = std::max(lines, cellLines);
    }
    return 16.0 * lines + 2.0;
}

QString scopeName(const QString &scope)
{
    if (const auto dimension = dimensionFromKey(scope))
        return dimensionName(*dimension);
    return Tr::tr("Dimensions");
}

class PacketWorkbook
{
public:
    PacketWorkbook(const ScoringPacket &packet, const QString &file)
        : m_packet(packet)
    {
        lxw_workbook_options options{};
        m_workbook = workbook_new_opt(text(file), &options);
        if (!m_workbook)
            return;
        for (const PacketIndicator &indicator : packet.indicators)
            m_indicators.insert(indicator.indicatorId, &indicator);
        m_feedback = packet.round >= 2 || std::any_of(packet.items.cbegin(), packet.items.cend(), [](const PacketItem &i) { return i.feedback.has_value(); });

        m_title = workbook_add_format(m_workbook);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        m_label = workbook_add_format(m_workbook);
        format_set_bold(m_label);
        format_set_align(m_label, LXW_ALIGN_VERTICAL_TOP);
        m_paragraph = workbook_add_format(m_workbook);
        format_set_text_wrap(m_paragraph);
        format_set_align(m_paragraph, LXW_ALIGN_VERTICAL_TOP);
        m_header = workbook_add_format(m_workbook);
        format_set_bold(m_header);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(m_header, 0xE7EEF7);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        m_cell = workbook_add_format(m_workbook);
        format_set_text_wrap(m_cell);
        format_set_align(m_cell, LXW_ALIGN_VERTICAL_TOP);
        m_centred = workbook_add_format(m_workbook);
        format_set_align(m_centred, LXW_ALIGN_CENTER);
        format_set_align(m_centred, LXW_ALIGN_VERTICAL_TOP);
        m_number = workbook_add_format(m_workbook);
        format_set_num_format(m_number, "0.0#");
        format_set_align(m_number, LXW_ALIGN_VERTICAL_TOP);
        m_inputText = inputFormat();
        format_set_text_wrap(m_inputText);
        // What the reason cell turns to while a reason is wanted.
        m_reasonWanted = workbook_add_format(m_workbook);
        format_set_bg_color(m_reasonWanted, 0xF8CBAD);
        m_inputScore = inputFormat();
        format_set_num_format(m_inputScore, "0.0");
        // Text, so that a "1/3" picked or typed stays "1/3" and is never made a date.
        m_inputSaaty = inputFormat();
        format_set_num_format(m_inputSaaty, "@");
        format_set_align(m_inputSaaty, LXW_ALIGN_CENTER);
    }
    ~PacketWorkbook()
    {
        if (m_workbook)
            workbook_close(m_workbook); // only when close() was not reached
    }
    PacketWorkbook(const PacketWorkbook &) = delete;
    PacketWorkbook &operator=(const PacketWorkbook &) = delete;

    bool ok() const { return m_workbook != nullptr; }

    QString write()
    {
        for (const PacketItem &item : m_packet.items) {
            if (!m_indicators.contains(item.indicatorId))
                return Tr::tr("the packet's item %1 names an indicator the packet does not describe").arg(item.indicatorKey);
        }
        // Sheets in the order the expert reads them; the hidden ones last.
        lxw_worksheet *instructions = addSheet(Tr::tr("Instructions"));
        lxw_worksheet *scores = addSheet(scoresSheetName());
        lxw_worksheet *comparisons = m_packet.comparisons.isEmpty() ? nullptr : addSheet(comparisonsSheetName());
        lxw_worksheet *lists = addSheet(L::ListsSheet);
        lxw_worksheet *keys = addSheet(L::PacketSheet);
        if (!instructions || !scores || !lists || !keys || (!m_packet.comparisons.isEmpty() && !comparisons))
            return Tr::tr("its sheets cannot be added");
        writeInstructions(instructions);
        writeLists(lists);
        writeScores(scores);
        if (comparisons)
            writeComparisons(comparisons);
        writeKeys(keys);
        for (lxw_worksheet *sheet : {instructions, scores, comparisons, lists, keys}) {
            if (sheet)
                protect(sheet);
        }
        // Printed, each sheet one page wide.
        for (lxw_worksheet *sheet : {instructions, scores, comparisons}) {
            if (sheet) {
                worksheet_set_landscape(sheet);
                worksheet_set_paper(sheet, 9); // A4
                worksheet_fit_to_pages(sheet, 1, 0);
            }
        }
        worksheet_hide(lists);
        worksheet_hide(keys);
        worksheet_activate(instructions);
        const lxw_error result = workbook_close(m_workbook);
        m_workbook = nullptr;
        check(result, Tr::tr("the workbook"));
        return m_error;
    }

private:
    lxw_format *inputFormat()
    {
        lxw_format *format = workbook_add_format(m_workbook);
        format_set_unlocked(format);
        format_set_bg_color(format, 0xFFF8DC);
        format_set_border(format, LXW_BORDER_THIN);
        format_set_border_color(format, 0xBFBFBF);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        return format;
    }

    // UTF-8 that stays alive until the workbook is closed.
    const char *text(const QString &s)
    {
        m_texts.push_back(s.toUtf8());
        return m_texts.back().constData();
    }
    char *mutableText(const QString &s) { return const_cast<char *>(text(s)); }

    lxw_worksheet *addSheet(const QString &name) { return workbook_add_worksheet(m_workbook, text(name)); }

    void check(lxw_error result, const QString &where)
    {
        if (result != LXW_NO_ERROR && m_error.isEmpty())
            m_error = Tr::tr("%1: %2").arg(where, QString::fromUtf8(lxw_strerror(result)));
    }

    QString scoresSheetName() const { return Tr::tr("Scores"); }
    QString comparisonsSheetName() const { return Tr::tr("Comparisons"); }

    // Everything locked but the input cells; columns and rows may be made
    // wider or taller, nothing inserted or deleted.
    void protect(lxw_worksheet *sheet)
    {
        lxw_protection options{};
        options.format_columns = 1;
        options.format_rows = 1;
        worksheet_protect(sheet, nullptr, &options);
    }

    void hideColumns(lxw_worksheet *sheet, int first, int last)
    {
        lxw_row_col_options hidden{};
        hidden.hidden = 1;
        worksheet_set_column_opt(sheet, lxw_col_t(first), lxw_col_t(last), 12, nullptr, &hidden);
    }

    void hideRow(lxw_worksheet *sheet, int row)
    {
        lxw_row_col_options hidden{};
        hidden.hidden = 1;
        worksheet_set_row_opt(sheet, lxw_row_t(row), LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
    }

    // A paragraph across the instruction sheet's columns, its row as tall as
    // its wrapped lines (Excel does not fit a merged cell's height).
    void paragraph(lxw_worksheet *sheet, lxw_row_t row, const QString &content, lxw_format *format = nullptr)
    {
        const int lines = std::max(1, int(std::ceil(double(xlsxDisplayWidth(content)) / (InstructionWidth * 0.9))) + int(content.count(QLatin1Char('\n'))));
        worksheet_set_row(sheet, row, 15.0 * lines + 3.0, nullptr);
        check(worksheet_merge_range(sheet, row, 0, row, lxw_col_t(InstructionColumns.size() - 1), text(content), format ? format : m_paragraph),
              Tr::tr("sheet %1, row %2").arg(Tr::tr("Instructions")).arg(row + 1));
    }

    void writeInstructions(lxw_worksheet *sheet);
    void writeLists(lxw_worksheet *sheet);
    void writeScores(lxw_worksheet *sheet);
    void writeComparisons(lxw_worksheet *sheet);
    void writeKeys(lxw_worksheet *sheet);

    // The Scores sheet's headers the instructions name.
    QString reasonHeader() const { return Tr::tr("Reason (outside the range)"); }
    QString noteHeader() const { return Tr::tr("Note"); }

    static constexpr std::array<int, 5> InstructionColumns{18, 24, 44, 36, 56};
    static constexpr int InstructionWidth = 18 + 24 + 44 + 36 + 56;

    const ScoringPacket &m_packet;
    QHash<Id, const PacketIndicator *> m_indicators;
    QHash<Id, int> m_listColumn; // indicator → its column on the lists sheet
    bool m_feedback = false;
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_title = nullptr;
    lxw_format *m_label = nullptr;
    lxw_format *m_paragraph = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_cell = nullptr;
    lxw_format *m_centred = nullptr;
    lxw_format *m_number = nullptr;
    lxw_format *m_inputText = nullptr;
    lxw_format *m_inputScore = nullptr;
    lxw_format *m_reasonWanted = nullptr;
    lxw_format *m_inputSaaty = nullptr;
    std::deque<QByteArray> m_texts;
    QString m_error;
};

void PacketWorkbook::writeInstructions(lxw_worksheet *sheet)
{
    for (int c = 0; c < int(InstructionColumns.size()); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), InstructionColumns[size_t(c)], nullptr);
    lxw_row_t row = 0;
    worksheet_write_string(sheet, row, 0, text(Tr::tr("Expert scoring: %1, round %2").arg(m_packet.stageName).arg(m_packet.round)), m_title);
    row += 2;
    const QList<std::pair<QString, QString>> facts = {
        {Tr::tr("Expert"), m_packet.raterName},
        {Tr::tr("Stage"), m_packet.stageName},
        {Tr::tr("Round"), QString::number(m_packet.round)},
    };
    for (const auto &[label, value] : facts) {
        worksheet_write_string(sheet, row, 0, text(label), m_label);
        worksheet_write_string(sheet, row, 1, text(value), nullptr);
        ++row;
    }
    worksheet_write_string(sheet, row, 0, text(Tr::tr("Deadline")), m_label);
    if (m_packet.deadline.isEmpty()) {
        worksheet_write_blank(sheet, row, 1, m_inputText);
        worksheet_write_string(sheet, row, 2, text(Tr::tr("← note here the date you were asked to return the packet by")), nullptr);
    } else {
        worksheet_write_string(sheet, row, 1, text(m_packet.deadline), nullptr);
    }
    row += 2;

    const QString scores = scoresSheetName();
    QStringList steps;
    steps << Tr::tr("Open the sheet “%1”: it has one row for each region and indicator.").arg(scores);
    steps << Tr::tr("In each row, pick the rubric anchor that fits best, or type a score. The indicators and their anchors are "
                    "described below.");
    if (m_feedback)
        steps << Tr::tr("Compare your score with the panel's last round. When your new score lies outside the panel's range "
                        "(Q1–Q3), say why in the column “%1”.")
                     .arg(reasonHeader());
    steps << Tr::tr("Write in the column “%1” what your score rests on, where it helps the panel.").arg(noteHeader());
    if (!m_packet.comparisons.isEmpty())
        steps << Tr::tr("On the sheet “%1”, say for each pair how much more important the first is than the second.").arg(comparisonsSheetName());
    steps << Tr::tr("Save the workbook as it is (.xlsx), without renaming sheets or adding, moving or deleting rows, and send it back.");
    worksheet_write_string(sheet, row++, 0, text(Tr::tr("What to do")), m_label);
    for (int i = 0; i < steps.size(); ++i)
        paragraph(sheet, row++, QStringLiteral("%1. %2").arg(i + 1).arg(steps[i]));
    ++row;

    worksheet_write_string(sheet, row++, 0, text(Tr::tr("The scale")), m_label);
    paragraph(sheet, row++,
              Tr::tr("Scores run from 0 to 10 in steps of 0.1. Pick an anchor from the list, or type a score: a score between two "
                     "anchors is allowed when the region lies between them. A typed score counts; the anchor is used only when the "
                     "score is left empty. Give your reason in the note column."));
    if (m_feedback)
        paragraph(sheet, row++,
                  Tr::tr("Round %1: for each row you see the panel's median and interquartile range (Q1–Q3) from the last round, "
                         "how many experts answered, and your own score then. You may keep or change your score; when your new score "
                         "lies outside the range, give your reason in the column “%2”.")
                      .arg(m_packet.round)
                      .arg(reasonHeader()));
    else
        paragraph(sheet, row++, Tr::tr("This round is blind: you see no other expert's scores, and no other expert sees yours."));
    if (!m_packet.comparisons.isEmpty())
        paragraph(sheet, row++,
                  Tr::tr("Pairwise comparisons use Saaty's scale: 1 equal importance, 3 moderate, 5 strong, 7 very strong, 9 extreme; "
                         "2, 4, 6 and 8 lie between. Pick the number when the first item (A) is the more important, and its "
                         "reciprocal (1/3, 1/5 …) when the second (B) is."));
    ++row;

    worksheet_write_string(sheet, row++, 0, text(Tr::tr("The indicators")), m_label);
    const QStringList headers = {Tr::tr("Dimension"), Tr::tr("Indicator"), Tr::tr("Definition"), Tr::tr("How observed"), Tr::tr("Anchors")};
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, row, lxw_col_t(c), text(headers[c]), m_header);
    ++row;
    auto withWidths = [](const QStringList &cells) {
        QList<std::pair<QString, int>> sized;
        for (int c = 0; c < cells.size(); ++c)
            sized.append({cells[c], InstructionColumns[size_t(c)]});
        return sized;
    };
    for (const PacketIndicator &indicator : m_packet.indicators) {
        QStringList anchors;
        for (const PacketAnchor &anchor : indicator.anchors) {
            const QString head = shortNumber(anchor.score) + QString::fromUtf16(L::AnchorSeparator) + anchor.label;
            anchors << (anchor.description.isEmpty() ? head : Tr::tr("%1: %2").arg(head, anchor.description));
        }
        const QStringList cells = {dimensionName(indicator.dimension), indicator.name, indicator.definition, indicator.observation,
                                   anchors.join(QLatin1Char('\n'))};
        for (int c = 0; c < cells.size(); ++c)
            worksheet_write_string(sheet, row, lxw_col_t(c), text(cells[c]), m_cell);
        worksheet_set_row(sheet, row, rowHeight(withWidths(cells)), nullptr);
        ++row;
    }
}

// Each indicator's anchors down a column, "7 — 法规施行", for the dropdowns.
void PacketWorkbook::writeLists(lxw_worksheet *sheet)
{
    int column = 0;
    for (const PacketIndicator &indicator : m_packet.indicators) {
        m_listColumn.insert(indicator.indicatorId, column);
        for (int r = 0; r < indicator.anchors.size(); ++r) {
            const PacketAnchor &anchor = indicator.anchors[r];
            worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(column),
                                   text(shortNumber(anchor.score) + QString::fromUtf16(L::AnchorSeparator) + anchor.label), nullptr);
        }
        ++column;
    }
}

void PacketWorkbook::writeScores(lxw_worksheet *sheet)
{
    struct Column
    {
        QLatin1StringView key;
        QString title;
        int width;
    };
    QList<Column> columns = {{L::Region, Tr::tr("Region"), 14}, {L::DimensionColumn, Tr::tr("Dimension"), 14}, {L::Indicator, Tr::tr("Indicator"), 26}};
    if (m_feedback)
        columns << Column{L::Median, Tr::tr("Panel median"), 9} << Column{L::Quartiles, Tr::tr("Interquartile range (Q1–Q3)"), 13}
                << Column{L::Answers, Tr::tr("Answers"), 8} << Column{L::LastScore, Tr::tr("Your score last round"), 10};
    columns << Column{L::Anchor, Tr::tr("Anchor"), 30} << Column{L::Score, Tr::tr("Score (0–10)"), 9};
    if (m_feedback)
        columns << Column{L::Reason, reasonHeader(), 30};
    columns << Column{L::Note, noteHeader(), 36};
    const int firstKey = int(columns.size());
    for (const QLatin1StringView key : {L::PacketId, L::DatabaseId, L::RaterKey, L::RegionId, L::RegionKey, L::StageId, L::IndicatorId, L::IndicatorKey})
        columns << Column{key, QString(key), 12};
    auto at = [&columns](QLatin1StringView key) {
        for (int c = 0; c < columns.size(); ++c) {
            if (columns[c].key == key)
                return lxw_col_t(c);
        }
        return lxw_col_t(0);
    };

    // Columns as wide as the longest name they hold, within bounds.
    for (const PacketItem &item : m_packet.items) {
        const PacketIndicator &indicator = *m_indicators.value(item.indicatorId);
        columns[0].width = std::max(columns[0].width, xlsxDisplayWidth(item.regionName) + 2);
        columns[1].width = std::max(columns[1].width, xlsxDisplayWidth(dimensionName(indicator.dimension)) + 2);
        columns[2].width = std::max(columns[2].width, xlsxDisplayWidth(indicator.name) + 2);
    }
    columns[0].width = std::min(columns[0].width, 30);
    columns[1].width = std::min(columns[1].width, 26);
    columns[2].width = std::min(columns[2].width, 40);

    for (int c = 0; c < columns.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columns[c].width, nullptr);
        worksheet_write_string(sheet, L::HeaderRow - 1, lxw_col_t(c), text(columns[c].title), m_header);
        worksheet_write_string(sheet, L::KeyRow - 1, lxw_col_t(c), text(columns[c].key), nullptr);
    }
    {
        QList<std::pair<QString, int>> titles;
        for (int c = 0; c < firstKey; ++c)
            titles.append({columns[c].title, columns[c].width});
        worksheet_set_row(sheet, L::HeaderRow - 1, rowHeight(titles), nullptr);
    }
    hideColumns(sheet, firstKey, int(columns.size()) - 1);
    hideRow(sheet, L::KeyRow - 1);
    worksheet_freeze_panes(sheet, L::KeyRow, 0);

    lxw_row_t row = L::FirstItemRow - 1;
    for (const PacketItem &item : m_packet.items) {
        const PacketIndicator &indicator = *m_indicators.value(item.indicatorId);
        worksheet_write_string(sheet, row, at(L::Region), text(item.regionName), m_cell);
        worksheet_write_string(sheet, row, at(L::DimensionColumn), text(dimensionName(indicator.dimension)), m_cell);
        worksheet_write_string(sheet, row, at(L::Indicator), text(indicator.name), m_cell);
        worksheet_set_row(sheet, row,
                          rowHeight({{item.regionName, columns[at(L::Region)].width},
                                     {dimensionName(indicator.dimension), columns[at(L::DimensionColumn)].width},
                                     {indicator.name, columns[at(L::Indicator)].width},
                                     {item.note, columns[at(L::Note)].width}}),
                          nullptr);
        if (m_feedback && item.feedback) {
            const PacketFeedback &f = *item.feedback;
            worksheet_write_number(sheet, row, at(L::Median), f.median, m_number);
            worksheet_write_string(sheet, row, at(L::Quartiles), text(quartileText(f.lowerQuartile) + u'–' + quartileText(f.upperQuartile)), m_centred);
            worksheet_write_number(sheet, row, at(L::Answers), f.answers, m_cell);
            if (f.ownScore)
                worksheet_write_number(sheet, row, at(L::LastScore), *f.ownScore, m_number);
        }
        worksheet_write_blank(sheet, row, at(L::Anchor), m_inputText);
        if (const int list = m_listColumn.value(item.indicatorId, -1); list >= 0 && !indicator.anchors.isEmpty()) {
            const QString column = xlsxColumnName(list);
            lxw_data_validation anchors{};
            anchors.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
            anchors.value_formula = mutableText(QStringLiteral("=%1!$%2$1:$%2$%3").arg(L::ListsSheet, column).arg(indicator.anchors.size()));
            anchors.input_title = mutableText(Tr::tr("Rubric anchor"));
            anchors.input_message = mutableText(Tr::tr("Pick the anchor that fits best. It counts when the score cell is left empty."));
            anchors.error_title = mutableText(Tr::tr("Not an anchor"));
            anchors.error_message = mutableText(Tr::tr("Pick one of the listed anchors, or leave the cell empty and type a score."));
            check(worksheet_data_validation_cell(sheet, row, at(L::Anchor), &anchors), Tr::tr("sheet %1, row %2").arg(scoresSheetName()).arg(row + 1));
        }
        if (item.score)
            worksheet_write_number(sheet, row, at(L::Score), *item.score, m_inputScore);
        else
            worksheet_write_blank(sheet, row, at(L::Score), m_inputScore);
        if (m_feedback) {
            worksheet_write_blank(sheet, row, at(L::Reason), m_inputText);
            if (item.feedback) {
                // The reason cell stands out while a score outside the panel's quartiles has none.
                const QString score = xlsxColumnName(at(L::Score)) + QString::number(row + 1);
                const QString reason = xlsxColumnName(at(L::Reason)) + QString::number(row + 1);
                lxw_conditional_format wanted{};
                wanted.type = LXW_CONDITIONAL_TYPE_FORMULA;
                wanted.value_string = mutableText(QStringLiteral("=AND(ISNUMBER(%1),OR(%1<%2,%1>%3),LEN(TRIM(%4))=0)")
                                                      .arg(score, QString::number(item.feedback->lowerQuartile, 'g', 15),
                                                           QString::number(item.feedback->upperQuartile, 'g', 15), reason));
                wanted.format = m_reasonWanted;
                check(worksheet_conditional_format_cell(sheet, row, at(L::Reason), &wanted),
                      Tr::tr("sheet %1, row %2").arg(scoresSheetName()).arg(row + 1));
            }
        }
        if (item.note.isEmpty())
            worksheet_write_blank(sheet, row, at(L::Note), m_inputText);
        else
            worksheet_write_string(sheet, row, at(L::Note), text(item.note), m_inputText);
        const QStringList keys = {m_packet.packetId,         m_packet.databaseId,          m_packet.raterKey, QString::number(item.regionId),
                                  item.regionKey,            QString::number(m_packet.stageId), QString::number(item.indicatorId), item.indicatorKey};
        for (int k = 0; k < keys.size(); ++k)
            check(worksheet_write_string(sheet, row, lxw_col_t(firstKey + k), text(keys[k]), nullptr),
                  Tr::tr("sheet %1, row %2").arg(scoresSheetName()).arg(row + 1));
        ++row;
    }
    if (!m_packet.items.isEmpty()) {
        // A number from 0 to 10 on the 0.1 grid; the formula is relative to the range's first cell.
        const QString first = xlsxColumnName(at(L::Score)) + QString::number(L::FirstItemRow);
        lxw_data_validation score{};
        score.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
        score.value_formula = mutableText(QStringLiteral("=AND(ISNUMBER(%1),%1>=0,%1<=10,ABS(%1*10-ROUND(%1*10,0))<0.000001)").arg(first));
        score.input_title = mutableText(Tr::tr("Score 0–10"));
        score.input_message = mutableText(Tr::tr("A number from 0 to 10 in steps of 0.1, such as 6.5; or pick an anchor instead."));
        score.error_title = mutableText(Tr::tr("Not a score"));
        score.error_message = mutableText(Tr::tr("Type a number from 0 to 10 with at most one decimal (steps of 0.1), or leave the cell empty."));
        check(worksheet_data_validation_range(sheet, L::FirstItemRow - 1, at(L::Score), row - 1, at(L::Score), &score),
              Tr::tr("sheet %1, column %2").arg(scoresSheetName(), Tr::tr("Score (0–10)")));
    }
}

void PacketWorkbook::writeComparisons(lxw_worksheet *sheet)
{
    const QStringList titles = {Tr::tr("Compared within"), Tr::tr("A"), Tr::tr("B"), Tr::tr("A over B (Saaty 1–9)")};
    const QList<QLatin1StringView> keys = {L::Scope, L::First, L::Second, L::Value, L::PacketId, L::ScopeKey, L::FirstKey, L::SecondKey};
    QList<int> widths = {18, 30, 30, 14};
    for (const PacketComparison &pair : m_packet.comparisons) {
        widths[0] = std::clamp(xlsxDisplayWidth(scopeName(pair.scope)) + 2, widths[0], 26);
        widths[1] = std::clamp(xlsxDisplayWidth(pair.firstName) + 2, widths[1], 40);
        widths[2] = std::clamp(xlsxDisplayWidth(pair.secondName) + 2, widths[2], 40);
    }
    for (int c = 0; c < keys.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.value(c, 12), nullptr);
        worksheet_write_string(sheet, L::HeaderRow - 1, lxw_col_t(c), text(titles.value(c, QString(keys[c]))), m_header);
        worksheet_write_string(sheet, L::KeyRow - 1, lxw_col_t(c), text(keys[c]), nullptr);
    }
    worksheet_set_row(sheet, L::HeaderRow - 1, rowHeight({{titles[0], widths[0]}, {titles[3], widths[3]}}), nullptr);
    hideColumns(sheet, int(titles.size()), int(keys.size()) - 1);
    hideRow(sheet, L::KeyRow - 1);
    worksheet_freeze_panes(sheet, L::KeyRow, 0);
    lxw_row_t row = L::FirstItemRow - 1;
    for (const PacketComparison &pair : m_packet.comparisons) {
        worksheet_write_string(sheet, row, 0, text(scopeName(pair.scope)), m_cell);
        worksheet_write_string(sheet, row, 1, text(pair.firstName), m_cell);
        worksheet_write_string(sheet, row, 2, text(pair.secondName), m_cell);
        worksheet_set_row(sheet, row, rowHeight({{scopeName(pair.scope), widths[0]}, {pair.firstName, widths[1]}, {pair.secondName, widths[2]}}), nullptr);
        if (pair.value && *pair.value > 0)
            worksheet_write_string(sheet, row, 3, text(saatyText(*pair.value)), m_inputSaaty);
        else
            worksheet_write_blank(sheet, row, 3, m_inputSaaty);
        const QStringList hidden = {m_packet.packetId, pair.scope, pair.firstKey, pair.secondKey};
        for (int k = 0; k < hidden.size(); ++k)
            check(worksheet_write_string(sheet, row, lxw_col_t(4 + k), text(hidden[k]), nullptr),
                  Tr::tr("sheet %1, row %2").arg(comparisonsSheetName()).arg(row + 1));
        ++row;
    }
    lxw_data_validation saaty{};
    saaty.validate = LXW_VALIDATION_TYPE_LIST;
    static std::array<const char *, 18> list = SaatyTexts;
    saaty.value_list = const_cast<char **>(list.data());
    saaty.input_title = mutableText(Tr::tr("How much more important is A?"));
    saaty.input_message = mutableText(Tr::tr("1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/3 … 1/9 when B is the more important."));
    saaty.error_title = mutableText(Tr::tr("Not on Saaty's scale"));
    saaty.error_message = mutableText(Tr::tr("Pick a value from the list: 9 … 2, 1, 1/2 … 1/9."));
    check(worksheet_data_validation_range(sheet, L::FirstItemRow - 1, 3, row - 1, 3, &saaty),
          Tr::tr("sheet %1, column %2").arg(comparisonsSheetName(), titles[3]));
}

// The packet's keys and the format's name, key | value.
void PacketWorkbook::writeKeys(lxw_worksheet *sheet)
{
    const QList<std::pair<QLatin1StringView, QString>> values = {
        {L::FormatKey, QStringLiteral("%1 %2").arg(L::FormatName).arg(L::FormatVersion)},
        {L::PacketId, m_packet.packetId},
        {L::DatabaseId, m_packet.databaseId},
        {L::RaterId, QString::number(m_packet.raterId)},
        {L::RaterKey, m_packet.raterKey},
        {L::Round, QString::number(m_packet.round)},
        {L::StageId, QString::number(m_packet.stageId)},
        {L::StageKey, m_packet.stageKey},
        {L::Language, m_packet.language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")},
        {L::CreatedAt, m_packet.createdAt},
        {L::ScoresSheet, scoresSheetName()},
        {L::ComparisonsSheet, m_packet.comparisons.isEmpty() ? QString() : comparisonsSheetName()},
        {L::ItemCount, QString::number(m_packet.items.size())},
        {L::ComparisonCount, QString::number(m_packet.comparisons.size())},
    };
    worksheet_set_column(sheet, 0, 0, 20, nullptr);
    worksheet_set_column(sheet, 1, 1, 40, nullptr);
    for (int r = 0; r < values.size(); ++r) {
        worksheet_write_string(sheet, lxw_row_t(r), 0, text(values[r].first), nullptr);
        if (!values[r].second.isEmpty())
            check(worksheet_write_string(sheet, lxw_row_t(r), 1, text(values[r].second), nullptr),
                  Tr::tr("sheet %1, row %2").arg(QString(L::PacketSheet)).arg(r + 1));
    }
}

} // namespace

QString writeScoringPacket(const ScoringPacket &packet, const QString &path)
{
    bool started = true;
    return writeWholeWorkbook(path, [&packet, &started](const QString &built) {
        QString fault;
        {
            // The workbook in the expert's language; what goes wrong with
            // the file (a full disk, a folder not there) in the user's.
            const ScopedLanguage expertsLanguage(packet.language);
            PacketWorkbook workbook(packet, built);
            started = workbook.ok();
            if (started)
                fault = workbook.write();
        }
        return started ? fault : Tr::tr("the workbook cannot be started");
    });
}

} // namespace triangle
