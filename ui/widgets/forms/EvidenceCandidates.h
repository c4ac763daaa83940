#pragma once

#include "model/Entities.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

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

// A dialog listing `candidates` with a filter, multiple selection allowed;
// `header` (may be null) goes above the list, such as a choice of dimension.
// The chosen candidates, or none when cancelled. `accepted` tells the two apart.
QList<EvidenceCandidate> chooseEvidence(QWidget *parent, const QString &title, QWidget *header,
                                        const QList<EvidenceCandidate> &candidates, bool *accepted = nullptr);

} // namespace triangle
