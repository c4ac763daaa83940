#include "PartialDate.h"

#include "EnumKeys.h"

#include <QDate>
#include <QRegularExpression>

namespace triangle {

namespace {
constexpr EnumKeys<PartialDate::Precision, 3> PrecisionKeys({{
    {PartialDate::Precision::Year, "year"},
    {PartialDate::Precision::Month, "month"},
    {PartialDate::Precision::Day, "day"},
}});
} // namespace

QString precisionKey(PartialDate::Precision p) { return PrecisionKeys.key(p); }
std::optional<PartialDate::Precision> precisionFromKey(QStringView key) { return PrecisionKeys.fromKey(key); }

PartialDate PartialDate::ofYear(int year)
{
    PartialDate d;
    d.m_precision = Precision::Year;
    d.m_year = year;
    return d;
}

PartialDate PartialDate::ofMonth(int year, int month)
{
    PartialDate d = ofYear(year);
    d.m_precision = Precision::Month;
    d.m_month = month;
    return d;
}

PartialDate PartialDate::ofDay(int year, int month, int day)
{
    PartialDate d = ofMonth(year, month);
    d.m_precision = Precision::Day;
    d.m_day = day;
    return d;
}

std::optional<PartialDate> PartialDate::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.capturedView(1).toInt();
    PartialDate d;
    if (m.capturedView(2).isEmpty())
        d = ofYear(year);
    else if (m.capturedView(3).isEmpty())
        d = ofMonth(year, m.capturedView(2).toInt());
    else
        d = ofDay(year, m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

bool PartialDate::isValid() const
{
    if (m_year < MinYear || m_year > MaxYear)
        return false;
    switch (m_precision) {
    case Precision::Year: return m_month == 0 && m_day == 0;
    case Precision::Month: return m_month >= 1 && m_month <= 12 && m_day == 0;
    case Precision::Day: return QDate::isValid(m_year, m_month, m_day);
    }
    return false;
}

QString PartialDate::toString() const
{
    const QString y = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    switch (m_precision) {
    case Precision::Year: return y;
    case Precision::Month: return QStringLiteral("%1-%2").arg(y).arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(y)
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_day, 2, 10, QLatin1Char('0'));
    }
    return y;
}

double PartialDate::toFractionalYear() const
{
    switch (m_precision) {
    case Precision::Year: return m_year + 0.5;
    case Precision::Month: return m_year + (m_month - 0.5) / 12.0;
    case Precision::Day: {
        const QDate date(m_year, m_month, m_day);
        return m_year + (date.dayOfYear() - 0.5) / date.daysInYear();
    }
    }
    return m_year;
}

} // namespace triangle
