#pragma once

#include "matching/OffsetTermTable.h"

#include <QtGlobal>

namespace jobdeck {

// The built-in skill taxonomy as constants: what SkillTaxonomy::parse() makes of the reduced taxonomy text,
// written at build time by tools/taxonomy/reduce_taxonomy.cpp into taxonomy_tables.cpp in the build
// folder, so that SkillTaxonomy::builtIn() wraps it instead of parsing 6,870 lines at every start.
// Every string is a span of `text` (each key once, in the order parse() meets them).
struct BuiltInTaxonomy
{
    struct Table
    {
        const OffsetTermTable::Slot* data;
        quint32 capacity;
        quint32 count;
    };
    struct Span
    {
        quint32 offset;
        quint32 size;
    };
    struct Skill
    {
        quint64 hash;
        Span term;
        bool hard;
    };

    const char16_t* text;
    quint32 textSize;
    const Skill* skills;
    quint32 skillCount;
    const Span* keys;
    quint32 keyCount;
    Table byPhrase;
    Table phraseHeads;
    Table phraseSteps;
    Table capitalOnly;
    int longestPhrase;
    const char* fingerprint; // 40 hex digits
};

extern const BuiltInTaxonomy kBuiltInTaxonomy;

} // namespace jobdeck
