// SHA-1 (FIPS 180-4) for reduce_taxonomy: the built-in taxonomy's fingerprint is the SHA-1 of its text,
// the value SkillTaxonomy::parse() computes with QCryptographicHash, worked out at build time without Qt.
#pragma once

#include <string>

// The digest of `data` as 40 lower-case hex digits.
std::string sha1Hex(const std::string& data);
