#pragma once

#include "model/Entities.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace triangle {

class Store;

// A policy or milestone that could be linked as evidence.
struct EvidenceCandidate
{
    Evidence::Kind kind;
    Id id;
    QString label; // "2018  Policy · 《…》"
    DimensionSet dimensions;
};

// Every policy and milestone of the region and the national level, by label
// (so by date); both evidence panels offer these.
QList<EvidenceCandidate> evidenceCandidates(const Store &store, Id regionId);

QString evidenceKindName(Evidence::Kind kind); // "Policy" / 政策

} // namespace triangle
