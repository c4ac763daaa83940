#include "ScoringPacketReader.h"

#include "ScoringPacketLayout.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ScoringPacketReader)
};

namespace L = packetlayout;

// Rows beyond the packet's own that are read before the sheet is given up:
// enough to say rows were added, never a million.
constexpr int MaxExtraRows = 100;

// A key or text cell as text: a whole number without its ".0" (a key column a
// program turned into numbers).
QString cellText(const XlsxCell &cell)
{
    if (cell.type == XlsxCell::Type::Number) {
        if (cell.number == std::floor(cell.number) && std::fabs(cell.number) < 1e15)
            return QString::number(qint64(cell.number));
        return QString::number(cell.number, 'g', 15);
    }
    return cell.text.trimmed();
}

QString textAt(const XlsxRow &cells, int column) { return column < 0 || !cells.contains(column) ? QString() : cellText(cells[column]); }

// "7.5" or "7,5"; nullopt when it is no finite number.
std::optional<double> numberOfText(QString text)
{
    text = text.trimmed();
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// What is wrong with a score, or empty.
QString scoreProblem(double value)
{
    if (value < 0.0 || value > 10.0)
        return Tr::tr("the score %1 lies outside 0–10").arg(value);
    if (std::fabs(value * 10.0 - std::round(value * 10.0)) > 1e-6)
        return Tr::tr("the score %1 is not on the 0.1 grid: give at most one decimal").arg(value);
    return {};
}

// A value on Saaty's scale (1/9 … 9), exact; nullopt off it. A number cell
// holding 0.333 is 1/3.
std::optional<double> saatyValue(double value)
{
    if (!std::isfinite(value) || value <= 0.0)
        return std::nullopt;
    if (value >= 1.0) {
        const double whole = std::round(value);
        if (std::fabs(value - whole) < 1e-6 && whole <= 9.0)
            return whole;
        return std::nullopt;
    }
    const double reciprocal = std::round(1.0 / value);
    if (std::fabs(1.0 / value - reciprocal) < 1e-2 && reciprocal >= 2.0 && reciprocal <= 9.0)
        return 1.0 / reciprocal;
    return std::nullopt;
}

std::optional<double> saatyOfCell(const XlsxCell &cell)
{
    if (cell.type == XlsxCell::Type::Number)
        return saatyValue(cell.number);
    if (cell.type != XlsxCell::Type::Text)
        return std::nullopt;
    const QString text = cell.text.trimmed();
    if (text.count(QLatin1Char('/')) == 1) {
        const auto a = numberOfText(text.section(QLatin1Char('/'), 0, 0));
        const auto b = numberOfText(text.section(QLatin1Char('/'), 1));
        if (!a || !b || *b == 0.0)
            return std::nullopt;
        return saatyValue(*a / *b);
    }
    if (const auto value = numberOfText(text))
        return saatyValue(*value);
    return std::nullopt;
}

// Column key → column, from an input sheet's hidden key row; keys found twice
// are in `repeated`.
QHash<QString, int> columnsOfKeyRow(const XlsxRow &cells, QStringList *repeated)
{
    QHash<QString, int> columns;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const QString key = cellText(it.value());
        if (key.isEmpty())
            continue;
        if (columns.contains(key))
            *repeated << key;
        columns.insert(key, it.key());
    }
    return columns;
}

struct PacketSheetKeys
{
    QHash<QString, QString> values;
    QString format; // "triangle-studio-packet 1"
};

// The packet sheet's key | value rows; nullopt when the workbook has none, or
// (with `error` set) when it cannot be read.
std::optional<PacketSheetKeys> packetKeys(const XlsxPackage &package, QString *error)
{
    for (qsizetype i = 0; i < package.sheets().size(); ++i) {
        if (package.sheets()[i].name != L::PacketSheet)
            continue;
        PacketSheetKeys keys;
        const bool read = package.forEachRow(
            i,
            [&keys](int, const XlsxRow &cells) {
                const QString key = textAt(cells, 0);
                if (key.isEmpty())
                    return true;
                if (keys.values.isEmpty() && keys.format.isEmpty() && key != L::FormatKey)
                    return false; // no packet sheet of ours: stop at its first row
                if (key == L::FormatKey)
                    keys.format = textAt(cells, 1);
                else if (!keys.values.contains(key))
                    keys.values.insert(key, textAt(cells, 1));
                return keys.values.size() < 256;
            },
            error);
        if (!read)
            return std::nullopt;
        return keys;
    }
    return std::nullopt;
}

// "triangle-studio-packet 1" → 1; 0 when it is no packet's format.
int formatVersion(const QString &format)
{
    const QString prefix = QString(L::FormatName) + QLatin1Char(' ');
    if (!format.startsWith(prefix))
        return 0;
    bool ok = false;
    const int version = format.mid(prefix.size()).toInt(&ok);
    return ok && version > 0 ? version : 0;
}

