#include "DataWorkbook.h"

#include "DataFiles.h"
#include "DataTables.h"
#include "OutputFile.h"
#include "XlsxReader.h"
#include "analysis/MetricsText.h"
#include "analysis/TriangleMetrics.h"
#include "model/DomainNames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <deque>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DataWorkbook)
};

// ---- Writing ---------------------------------------------------------------

// Columns as wide as their text, in Excel's units of one digit: East Asian
// wide characters take two.
int displayWidth(const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        int width = 0;
        for (const char32_t c : line.toUcs4()) {
            const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
            width += wide ? 2 : 1;
        }
        widest = std::max(widest, width);
    }
    return widest;
}

constexpr int MinColumnWidth = 6;
constexpr int MaxColumnWidth = 60;

// One workbook being written with libxlsxwriter: its formats, the texts it
// was handed (the library keeps some pointers until it closes), the first error.
class WorkbookWriter
{
public:
    explicit WorkbookWriter(const QString &file)
    {
        lxw_workbook_options options{};
        m_workbook = workbook_new_opt(text(file), &options);
        if (!m_workbook)
            return;
        m_title = workbook_add_format(m_workbook);
        format_set_bold(m_title);
        format_set_bg_color(m_title, 0xE7EEF7);
        format_set_bottom(m_title, LXW_BORDER_THIN);
        m_key = workbook_add_format(m_workbook);
        format_set_italic(m_key);
        format_set_font_color(m_key, 0x7F7F7F);
        format_set_bottom(m_key, LXW_BORDER_THIN);
        m_date = workbook_add_format(m_workbook);
        format_set_num_format(m_date, "yyyy-mm-dd");
        // Text format for partial dates, so that one typed over stays text.
        m_text = workbook_add_format(m_workbook);
        format_set_num_format(m_text, "@");
        m_twoDecimals = workbook_add_format(m_workbook);
        format_set_num_format(m_twoDecimals, "0.00");
        m_threeDecimals = workbook_add_format(m_workbook);
        format_set_num_format(m_threeDecimals, "0.000");
    }
    ~WorkbookWriter()
    {
        if (m_workbook)
            workbook_close(m_workbook); // only when close() was not reached
    }
    WorkbookWriter(const WorkbookWriter &) = delete;
    WorkbookWriter &operator=(const WorkbookWriter &) = delete;

    bool ok() const { return m_workbook && m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // UTF-8 that stays alive until the workbook is closed.
    const char *text(const QString &s)
    {
        m_texts.push_back(s.toUtf8());
        return m_texts.back().constData();
    }

    lxw_worksheet *addSheet(const QString &name) { return workbook_add_worksheet(m_workbook, text(name)); }

    void check(lxw_error result, const QString &where)
    {
        if (result != LXW_NO_ERROR && m_error.isEmpty())
            m_error = Tr::tr("%1: %2").arg(where, QString::fromUtf8(lxw_strerror(result)));
    }

    // One data table: readable headers, field keys, the rows; both header rows frozen.
    void writeTable(const DataTableSpec &spec, const QList<QStringList> &rows)
    {
        const QString table = QLatin1StringView(spec.name);
        lxw_worksheet *sheet = addSheet(table);
        QList<int> widths;
        for (int c = 0; c < spec.columns.size(); ++c) {
            const QString key = QLatin1StringView(spec.columns[c].key);
            const QString title = dataColumnTitle(table, key);
            widths << std::max(displayWidth(title), displayWidth(key));
            worksheet_write_string(sheet, 0, lxw_col_t(c), text(title), m_title);
            worksheet_write_string(sheet, 1, lxw_col_t(c), text(key), m_key);
        }
        for (int r = 0; r < rows.size(); ++r) {
            const lxw_row_t row = lxw_row_t(r + 2);
            for (int c = 0; c < spec.columns.size(); ++c) {
                const QString value = rows[r].value(c);
                if (value.isEmpty())
                    continue;
                widths[c] = std::max(widths[c], displayWidth(value));
                check(writeCell(sheet, row, lxw_col_t(c), value, spec.columns[c].type),
                      Tr::tr("sheet %1, row %2, column %3").arg(table).arg(row + 1).arg(QLatin1StringView(spec.columns[c].key)));
            }
        }
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths[c] + 2, MinColumnWidth, MaxColumnWidth), nullptr);
        worksheet_freeze_panes(sheet, 2, 0);
    }

    void writeTriangles(const DataSet &data);

    QString close()
    {
        const lxw_error result = workbook_close(m_workbook);
        m_workbook = nullptr;
        check(result, Tr::tr("the workbook"));
        return m_error;
    }

