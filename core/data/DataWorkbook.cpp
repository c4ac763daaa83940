#include "DataWorkbook.h"

#include "CsvFileRows.h"
#include "DataFingerprint.h"
#include "DataSetAgreement.h"
#include "Provenance.h"
#include "CsvTable.h"
#include "DataFiles.h"
#include "DataTables.h"
#include "JsonDataReader.h"
#include "XlsxOutput.h"
#include "XlsxReader.h"
#include "analysis/AgreementText.h"
#include "analysis/MetricsText.h"
#include "analysis/TriangleMetrics.h"
#include "model/DomainNames.h"
#include "model/SeriesPalette.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <deque>
#include <utility>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DataWorkbook)
};

// ---- Writing ---------------------------------------------------------------

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
            widths << std::max(xlsxDisplayWidth(title), xlsxDisplayWidth(key));
            worksheet_write_string(sheet, 0, lxw_col_t(c), text(title), m_title);
            worksheet_write_string(sheet, 1, lxw_col_t(c), text(key), m_key);
        }
        for (int r = 0; r < rows.size(); ++r) {
            const lxw_row_t row = lxw_row_t(r + 2);
            for (int c = 0; c < spec.columns.size(); ++c) {
                const QString value = rows[r].value(c);
                if (value.isEmpty())
                    continue;
                widths[c] = std::max(widths[c], xlsxDisplayWidth(value));
                check(writeCell(sheet, row, lxw_col_t(c), value, spec.columns[c].type),
                      Tr::tr("sheet %1, row %2, column %3").arg(table).arg(row + 1).arg(QLatin1StringView(spec.columns[c].key)));
            }
        }
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths[c] + 2, MinColumnWidth, MaxColumnWidth), nullptr);
        worksheet_freeze_panes(sheet, 2, 0);
    }

    void writeTriangles(const DataSet &data);
    void writeAgreement(const DataSet &data);
    void writeAbout(const DataSet &data);

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
// dimensions, drawn from the cells, so it stays editable, each stage in the
// colour the app draws it in. Printed landscape, one page wide.
void WorkbookWriter::writeTriangles(const DataSet &data)
{
    // Excel's and LibreOffice's radar charts run clockwise from the top; the
    // app's triangle has mission at the top, political lower left and
    // operational lower right. The charts read the scores in this order from
    // three columns of formulas after the table, so that they are not mirrored.
    constexpr std::array<Dimension, 3> ChartOrder{Dimension::Mission, Dimension::Operational, Dimension::Political};
    constexpr int ChartColumn = 11; // after Form
    auto scoreColumn = [](Dimension d) { return QChar(char16_t(u'D' + index(d))); }; // the table's column of `d`'s score
    const QString sheetName = Tr::tr("Triangles");
    lxw_worksheet *sheet = addSheet(sheetName);
    const QStringList header = {Tr::tr("Region code"), Tr::tr("Region"), Tr::tr("Stage"), dimensionShortName(Dimension::Mission),
                                dimensionShortName(Dimension::Political), dimensionShortName(Dimension::Operational),
                                Tr::tr("Area"), Tr::tr("Balance"), Tr::tr("Area ratio"), Tr::tr("Leading dimension"), Tr::tr("Form")};
    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        widths << xlsxDisplayWidth(header[c]);
        worksheet_write_string(sheet, 0, lxw_col_t(c), text(header[c]), m_title);
    }
    for (int c = 0; c < int(ChartOrder.size()); ++c) {
        const QString name = dimensionShortName(ChartOrder[std::size_t(c)]);
        worksheet_write_string(sheet, 0, lxw_col_t(ChartColumn + c), text(name), m_title);
        worksheet_set_column(sheet, lxw_col_t(ChartColumn + c), lxw_col_t(ChartColumn + c),
                             std::clamp(xlsxDisplayWidth(name) + 2, MinColumnWidth, MaxColumnWidth), nullptr);
    }
    worksheet_write_comment(sheet, 0, lxw_col_t(ChartColumn),
                            text(Tr::tr("The charts read these copies of the scores: in this order a radar chart, which runs clockwise "
                                        "from the top, draws the triangle as the app does (mission at the top, political lower left, "
                                        "operational lower right).")));
    worksheet_freeze_panes(sheet, 1, 0);

    QHash<QString, QString> stageNames;
    QHash<QString, int> stageOrder;
    for (const StageRecord &s : data.stages) {
        stageNames.insert(s.stage.key, localizedName(s.stage.nameZh, s.stage.nameEn));
        stageOrder.insert(s.stage.key, s.stage.sortOrder);
    }
    // A stage's colour and marker follow its place among the stages, as in the app's evolution figure.
    QHash<QString, int> stageColour;
    for (const StageRecord &s : data.stages) {
        stageColour.insert(s.stage.key, int(std::count_if(data.stages.cbegin(), data.stages.cend(), [&](const StageRecord &t) {
                               return t.stage.sortOrder < s.stage.sortOrder;
                           })));
    }
    lxw_row_t row = 1;
    QList<std::pair<lxw_chart *, QString>> charts; // with the region's name
    auto put = [&](int c, const QString &value) {
        widths[c] = std::max(widths[c], xlsxDisplayWidth(value));
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

            for (int c = 0; c < int(ChartOrder.size()); ++c) {
                const Dimension d = ChartOrder[std::size_t(c)];
                const QString formula = QStringLiteral("=%1%2").arg(scoreColumn(d)).arg(row + 1);
                worksheet_write_formula_num(sheet, row, lxw_col_t(ChartColumn + c), text(formula), nullptr, scores[d]);
            }

            lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
            const char *name = text(sheetName);
            chart_series_set_categories(series, name, 0, lxw_col_t(ChartColumn), 0, lxw_col_t(ChartColumn + 2));
            chart_series_set_values(series, name, row, lxw_col_t(ChartColumn), row, lxw_col_t(ChartColumn + 2));
            chart_series_set_name_range(series, name, row, 2);
            // No cached copy of the values: libxlsxwriter would cache a formula as 0; Excel and LibreOffice read the cells.
            series->values->ignore_cache = 1;
            // The stage's marker and colour, as the app's stageMarker() and seriesColor() draw it.
            static constexpr std::array<uint8_t, 4> StageMarkers{LXW_CHART_MARKER_CIRCLE, LXW_CHART_MARKER_SQUARE, LXW_CHART_MARKER_DIAMOND,
                                                                 LXW_CHART_MARKER_TRIANGLE};
            const int stage = stageColour.value(a->stageKey);
            chart_series_set_marker_type(series, StageMarkers[std::size_t(stage) % StageMarkers.size()]);
            lxw_chart_line line{};
            line.color = seriesRgb(stage);
            line.width = 2.25;
            chart_series_set_line(series, &line);
            lxw_chart_fill fill{};
            fill.color = line.color;
            chart_series_set_marker_fill(series, &fill);
            lxw_chart_line rim{};
            rim.color = line.color;
            rim.width = 0.75;
            chart_series_set_marker_line(series, &rim);
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

// The raters' agreement per stage and scope, then pooled over stages, as
// `triangle-studio agreement` gives it: derived, like Triangles, and not read
// back. Numbers are stored to the three decimals shown.
void WorkbookWriter::writeAgreement(const DataSet &data)
{
    const QString sheetName = Tr::tr("Agreement");
    lxw_worksheet *sheet = addSheet(sheetName);
    const QStringList header = {Tr::tr("Stage"), Tr::tr("Scope"), Tr::tr("α"), Tr::tr("95 % interval, low"), Tr::tr("95 % interval, high"),
                                Tr::tr("Units"), Tr::tr("Verdict"), Tr::tr("Why not computed")};
    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        widths << xlsxDisplayWidth(header[c]);
        worksheet_write_string(sheet, 0, lxw_col_t(c), text(header[c]), m_title);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t row = 1;
    auto put = [&](int c, const QString &value) {
        widths[c] = std::max(widths[c], xlsxDisplayWidth(value));
        worksheet_write_string(sheet, row, lxw_col_t(c), text(value), nullptr);
    };
    auto number = [&](int c, const std::optional<double> &value) {
        if (value)
            worksheet_write_number(sheet, row, lxw_col_t(c), std::round(*value * 1000.0) / 1000.0, m_threeDecimals);
    };
    auto writeScopes = [&](const QString &stage, const ScopedAgreement &scoped) {
        QList<std::pair<std::optional<Dimension>, const AgreementEstimate *>> scopes{{std::nullopt, &scoped.all}};
        for (Dimension d : AllDimensions)
            scopes.append({d, &scoped.byDimension[d]});
        for (const auto &[dimension, e] : scopes) {
            put(0, stage);
            put(1, agreementScopeName(dimension));
            number(2, e->alpha.alpha);
            number(3, e->interval.low);
            number(4, e->interval.high);
            worksheet_write_number(sheet, row, 5, e->alpha.pairableUnits, nullptr);
            put(6, e->verdict ? alphaVerdictName(*e->verdict) : Tr::tr("not computable"));
            put(7, e->alpha.alpha ? e->interval.reason : e->alpha.reason);
            ++row;
        }
    };
    const DataSetAgreement agreement = agreementOf(data);
    for (qsizetype s = 0; s < agreement.stages.size(); ++s)
        writeScopes(localizedName(agreement.stages[s].nameZh, agreement.stages[s].nameEn), agreement.agreement.perStage[s]);
    writeScopes(pooledOverStagesName(), agreement.agreement.pooled);
    // The notes run across the columns, so they do not widen the first.
    worksheet_write_string(sheet, row + 1, 0, text(agreementMethodNote()), nullptr);
    worksheet_write_string(sheet, row + 2, 0, text(pooledOverStagesNote()), nullptr);
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths[c] + 2, MinColumnWidth, MaxColumnWidth), nullptr);
}