qsizetype sheetIndex(const XlsxPackage &package, const QString &name)
{
    for (qsizetype i = 0; i < package.sheets().size(); ++i) {
        if (package.sheets()[i].name == name)
            return i;
    }
    return -1;
}

class PacketReading
{
public:
    PacketReading(const XlsxPackage &package, const QHash<QString, QString> &keys)
        : m_package(package)
        , m_keys(keys)
    {
        ReturnedPacket &p = m_packet;
        p.packetId = keys.value(L::PacketId);
        p.databaseId = keys.value(L::DatabaseId);
        p.raterId = keys.value(L::RaterId).toLongLong();
        p.raterKey = keys.value(L::RaterKey);
        p.round = keys.value(L::Round).toInt();
        p.stageId = keys.value(L::StageId).toLongLong();
        p.stageKey = keys.value(L::StageKey);
        for (const QLatin1StringView key : {L::PacketId, L::DatabaseId, L::RaterId, L::RaterKey, L::Round, L::StageId, L::ScoresSheet, L::ItemCount})
            if (keys.value(key).isEmpty())
                structure(Tr::tr("the hidden packet sheet has lost its key “%1”").arg(key));
    }

    // False with `error` set when a sheet cannot be read at all.
    bool read(QString *error)
    {
        if (!readScores(error))
            return false;
        return readComparisons(error);
    }

    ReturnedPacket take() { return std::move(m_packet); }

private:
    void structure(const QString &message)
    {
        if (!m_packet.structureErrors.contains(message))
            m_packet.structureErrors << message;
    }

    // How many rows the packet sheet says a sheet has; within a sheet's bounds.
    int rowCount(QLatin1StringView key) const { return std::clamp(m_keys.value(key).toInt(), 0, XlsxPackage::MaxRows); }

    // The sheet named on the packet sheet under `key`; -1 (a structure error) when it is gone.
    qsizetype sheetOf(QLatin1StringView key)
    {
        const QString name = m_keys.value(key);
        if (name.isEmpty())
            return -1;
        const qsizetype index = sheetIndex(m_package, name);
        if (index < 0)
            structure(Tr::tr("the sheet “%1” is missing: it was renamed or deleted").arg(name));
        return index;
    }

