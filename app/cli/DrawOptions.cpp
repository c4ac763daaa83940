#include "DrawOptions.h"

#include <cmath>

namespace triangle::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::DrawOptions)
};

constexpr int MaxDraws = 10'000'000;
// Seeds a JSON number holds exactly (2^53 − 1).
constexpr quint64 MaxSeed = 9'007'199'254'740'991ull;
} // namespace

void addDrawOptions(QCommandLineParser &parser, int defaultDraws)
{
    parser.addOption({QStringLiteral("draws"), Tr::tr("How many weight draws, 1–%1 (default %2).").arg(MaxDraws).arg(defaultDraws),
                      Tr::tr("N"), QString::number(defaultDraws)});
    parser.addOption({QStringLiteral("concentration"), Tr::tr("The Dirichlet concentration, above 0 (default 50)."), Tr::tr("K"),
                      QStringLiteral("50")});
    parser.addOption({QStringLiteral("seed"), Tr::tr("The random seed, a whole number from 0 (default 1)."), Tr::tr("S"),
                      QStringLiteral("1")});
}

std::optional<DrawOptions> drawOptions(const QCommandLineParser &parser, const Command &command, Output &io)
{
    auto fail = [&](const QString &message) {
        io.err << Tr::tr("triangle-studio %1: %2").arg(command.name(), message) << Qt::endl;
        return std::nullopt;
    };
    DrawOptions options;
    bool ok = false;
    const QString drawsText = parser.value(QStringLiteral("draws"));
    options.draws = drawsText.toInt(&ok);
    if (!ok || options.draws < 1 || options.draws > MaxDraws)
        return fail(Tr::tr("--draws must be a whole number from 1 to %1, not “%2”").arg(MaxDraws).arg(drawsText));
    const QString concentrationText = parser.value(QStringLiteral("concentration"));
    options.concentration = concentrationText.toDouble(&ok);
    if (!ok || !std::isfinite(options.concentration) || options.concentration <= 0)
        return fail(Tr::tr("--concentration must be a number above 0, not “%1”").arg(concentrationText));
    const QString seedText = parser.value(QStringLiteral("seed"));
    options.seed = seedText.toULongLong(&ok);
    if (!ok || options.seed > MaxSeed)
        return fail(Tr::tr("--seed must be a whole number from 0 to %1, not “%2”").arg(MaxSeed).arg(seedText));
    return options;
}

} // namespace triangle::cli
