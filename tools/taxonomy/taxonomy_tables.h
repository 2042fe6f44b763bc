// The built-in taxonomy's lookup tables as C++ constants (src/core/matching/BuiltInTaxonomy.h), for
// reduce_taxonomy: what SkillTaxonomy::parse() makes of the reduced text, worked out at build time so the
// app does not parse it at every start. Plain C++, no Qt.
#pragma once

#include <ostream>
#include <string>

// Writes taxonomy_tables.cpp for `text` (the reduced taxonomy, the bytes parse() is given). Returns false
// with a message if the text holds what this tool cannot fold as parse() does (anything but ASCII).
bool writeTaxonomyTables(const std::string& text, std::ostream& out, std::string& error);