    // The hidden key row's columns, checked: every key in `required` once.
    std::optional<QHash<QString, int>> keyColumns(const QString &sheet, const XlsxRow *keyRow, const QList<QLatin1StringView> &required)
    {
        if (!keyRow) {
            structure(Tr::tr("sheet “%1” has lost its hidden row of column keys (row %2)").arg(sheet).arg(L::KeyRow));
            return std::nullopt;
        }
        QStringList repeated;
        const QHash<QString, int> columns = columnsOfKeyRow(*keyRow, &repeated);
        QStringList missing;
        for (const QLatin1StringView key : required)
            if (!columns.contains(key))
                missing << QString(key);
        if (!missing.isEmpty() || !repeated.isEmpty()) {
            structure(Tr::tr("sheet “%1”: its columns were changed (hidden row %2 lacks or repeats the keys %3)")
                          .arg(sheet)
                          .arg(L::KeyRow)
                          .arg((missing + repeated).join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return columns;
    }

    // Whether a row's hidden keys are this packet's; a structure error when not.
    bool ownRow(const QString &sheet, int row, const QString &packetId)
    {
        if (packetId != m_packet.packetId) {
            structure(Tr::tr("sheet “%1”, row %2 belongs to another packet").arg(sheet).arg(row));
            return false;
        }
        return true;
    }

    // Each sheet's rows, with the hidden key row apart; stops past the
    // packet's own count of rows.
    bool rowsOf(qsizetype index, int expected, QMap<int, XlsxRow> *rows, XlsxRow *keyRow, bool *hasKeyRow, QString *error)
    {
        const QString name = m_package.sheets()[index].name;
        int taken = 0;
        bool tooMany = false;
        const bool read = m_package.forEachRow(
            index,
            [&](int row, const XlsxRow &cells) {
                if (row == L::KeyRow) {
                    *keyRow = cells;
                    *hasKeyRow = true;
                } else if (row >= L::FirstItemRow) {
                    rows->insert(row, cells);
                    if (++taken > expected + MaxExtraRows) {
                        tooMany = true;
                        return false;
                    }
                }
                return true;
            },
            error);
        if (!read) {
            *error = Tr::tr("its sheet “%1” cannot be read: %2").arg(name, *error);
            return false;
        }
        if (tooMany)
            structure(Tr::tr("sheet “%1” has more than %2 rows more than the packet's").arg(name).arg(MaxExtraRows));
        return true;
    }

    bool readScores(QString *error)
    {
        const qsizetype index = sheetOf(L::ScoresSheet);
        if (index < 0)
            return true;
        const QString sheet = m_package.sheets()[index].name;
        const int expected = rowCount(L::ItemCount);
        QMap<int, XlsxRow> rows;
        XlsxRow keyRow;
        bool hasKeyRow = false;
        if (!rowsOf(index, expected, &rows, &keyRow, &hasKeyRow, error))
            return false;
        const auto columns = keyColumns(sheet, hasKeyRow ? &keyRow : nullptr,
                                        {L::Anchor, L::Score, L::Note, L::PacketId, L::DatabaseId, L::RaterKey, L::RegionId, L::RegionKey,
                                         L::StageId, L::IndicatorId, L::IndicatorKey});
        if (!columns)
            return true;
        auto column = [&columns](QLatin1StringView key) { return columns->value(key, -1); };
        QHash<std::pair<Id, Id>, int> seen; // region, indicator → row
        int keyed = 0;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            const int row = it.key();
            const XlsxRow &cells = it.value();
            PacketAnswer answer;
            answer.sheetRow = row;
            answer.regionId = textAt(cells, column(L::RegionId)).toLongLong();
            answer.regionKey = textAt(cells, column(L::RegionKey));
            answer.indicatorId = textAt(cells, column(L::IndicatorId)).toLongLong();
            answer.indicatorKey = textAt(cells, column(L::IndicatorKey));
            const QString packetId = textAt(cells, column(L::PacketId));
            if (packetId.isEmpty() || answer.regionId == NoId || answer.indicatorId == NoId || answer.indicatorKey.isEmpty()) {
                structure(Tr::tr("sheet “%1”, row %2 has no hidden keys: a row was added, or its keys deleted").arg(sheet).arg(row));
                continue;
            }
            ++keyed;
            if (!ownRow(sheet, row, packetId))
                continue;
            if (textAt(cells, column(L::DatabaseId)) != m_packet.databaseId || textAt(cells, column(L::RaterKey)) != m_packet.raterKey
                || textAt(cells, column(L::StageId)).toLongLong() != m_packet.stageId) {
                structure(Tr::tr("sheet “%1”, row %2: its hidden keys were changed").arg(sheet).arg(row));
                continue;
            }
            const auto pair = std::make_pair(answer.regionId, answer.indicatorId);
            if (const int first = seen.value(pair); first > 0) {
                structure(Tr::tr("sheet “%1”, row %2 repeats row %3 (%4, %5)").arg(sheet).arg(row).arg(first).arg(answer.regionKey, answer.indicatorKey));
                continue;
            }
            seen.insert(pair, row);

            auto problem = [&](const QString &message) { m_packet.problems << PacketProblem{sheet, row, answer.indicatorKey, message}; };
            const auto scoreCell = cells.constFind(column(L::Score));
            std::optional<double> score;
            bool answered = false;
            if (scoreCell != cells.cend()) {
                answered = true;
                const XlsxCell &cell = scoreCell.value();
                if (cell.type == XlsxCell::Type::Number)
                    score = cell.number;
                else if (cell.type == XlsxCell::Type::Text)
                    score = numberOfText(cell.text);
                if (!score)
                    problem(Tr::tr("the score “%1” is not a number").arg(cell.text));
            } else if (const QString anchor = textAt(cells, column(L::Anchor)); !anchor.isEmpty()) {
                answered = true;
                static const QRegularExpression leading(QStringLiteral("^\\s*([0-9]+(?:[.,][0-9]+)?)"));
                const QRegularExpressionMatch match = leading.match(anchor);
                if (match.hasMatch())
                    score = numberOfText(match.captured(1));
                if (!score)
                    problem(Tr::tr("the anchor “%1” does not begin with its score").arg(anchor));
            }
            if (answered && score) {
                if (const QString wrong = scoreProblem(*score); !wrong.isEmpty()) {
                    problem(wrong);
                    score.reset();
                } else {
                    score = std::round(*score * 10.0) / 10.0;
                }
            }
            answer.score = score;
            answer.note = textAt(cells, column(L::Note));
            answer.reason = textAt(cells, column(L::Reason));
            m_packet.answers << answer;
        }
        if (keyed != expected)
            structure(Tr::tr("sheet “%1” has %2 rows of items where the packet has %3: rows were added or deleted").arg(sheet).arg(keyed).arg(expected));
        return true;
    }

    bool readComparisons(QString *error)
    {
        const int expected = rowCount(L::ComparisonCount);
        if (m_keys.value(L::ComparisonsSheet).isEmpty()) {
            if (expected > 0)
                structure(Tr::tr("the hidden packet sheet has lost the name of the comparisons sheet"));
            return true;
        }
        const qsizetype index = sheetOf(L::ComparisonsSheet);
        if (index < 0)
            return true;
        const QString sheet = m_package.sheets()[index].name;
        QMap<int, XlsxRow> rows;
        XlsxRow keyRow;
        bool hasKeyRow = false;
        if (!rowsOf(index, expected, &rows, &keyRow, &hasKeyRow, error))
            return false;
        const auto columns = keyColumns(sheet, hasKeyRow ? &keyRow : nullptr, {L::Value, L::PacketId, L::ScopeKey, L::FirstKey, L::SecondKey});
        if (!columns)
            return true;
        auto column = [&columns](QLatin1StringView key) { return columns->value(key, -1); };
        QHash<QString, int> seen;
        int keyed = 0;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            const int row = it.key();
            const XlsxRow &cells = it.value();
            PacketComparisonAnswer answer;
            answer.sheetRow = row;
            answer.scope = textAt(cells, column(L::ScopeKey));
            answer.firstKey = textAt(cells, column(L::FirstKey));
            answer.secondKey = textAt(cells, column(L::SecondKey));
            const QString packetId = textAt(cells, column(L::PacketId));
            if (packetId.isEmpty() || answer.scope.isEmpty() || answer.firstKey.isEmpty() || answer.secondKey.isEmpty()) {
                structure(Tr::tr("sheet “%1”, row %2 has no hidden keys: a row was added, or its keys deleted").arg(sheet).arg(row));
                continue;
            }
            ++keyed;
            if (!ownRow(sheet, row, packetId))
                continue;
            const QString pair = answer.scope + QLatin1Char('\n') + answer.firstKey + QLatin1Char('\n') + answer.secondKey;
            if (const int first = seen.value(pair); first > 0) {
                structure(Tr::tr("sheet “%1”, row %2 repeats row %3 (%4, %5)").arg(sheet).arg(row).arg(first).arg(answer.firstKey, answer.secondKey));
                continue;
            }
            seen.insert(pair, row);
            if (const auto cell = cells.constFind(column(L::Value)); cell != cells.cend()) {
                answer.value = saatyOfCell(cell.value());
                if (!answer.value)
                    m_packet.problems << PacketProblem{sheet, row, {},
                                                       Tr::tr("“%1” is not on Saaty's scale (9 … 2, 1, 1/2 … 1/9)")
                                                           .arg(cell->type == XlsxCell::Type::Number ? QString::number(cell->number) : cell->text)};
            }
            m_packet.comparisons << answer;
        }
        if (keyed != expected)
            structure(Tr::tr("sheet “%1” has %2 rows of items where the packet has %3: rows were added or deleted").arg(sheet).arg(keyed).arg(expected));
        return true;
    }

    const XlsxPackage &m_package;
    QHash<QString, QString> m_keys;
    ReturnedPacket m_packet;
};

QString notAPacket(const QString &shown)
{
    return Tr::tr("“%1” is not a scoring packet: it has no hidden sheet “%2” naming the format %3. Return the workbook Triangle "
                  "Studio wrote for the expert.")
        .arg(shown, L::PacketSheet, L::FormatName);
}

} // namespace