// What wrote the workbook and the fingerprint of its data (issue 21 §10), so
// that the derived sheets can be traced to the data and computed again.
// Derived, and not read back.
void WorkbookWriter::writeAbout(const DataSet &data)
{
    const Provenance provenance = provenanceOf(dataFingerprint(data));
    lxw_worksheet *sheet = addSheet(Tr::tr("About"));
    worksheet_write_string(sheet, 0, 0, text(provenanceText(provenance)), m_title);
    const QList<std::pair<QString, QString>> rows{{Tr::tr("Triangle Studio version"), provenance.appVersion},
                                                  {Tr::tr("Findings rules version"), QString::number(provenance.ruleVersion)},
                                                  {Tr::tr("Data fingerprint (SHA-256)"), provenance.dataHash}};
    lxw_row_t row = 2;
    for (const auto &[label, value] : rows) {
        worksheet_write_string(sheet, row, 0, text(label), nullptr);
        worksheet_write_string(sheet, row, 1, text(value), nullptr);
        ++row;
    }
    worksheet_write_string(sheet, row + 1, 0,
                           text(Tr::tr("The fingerprint is the SHA-256 of this data exported as JSON (triangle-studio export -o "
                                       "data.json); the Triangles and Agreement sheets were computed from it.")),
                           nullptr);
    worksheet_set_column(sheet, 0, 0, 30, nullptr);
    worksheet_set_column(sheet, 1, 1, 70, nullptr);
}