private:
    lxw_error writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QString &value, ColumnType type)
    {
        switch (type) {
        case ColumnType::Integer:
        case ColumnType::Number: {
            bool isNumber = false;
            const double number = value.toDouble(&isNumber);
            if (isNumber)
                return worksheet_write_number(sheet, row, col, number, nullptr);
            break;
        }
        case ColumnType::Date: {
            const auto date = PartialDate::parse(value);
            if (date && date->precision() == PartialDate::Precision::Day) {
                lxw_datetime day{date->year(), date->month(), date->day(), 0, 0, 0.0};
                return worksheet_write_datetime(sheet, row, col, &day, m_date);
            }
            return worksheet_write_string(sheet, row, col, text(value), m_text);
        }
        case ColumnType::Text:
        case ColumnType::Dimensions: break;
        }
        return worksheet_write_string(sheet, row, col, text(value), nullptr);
    }

    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_title = nullptr;
    lxw_format *m_key = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_text = nullptr;
    lxw_format *m_twoDecimals = nullptr;
    lxw_format *m_threeDecimals = nullptr;
    std::deque<QByteArray> m_texts;
    QString m_error;
};

// Each assessment's metrics, a region's stages together in stage order, and
// below them a radar chart per region: a series per stage over the three
// dimensions, drawn from the cells, so it stays editable. Printed landscape,
// one page wide.
void WorkbookWriter::writeTriangles(const DataSet &data)
{
    const QString sheetName = Tr::tr("Triangles");
    lxw_worksheet *sheet = addSheet(sheetName);
    const QStringList header = {Tr::tr("Region code"), Tr::tr("Region"), Tr::tr("Stage"), dimensionShortName(Dimension::Mission),
                                dimensionShortName(Dimension::Political), dimensionShortName(Dimension::Operational),
                                Tr::tr("Area"), Tr::tr("Balance"), Tr::tr("Area ratio"), Tr::tr("Leading dimension"), Tr::tr("Form")};
    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        widths << displayWidth(header[c]);
        worksheet_write_string(sheet, 0, lxw_col_t(c), text(header[c]), m_title);
    }
    worksheet_freeze_panes(sheet, 1, 0);

    QHash<QString, QString> stageNames;
    QHash<QString, int> stageOrder;
    for (const StageRecord &s : data.stages) {
        stageNames.insert(s.stage.key, localizedName(s.stage.nameZh, s.stage.nameEn));
        stageOrder.insert(s.stage.key, s.stage.sortOrder);
    }
    lxw_row_t row = 1;
    QList<std::pair<lxw_chart *, QString>> charts; // with the region's name
    auto put = [&](int c, const QString &value) {
        widths[c] = std::max(widths[c], displayWidth(value));
        worksheet_write_string(sheet, row, lxw_col_t(c), text(value), nullptr);
    };
    for (const RegionRecord &region : data.regions) {
        QList<const AssessmentRecord *> assessments;
        for (const AssessmentRecord &a : data.assessments) {
            if (a.regionCode == region.region.code)
                assessments << &a;
        }
        if (assessments.isEmpty())
            continue;
        std::stable_sort(assessments.begin(), assessments.end(), [&](const AssessmentRecord *a, const AssessmentRecord *b) {
            return stageOrder.value(a->stageKey) < stageOrder.value(b->stageKey);
        });
        const QString regionName = localizedName(region.region.nameZh, region.region.nameEn);
        lxw_chart *chart = workbook_add_chart(m_workbook, LXW_CHART_RADAR_WITH_MARKERS);
        for (const AssessmentRecord *a : assessments) {
            const DimensionScores &scores = a->assessment.scores;
            const TriangleMetrics metrics = analyse(scores);
            put(0, region.region.code);
            put(1, regionName);
            put(2, stageNames.value(a->stageKey, a->stageKey));
            int c = 3;
            for (Dimension d : AllDimensions)
                worksheet_write_number(sheet, row, lxw_col_t(c++), scores[d], nullptr);
            worksheet_write_number(sheet, row, 6, metrics.area, m_twoDecimals);
            worksheet_write_number(sheet, row, 7, metrics.balance, m_threeDecimals);
            worksheet_write_number(sheet, row, 8, metrics.areaRatio, m_threeDecimals);
            put(9, leadersText(metrics.leaders));
            put(10, formName(metrics.form));

            lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
            const char *name = text(sheetName);
            chart_series_set_categories(series, name, 0, 3, 0, 5);
            chart_series_set_values(series, name, row, 3, row, 5);
            chart_series_set_name_range(series, name, row, 2);
            ++row;
        }
        chart_title_set_name(chart, text(regionName));
        chart_axis_set_min(chart->y_axis, 0);
        chart_axis_set_max(chart->y_axis, 10);
        chart_axis_set_major_unit(chart->y_axis, 2);
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        charts.append({chart, regionName});
    }
    // Two charts side by side below the table, each 480 × 288 pixels (16 rows).
    for (int i = 0; i < charts.size(); ++i) {
        lxw_chart_options place{};
        place.x_offset = (i % 2) * 500;
        place.x_scale = 1;
        place.y_scale = 1;
        place.description = const_cast<char *>(text(Tr::tr("Triangles of %1").arg(charts[i].second)));
        check(worksheet_insert_chart_opt(sheet, row + 1 + lxw_row_t((i / 2) * 16), 0, charts[i].first, &place),
              Tr::tr("sheet %1").arg(sheetName));
    }
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths[c] + 2, MinColumnWidth, MaxColumnWidth), nullptr);
}

