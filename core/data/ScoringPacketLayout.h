#pragma once

// Where a scoring packet keeps what the reader goes by (issue 22), shared by
// ScoringPacketWriter and ScoringPacketReader: the hidden sheet of the
// packet's keys, the hidden row of column keys on the input sheets, and the
// format's name. The readable sheet names and headers are translated; these
// are not, so a packet is read back whatever its language.

#include <QLatin1StringView>

namespace triangle::packetlayout {

// The packet sheet's first row: "format" and "triangle-studio-packet 1".
inline constexpr QLatin1StringView FormatKey("format");
inline constexpr QLatin1StringView FormatName("triangle-studio-packet");
inline constexpr int FormatVersion = 1;

inline constexpr QLatin1StringView PacketSheet("packet"); // hidden: key | value
inline constexpr QLatin1StringView ListsSheet("lists");   // hidden: each indicator's anchors, a column each

// The packet sheet's keys (column A), their values in column B.
inline constexpr QLatin1StringView PacketId("packet_id");
inline constexpr QLatin1StringView DatabaseId("database_id");
inline constexpr QLatin1StringView RaterId("rater_id");
inline constexpr QLatin1StringView RaterKey("rater_key");
inline constexpr QLatin1StringView Round("round");
inline constexpr QLatin1StringView StageId("stage_id");
inline constexpr QLatin1StringView StageKey("stage_key");
inline constexpr QLatin1StringView Language("language");
inline constexpr QLatin1StringView CreatedAt("created_at");
inline constexpr QLatin1StringView ScoresSheet("scores_sheet");
inline constexpr QLatin1StringView ComparisonsSheet("comparisons_sheet"); // empty: none
inline constexpr QLatin1StringView ItemCount("items");
inline constexpr QLatin1StringView ComparisonCount("comparisons");

// Input sheets: row 1 the readable headers, row 2 (hidden) the column keys,
// the items from row 3 (1-based, as the spreadsheet shows them).
inline constexpr int HeaderRow = 1;
inline constexpr int KeyRow = 2;
inline constexpr int FirstItemRow = 3;

// Column keys of the Scores sheet (and of the Comparisons sheet's keys).
inline constexpr QLatin1StringView Region("region");
inline constexpr QLatin1StringView DimensionColumn("dimension");
inline constexpr QLatin1StringView Indicator("indicator");
inline constexpr QLatin1StringView Median("median");
inline constexpr QLatin1StringView Quartiles("quartiles");
inline constexpr QLatin1StringView Answers("answers");
inline constexpr QLatin1StringView LastScore("last_score");
inline constexpr QLatin1StringView Anchor("anchor");
inline constexpr QLatin1StringView Score("score");
inline constexpr QLatin1StringView Reason("reason");
inline constexpr QLatin1StringView Note("note");
inline constexpr QLatin1StringView RegionId("region_id");
inline constexpr QLatin1StringView RegionKey("region_key");
inline constexpr QLatin1StringView IndicatorId("indicator_id");
inline constexpr QLatin1StringView IndicatorKey("indicator_key");
// (packet_id, database_id, rater_key, stage_id as on the packet sheet)

// Column keys of the Comparisons sheet.
inline constexpr QLatin1StringView Scope("scope");
inline constexpr QLatin1StringView First("first");
inline constexpr QLatin1StringView Second("second");
inline constexpr QLatin1StringView Value("value");
inline constexpr QLatin1StringView ScopeKey("scope_key");
inline constexpr QLatin1StringView FirstKey("first_key");
inline constexpr QLatin1StringView SecondKey("second_key");

// Between an anchor's score and its label in the anchor lists: "7 — 法规施行".
inline constexpr char16_t AnchorSeparator[] = u" — ";

} // namespace triangle::packetlayout