// ---- Reading ---------------------------------------------------------------

QString dateText(const XlsxCell &cell, bool date1904)
{
    const double v = cell.number;
    // A year typed into a cell: a date cell shows 2016 as a day in 1905,
    // which no record of offices affairs reform is about.
    if (v == std::floor(v) && v >= PartialDate::MinYear && v <= PartialDate::MaxYear)
        return QString::number(qint64(v));
    const QDate day = xlsxDateOfSerial(v, date1904);
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
QString cellText(const XlsxCell &cell, ColumnType type, bool date1904)
{
    switch (cell.type) {
    case XlsxCell::Type::Text:
    case XlsxCell::Type::Error: return cell.text;
    case XlsxCell::Type::Boolean: return cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case XlsxCell::Type::Number: break;
    }
    if (type == ColumnType::Date || (type == ColumnType::Text && cell.datePrecision))
        return dateText(cell, date1904);
    return QString::number(cell.number, 'g', 15);
}

// Columns that name a record: a number there can only be a code typed as one
// (100000), written back as the same digits.
bool isKeyColumn(const QString &key)
{
    static const QStringList keys = {QStringLiteral("uid"),    QStringLiteral("code"),   QStringLiteral("key"),
                                     QStringLiteral("region"), QStringLiteral("stage"),  QStringLiteral("parent"),
                                     QStringLiteral("indicator"), QStringLiteral("rater")};
    return keys.contains(key);
}

bool isWholeKey(double number) { return number == std::floor(number) && std::fabs(number) < 1e15; }

// Problems listed up to the readers' bound (as JSON and CSV files list
// theirs), the rest counted: a million bad rows are not a million lines.
class ProblemList
{
public:
    void add(const DataProblem &problem)
    {
        if (m_listed.size() < JsonDataReader::MaxListedProblems)
            m_listed << problem;
        else
            ++m_unlisted;
    }
    bool isEmpty() const { return m_listed.isEmpty(); }
    DataProblems take(const QString &shown)
    {
        if (m_unlisted > 0)
            m_listed << DataProblem{shown, Tr::tr("%n more problem(s) not listed", nullptr, int(std::min<qsizetype>(m_unlisted, INT_MAX)))};
        m_unlisted = 0;
        return std::exchange(m_listed, {});
    }

private:
    DataProblems m_listed;
    qsizetype m_unlisted = 0;
};

// The rows of a policies or milestones sheet, written as they are read into a
// temporary CSV file (each led by its row number) and read back from it a row
// at a time, as a large CSV file's are: a sheet of a million rows is not held.
class SheetRows : public TableRows
{
public:
    bool start(const QStringList &header, QString *error)
    {
        m_file.setFileName(m_folder.filePath(QStringLiteral("rows.csv")));
        if (!m_folder.isValid() || !m_file.open(QIODevice::WriteOnly)) {
            *error = Tr::tr("cannot be read: no temporary folder to unpack it into (%1)").arg(m_folder.errorString());
            return false;
        }
        m_header = header;
        return write(CsvTable::line(QStringList{QString()} + header), error);
    }
    // False with `error` set when the row cannot be kept.
    bool append(int row, const QStringList &fields, QString *error)
    {
        const QByteArray line = CsvTable::line(QStringList{QString::number(row)} + fields);
        if (line.size() > CsvTable::MaxRecordBytes) {
            *error = Tr::tr("row %1 holds more than %2 KiB of text").arg(row).arg(CsvTable::MaxRecordBytes / 1024);
            return false;
        }
        return write(line, error);
    }
    bool finish(QString *error)
    {
        m_file.close();
        QStringList header;
        int headerLine = 0;
        return m_rows.open(m_file.fileName(), header, headerLine, error);
    }

    qint64 bytes() const override { return m_rows.bytes(); }
    bool forEachRow(const std::function<bool(const QStringList &, int, qint64)> &take, QString *error) const override
    {
        return m_rows.forEachRow([&take](const QStringList &row, int, qint64 at) { return take(row.mid(1), row.value(0).toInt(), at); },
                                 error);
    }
    QStringList rowAt(qint64 at) const override { return m_rows.rowAt(at).mid(1); }

private:
    bool write(const QByteArray &line, QString *error)
    {
        m_written += line.size();
        if (m_written > MaxDataFileBytes) {
            *error = Tr::tr("holds more than %1 MiB of text").arg(MaxDataFileBytes / (1024 * 1024));
            return false;
        }
        if (m_file.write(line) != line.size()) {
            *error = Tr::tr("cannot be read: its rows cannot be unpacked into a temporary file (%1)").arg(m_file.errorString());
            return false;
        }
        return true;
    }

    QTemporaryDir m_folder; // first made, last removed: after the file is unmapped
    QFile m_file;
    QStringList m_header;
    CsvFileRows m_rows;
    qint64 m_written = 0;
};

// What the sheets held so far hold: each row is a few kilobytes of records,
// paths and problems while it is checked.
struct HeldSize
{
    qsizetype rows = 0;
    qsizetype characters = 0;
};

// A sheet as the table the CSV reader reads, its rows taken as they are
// unpacked: held, or for large policies and milestones sheets kept in a SheetRows. Its
// field keys are in row 2 under readable headers, as written; a sheet made by
// hand may have them in row 1: the row with more of the table's keys is taken.
// Cells that cannot stand for a value (an error, a number for a key) go to
// `problems`; a sheet that cannot be read at all sets `unreadable`.
SourceTable tableOfSheet(const XlsxPackage &package, qsizetype index, const DataTableSpec &spec, qint64 streamFrom,
                         HeldSize &held, ProblemList &problems, QString *unreadable)
{
    const bool date1904 = package.date1904();
    SourceTable table;
    table.table = QLatin1StringView(spec.name);
    table.shownName = Tr::tr("sheet %1").arg(package.sheets()[index].name);
    table.rowsAre = SourceTable::Rows::Rows;
    QHash<QString, ColumnType> types;
    for (const DataColumn &c : spec.columns)
        types.insert(QLatin1StringView(c.key), c.type);
    const bool large = package.sheets()[index].unpackedBytes >= streamFrom;
    std::shared_ptr<SheetRows> streamed = isTimelineTable(table.table) && large ? std::make_shared<SheetRows>() : nullptr;
    QMap<int, XlsxRow> top; // rows 1 and 2, until it is known which holds the keys
    QMap<int, int> fieldOfColumn; // sheet column → position in the header
    bool keysRead = false;

    auto place = [&](int row, const QString &key) { return tableRowPlace(table, row) + columnPlace(table.titles.value(key), key); };
    auto takeRow = [&](int number, const XlsxRow &cells) {
        QStringList fields(table.cells.header.size());
        bool any = false;
        qsizetype characters = 0;
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            const XlsxCell &cell = it.value();
            const int field = fieldOfColumn.value(it.key(), -1);
            const QString key = field < 0 ? QString() : table.cells.header[field];
            const QString text = cellText(cell, types.value(key, ColumnType::Text), date1904);
            if (text.trimmed().isEmpty())
                continue;
            if (field < 0) {
                table.error = Tr::tr("column %1 has a value in row %2 but no field key in row %3")
                                  .arg(xlsxColumnName(it.key()))
                                  .arg(number)
                                  .arg(table.keyLine);
                return false;
            }
            if (cell.type == XlsxCell::Type::Error)
                problems.add({place(number, key), Tr::tr("holds the error %1 (a formula that failed), not a value").arg(cell.text)});
            else if (cell.type == XlsxCell::Type::Number && isKeyColumn(key) && !isWholeKey(cell.number))
                problems.add({place(number, key), Tr::tr("holds the number %1 where a key belongs; type the key as text").arg(text)});
            fields[field] = text;
            characters += text.size();
            any = true;
        }
        // A row with nothing in it is no record, as a blank line in a CSV file.
        if (!any)
            return true;
        if (streamed)
            return streamed->append(number, fields, &table.error);
        held.characters += characters;
        if (++held.rows > WorkbookMaxHeldRows || held.characters > WorkbookMaxHeldCharacters) {
            table.error = Tr::tr("holds more than %1 rows or %2 million characters, with the sheets read before it; only the policies "
                                 "and milestones sheets may be larger")
                              .arg(WorkbookMaxHeldRows)
                              .arg(WorkbookMaxHeldCharacters / (1024 * 1024));
            return false;
        }
        table.cells.rows << fields;
        table.cells.rowLines << number;
        return true;
    };
    auto takeKeys = [&]() {
        keysRead = true;
        auto knownKeys = [&](int row) {
            int known = 0;
            for (const XlsxCell &cell : top.value(row))
                known += types.contains(cellText(cell, ColumnType::Text, date1904).trimmed()) ? 1 : 0;
            return known;
        };
        table.keyLine = knownKeys(1) > knownKeys(2) ? 1 : 2;
        const XlsxRow keyRow = top.value(table.keyLine);
        if (keyRow.isEmpty()) {
            table.error = Tr::tr("has no field keys in row %1 (the second row holds them, under the headers)").arg(table.keyLine);
            return false;
        }
        for (auto it = keyRow.cbegin(); it != keyRow.cend(); ++it) {
            const QString key = cellText(it.value(), ColumnType::Text, date1904).trimmed();
            if (key.isEmpty())
                continue;
            fieldOfColumn.insert(it.key(), int(table.cells.header.size()));
            table.cells.header << key;
            if (table.keyLine == 2) {
                const XlsxCell title = top.value(1).value(it.key());
                if (const QString text = cellText(title, ColumnType::Text, date1904).trimmed(); !text.isEmpty())
                    table.titles.insert(key, text);
            }
        }
        if (streamed && !streamed->start(table.cells.header, &table.error))
            return false;
        return table.keyLine == 2 || !top.contains(2) || takeRow(2, top.value(2));
    };
    const bool read = package.forEachRow(
        index,
        [&](int number, const XlsxRow &cells) {
            if (!keysRead && number <= 2) {
                top.insert(number, cells);
                return true;
            }
            return (keysRead || takeKeys()) && takeRow(number, cells);
        },
        unreadable);
    if (!read)
        return table; // `unreadable` says why
    if (!keysRead && table.error.isEmpty())
        takeKeys();
    if (streamed && table.error.isEmpty() && streamed->finish(&table.error))
        table.streamedRows = streamed;
    return table;
}
} // namespace