// ---- Reading ---------------------------------------------------------------

QString dateText(const XlsxCell &cell, const XlsxWorkbook &workbook)
{
    const double v = cell.number;
    // A year typed into a cell: a date cell shows 2016 as a day in 1905,
    // which no record of offices affairs reform is about.
    if (v == std::floor(v) && v >= PartialDate::MinYear && v <= PartialDate::MaxYear)
        return QString::number(qint64(v));
    const QDate day = workbook.dateOfSerial(v);
    if (!day.isValid() || day.year() < PartialDate::MinYear || day.year() > PartialDate::MaxYear)
        return QString::number(v, 'g', 15);
    switch (cell.datePrecision.value_or(PartialDate::Precision::Day)) {
    case PartialDate::Precision::Year: return PartialDate::ofYear(day.year()).toString();
    case PartialDate::Precision::Month: return PartialDate::ofMonth(day.year(), day.month()).toString();
    case PartialDate::Precision::Day: break;
    }
    return PartialDate::ofDay(day.year(), day.month(), day.day()).toString();
}

// A cell as the text a CSV file would hold in a column of `type`: numbers in
// the form the reader parses, dates as partial-date strings; text as it is,
// so that a number stored as text (as WPS does) reads like a number.
QString cellText(const XlsxCell &cell, ColumnType type, const XlsxWorkbook &workbook)
{
    switch (cell.type) {
    case XlsxCell::Type::Text:
    case XlsxCell::Type::Error: return cell.text;
    case XlsxCell::Type::Boolean: return cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case XlsxCell::Type::Number: break;
    }
    if (type == ColumnType::Date || (type == ColumnType::Text && cell.datePrecision))
        return dateText(cell, workbook);
    return QString::number(cell.number, 'g', 15);
}

// A sheet as the table the CSV reader reads. Its field keys are in row 2
// under readable headers, as written; a sheet made by hand may have them in
// row 1: the row with more of the table's keys is taken.
SourceTable tableOfSheet(const XlsxSheet &sheet, const DataTableSpec &spec, const XlsxWorkbook &workbook)
{
    SourceTable table;
    table.table = QLatin1StringView(spec.name);
    table.shownName = Tr::tr("sheet %1").arg(sheet.name);
    table.rowsAre = SourceTable::Rows::Rows;
    QHash<QString, ColumnType> types;
    for (const DataColumn &c : spec.columns)
        types.insert(QLatin1StringView(c.key), c.type);
    auto knownKeys = [&](int row) {
        int known = 0;
        for (const XlsxCell &cell : sheet.rows.value(row))
            known += types.contains(cellText(cell, ColumnType::Text, workbook).trimmed()) ? 1 : 0;
        return known;
    };
    table.keyLine = knownKeys(1) > knownKeys(2) ? 1 : 2;
    const QMap<int, XlsxCell> keyRow = sheet.rows.value(table.keyLine);
    if (keyRow.isEmpty()) {
        table.error = Tr::tr("has no field keys in row %1 (the second row holds them, under the headers)").arg(table.keyLine);
        return table;
    }
    QMap<int, int> fieldOfColumn; // sheet column → position in the header
    for (auto it = keyRow.cbegin(); it != keyRow.cend(); ++it) {
        const QString key = cellText(it.value(), ColumnType::Text, workbook).trimmed();
        if (key.isEmpty())
            continue;
        fieldOfColumn.insert(it.key(), int(table.cells.header.size()));
        table.cells.header << key;
        if (table.keyLine == 2) {
            const XlsxCell title = sheet.rows.value(1).value(it.key());
            if (const QString text = cellText(title, ColumnType::Text, workbook).trimmed(); !text.isEmpty())
                table.titles.insert(key, text);
        }
    }
    for (auto row = sheet.rows.upperBound(table.keyLine); row != sheet.rows.cend(); ++row) {
        QStringList fields(table.cells.header.size());
        bool any = false;
        for (auto it = row.value().cbegin(); it != row.value().cend(); ++it) {
            const int field = fieldOfColumn.value(it.key(), -1);
            const ColumnType type = field < 0 ? ColumnType::Text : types.value(table.cells.header[field], ColumnType::Text);
            const QString text = cellText(it.value(), type, workbook);
            if (text.trimmed().isEmpty())
                continue;
            if (field < 0) {
                table.error = Tr::tr("column %1 has a value in row %2 but no field key in row %3")
                                  .arg(xlsxColumnName(it.key()))
                                  .arg(row.key())
                                  .arg(table.keyLine);
                return table;
            }
            fields[field] = text;
            any = true;
        }
        // A row with nothing in it is no record, as a blank line in a CSV file.
        if (any) {
            table.cells.rows << fields;
            table.cells.rowLines << row.key();
        }
    }
    return table;
}
} // namespace

