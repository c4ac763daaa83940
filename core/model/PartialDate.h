#pragma once

#include <QString>

#include <optional>

namespace triangle {

// A date known to a year, a month or a day ("2018", "2018-10", "2020-09-15"),
// as the article and most policy records give them.
class PartialDate
{
public:
    enum class Precision { Year, Month, Day };

    PartialDate() = default; // invalid
    static PartialDate ofYear(int year);
    static PartialDate ofMonth(int year, int month);
    static PartialDate ofDay(int year, int month, int day);

    // Accepts exactly YYYY, YYYY-MM or YYYY-MM-DD; nullopt for anything else,
    // including impossible dates such as 2023-13-40 or 2023-02-29.
    static std::optional<PartialDate> parse(QStringView text);

    bool isValid() const;
    Precision precision() const { return m_precision; }
    int year() const { return m_year; }
    int month() const { return m_month; } // 0 when precision is Year
    int day() const { return m_day; }     // 0 unless precision is Day

    QString toString() const; // the same form parse() accepts

    // A position on a continuous year axis: the middle of the known span,
    // so "2018" sits mid-2018 and "2018-10" mid-October.
    double toFractionalYear() const;

    // Orders by year, then month, then day, an unknown part sorting first.
    int sortKey() const { return m_year * 10000 + m_month * 100 + m_day; }

    friend bool operator==(const PartialDate &a, const PartialDate &b)
    {
        return a.m_precision == b.m_precision && a.m_year == b.m_year && a.m_month == b.m_month
            && a.m_day == b.m_day;
    }
    friend bool operator!=(const PartialDate &a, const PartialDate &b) { return !(a == b); }
    friend bool operator<(const PartialDate &a, const PartialDate &b) { return a.sortKey() < b.sortKey(); }

    static constexpr int MinYear = 1900;
    static constexpr int MaxYear = 2100;

private:
    Precision m_precision = Precision::Year;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

QString precisionKey(PartialDate::Precision p);
std::optional<PartialDate::Precision> precisionFromKey(QStringView key);

} // namespace triangle