bool isScoringPacket(const QString &path)
{
    QString error;
    const auto package = XlsxPackage::open(path, &error);
    if (!package)
        return false;
    const auto keys = packetKeys(*package, &error);
    return keys && formatVersion(keys->format) > 0;
}

std::optional<ReturnedPacket> readScoringPacket(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QString problem;
    const auto package = XlsxPackage::open(path, &problem);
    if (!package) {
        *error = Tr::tr("“%1” cannot be read as a scoring packet: %2").arg(shown, problem);
        return std::nullopt;
    }
    const auto keys = packetKeys(*package, &problem);
    if (!keys) {
        *error = problem.isEmpty() ? notAPacket(shown) : Tr::tr("“%1” cannot be read as a scoring packet: %2").arg(shown, problem);
        return std::nullopt;
    }
    const int version = formatVersion(keys->format);
    if (version == 0) {
        *error = notAPacket(shown);
        return std::nullopt;
    }
    if (version > L::FormatVersion) {
        *error = Tr::tr("“%1” is a scoring packet of a later format (%2) than this version of Triangle Studio reads (%3); update Triangle Studio")
                     .arg(shown)
                     .arg(version)
                     .arg(L::FormatVersion);
        return std::nullopt;
    }
    PacketReading reading(*package, keys->values);
    if (!reading.read(&problem)) {
        *error = Tr::tr("“%1” cannot be read as a scoring packet: %2").arg(shown, problem);
        return std::nullopt;
    }
    return reading.take();
}

} // namespace triangle