DataReadOutput readDataWorkbook(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    auto specOf = [](const QString &sheet) -> const DataTableSpec * {
        for (const DataTableSpec &spec : dataTables()) {
            if (sheet.compare(QLatin1StringView(spec.name), Qt::CaseInsensitive) == 0)
                return &spec;
        }
        return nullptr;
    };
    QString error;
    // The Triangles sheet, and any other of the user's, is not read.
    const auto workbook = XlsxWorkbook::read(path, &error, [&](const QString &sheet) { return specOf(sheet) != nullptr; });
    if (!workbook)
        return {{}, {DataProblem{shown, error}}};
    QList<SourceTable> tables;
    for (const XlsxSheet &sheet : workbook->sheets) {
        const DataTableSpec *spec = specOf(sheet.name);
        const bool repeated = std::any_of(tables.cbegin(), tables.cend(), [&](const SourceTable &t) { return t.table == QLatin1StringView(spec->name); });
        if (repeated)
            return {{}, {DataProblem{shown, Tr::tr("has two sheets named %1").arg(QLatin1StringView(spec->name))}}};
        tables << tableOfSheet(sheet, *spec, *workbook);
    }
    if (tables.isEmpty()) {
        QStringList names;
        for (const DataTableSpec &spec : dataTables())
            names << QLatin1StringView(spec.name);
        return {{}, {DataProblem{shown, Tr::tr("has none of the sheets %1").arg(names.join(QStringLiteral(", ")))}}};
    }
    return readDataTables(tables);
}

QString writeDataWorkbook(const DataSet &data, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    // libxlsxwriter writes a file of its own; it is copied into place whole.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Tr::tr("“%1” cannot be written: no temporary folder (%2)").arg(shown, scratch.errorString());
    const QString built = scratch.filePath(QStringLiteral("workbook.xlsx"));
    {
        WorkbookWriter writer(built);
        if (!writer.ok())
            return Tr::tr("“%1” cannot be written: the workbook cannot be started").arg(shown);
        QHash<QString, QList<QStringList>> rows = dataTableRows(data);
        // A workbook is written whole, so its policies and milestones are gathered here.
        for (const QString &table : {QStringLiteral("policies"), QStringLiteral("milestones")}) {
            QList<QStringList> &list = rows[table];
            forEachTimelineRow(data, table, [&list](const QStringList &row) {
                list << row;
                return true;
            });
            if (list.isEmpty())
                rows.remove(table);
        }
        for (const DataTableSpec &spec : dataTables())
            writer.writeTable(spec, rows.value(QLatin1StringView(spec.name)));
        writer.writeTriangles(data);
        if (const QString error = writer.close(); !error.isEmpty())
            return Tr::tr("“%1” cannot be written: %2").arg(shown, error);
    }
    QFile in(built);
    if (!in.open(QIODevice::ReadOnly))
        return Tr::tr("“%1” cannot be written: %2").arg(shown, in.errorString());
    return writeOutputFile(path, in.readAll());
}

} // namespace triangle