DataReadOutput readDataWorkbook(const QString &path, qint64 streamFrom, const DataProgress &progress)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    auto specOf = [](const QString &sheet) -> const DataTableSpec * {
        for (const DataTableSpec &spec : dataTables()) {
            if (sheet.compare(QLatin1StringView(spec.name), Qt::CaseInsensitive) == 0)
                return &spec;
        }
        return nullptr;
    };
    auto refused = [&shown](const QString &message) { return DataReadOutput{{}, {DataProblem{shown, message}}}; };
    QString error;
    auto package = XlsxPackage::open(path, &error);
    if (!package)
        return refused(error);

    // Which sheets are tables, each its own and in a part of its own, is
    // settled before any sheet is unpacked: a workbook of sixty sheets named
    // regions, or of thirteen naming one large part, is refused at once. The
    // Triangles sheet, and any other of the user's, is not read.
    QList<std::pair<qsizetype, const DataTableSpec *>> wanted;
    QHash<QString, QString> sheetOfPart;
    DataProblems misnamed;
    for (qsizetype i = 0; i < package->sheets().size(); ++i) {
        const XlsxPackage::Sheet &sheet = package->sheets()[i];
        const DataTableSpec *spec = specOf(sheet.name);
        if (!spec) {
            if (const DataTableSpec *meant = specOf(sheet.name.simplified()))
                misnamed << DataProblem{shown, Tr::tr("has a sheet named “%1”, which is not read: only a sheet named %2 is")
                                                   .arg(sheet.name, QLatin1StringView(meant->name))};
            continue;
        }
        if (std::any_of(wanted.cbegin(), wanted.cend(), [&](const auto &w) { return w.second == spec; }))
            return refused(Tr::tr("has two sheets named %1").arg(QLatin1StringView(spec->name)));
        if (sheetOfPart.contains(sheet.part))
            return refused(Tr::tr("sheets %1 and %2 are the same part %3").arg(sheetOfPart.value(sheet.part), sheet.name, sheet.part));
        if (!sheet.part.isEmpty())
            sheetOfPart.insert(sheet.part, sheet.name);
        wanted.append({i, spec});
    }
    if (!misnamed.isEmpty())
        return {{}, misnamed};
    if (wanted.isEmpty()) {
        QStringList names;
        for (const DataTableSpec &spec : dataTables())
            names << QLatin1StringView(spec.name);
        return refused(Tr::tr("has none of the sheets %1").arg(names.join(QStringLiteral(", "))));
    }

    QList<SourceTable> tables;
    ProblemList cells;
    HeldSize held;
    for (const auto &[index, spec] : wanted) {
        tables << tableOfSheet(*package, index, *spec, streamFrom, held, cells, &error);
        if (!error.isEmpty())
            return refused(error);
    }
    // The shared strings are not needed to check the rows: their memory goes back first.
    package.reset();
    if (!cells.isEmpty())
        return {{}, cells.take(shown)};
    DataReadOutput out = readDataTables(tables, progress);
    ProblemList problems;
    for (const DataProblem &p : std::as_const(out.problems))
        problems.add(p);
    out.problems = problems.take(shown);
    return out;
}

QString writeDataWorkbook(const DataSet &data, const QString &path)
{
    return writeWholeWorkbook(path, [&data](const QString &built) {
        WorkbookWriter writer(built);
        if (!writer.ok())
            return Tr::tr("the workbook cannot be started");
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
        writer.writeAgreement(data);
        writer.writeAbout(data);
        return writer.close();
    });
}

} // namespace triangle
