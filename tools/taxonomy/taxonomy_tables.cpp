#include "taxonomy_tables.h"

#include "sha1.h"

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace {

// SkillTaxonomy::parse(), step for step, on ASCII text (where QString's trimmed(), simplified() and
// toLower() are these). tst_taxonomy checks the result against parse() itself.
bool isSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string trimmed(const std::string& s)
{
    size_t begin = 0, end = s.size();
    while (begin < end && isSpace(s[begin]))
        ++begin;
    while (end > begin && isSpace(s[end - 1]))
        --end;
    return s.substr(begin, end - begin);
}

std::string simplified(const std::string& s)
{
    std::string out;
    for (size_t i = 0; i < s.size();) {
        if (isSpace(s[i])) {
            ++i;
            continue;
        }
        if (!out.empty())
            out += ' ';
        for (; i < s.size() && !isSpace(s[i]); ++i)
            out += s[i];
    }
    return out;
}

std::string toLower(std::string s)
{
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return s;
}

// QString::split: every part, empty ones too.
std::vector<std::string> split(const std::string& s, char by)
{
    std::vector<std::string> parts{std::string()};
    for (const char c : s) {
        if (c == by)
            parts.emplace_back();
        else
            parts.back() += c;
    }
    return parts;
}

// TermTable::hash: FNV-1a over UTF-16 units (an ASCII byte is one unit) and the finishing mix.
std::uint64_t termHash(const std::string& key)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (const char c : key)
        h = (h ^ std::uint64_t(static_cast<unsigned char>(c))) * 1099511628211ULL;
    return h ^ (h >> 29);
}

// A table of keys (by text) to values, each key kept as a span of the taxonomy's text.
struct Table
{
    struct Entry
    {
        std::uint32_t offset;
        std::uint32_t size;
        std::uint64_t hash;
        int value;
    };
    std::vector<Entry> entries;
    std::unordered_map<std::string, size_t> byKey;

    int find(const std::string& key) const
    {
        const auto it = byKey.find(key);
        return it == byKey.end() ? -1 : entries[it->second].value;
    }
    // Inserts, or with `replace` sets the value of a key already there (QHash's operator[]).
    void set(const std::string& key, std::uint32_t offset, int value)
    {
        const auto [it, added] = byKey.emplace(key, entries.size());
        if (added)
            entries.push_back(Entry{offset, std::uint32_t(key.size()), termHash(key), value});
        else
            entries[it->second].value = value;
    }
};

struct Parsed
{
    struct Skill
    {
        std::uint32_t offset;
        std::uint32_t size;
        std::uint64_t hash;
        bool hard;
    };
    std::string text; // the keys one after the other (SkillTaxonomy::m_text)
    std::vector<std::pair<std::uint32_t, std::uint32_t>> keys;
    std::vector<Skill> skills;
    Table byPhrase, phraseHeads, phraseSteps, capitalOnly;
    int longestPhrase = 1;

    std::uint32_t addKey(const std::string& key)
    {
        const auto offset = std::uint32_t(text.size());
        keys.emplace_back(offset, std::uint32_t(key.size()));
        text += key;
        return offset;
    }
    std::string key(size_t i) const { return text.substr(keys[i].first, keys[i].second); }

    void add(const std::string& canonical, bool hard, const std::vector<std::string>& aliases,
             const std::vector<std::string>& capitalOnlyWords)
    {
        for (const std::string& word : capitalOnlyWords) {
            const std::uint32_t offset = addKey(word);
            if (capitalOnly.find(word) < 0)
                capitalOnly.set(word, offset, 1);
        }
        const int index = int(skills.size());
        std::vector<std::string> all{canonical};
        all.insert(all.end(), aliases.begin(), aliases.end());
        for (size_t i = 0; i < all.size(); ++i) {
            const std::string& key = all[i];
            const std::uint32_t offset = addKey(key);
            if (i == 0)
                skills.push_back(Skill{offset, std::uint32_t(key.size()), termHash(key), hard});
            if (byPhrase.find(key) >= 0)
                continue;
            byPhrase.set(key, offset, index);
            const size_t firstSpace = key.find(' ');
            if (firstSpace != std::string::npos && firstSpace > 0) {
                const std::string head = key.substr(0, firstSpace);
                if (phraseHeads.find(head) < 0)
                    phraseHeads.set(head, offset, 1);
                longestPhrase = std::max(longestPhrase, int(std::count(key.begin(), key.end(), ' ')) + 1);
            }
        }
    }

    void buildPhraseSteps()
    {
        for (size_t i = 0; i < keys.size(); ++i) {
            const std::string k = key(i);
            for (size_t space = k.find(' '); space != std::string::npos && space > 0; space = k.find(' ', space + 1)) {
                const std::string prefix = k.substr(0, space);
                phraseSteps.set(prefix, keys[i].first, std::max(phraseSteps.find(prefix), 0) | 1);
            }
        }
        for (size_t i = 0; i < keys.size(); ++i) {
            const std::string k = key(i);
            if (k.find(' ') == std::string::npos)
                continue;
            const int index = byPhrase.find(k);
            if (index >= 0)
                phraseSteps.set(k, keys[i].first, ((index + 1) << 1) | (std::max(phraseSteps.find(k), 0) & 1));
        }
    }

    static Parsed parse(const std::string& source)
    {
        Parsed taxonomy;
        for (const std::string& raw : split(source, '\n')) {
            const std::string line = trimmed(raw);
            if (line.empty() || line[0] == '#')
                continue;
            const std::vector<std::string> fields = split(line, '|');
            const std::string category = fields.size() > 1 ? toLower(trimmed(fields[1])) : std::string();
            std::string canonical = toLower(simplified(fields[0]));
            const bool capitalOnly = !canonical.empty() && canonical[0] == '^';
            if (capitalOnly)
                canonical = trimmed(canonical.substr(1));
            if (fields.size() < 2 || fields.size() > 3 || canonical.empty() || (category != "hard" && category != "soft"))
                continue;
            std::vector<std::string> aliases;
            std::vector<std::string> capitalOnlyWords;
            if (capitalOnly)
                capitalOnlyWords.push_back(canonical);
            for (const std::string& alias : split(fields.size() > 2 ? fields[2] : std::string(), ',')) {
                if (alias.empty())
                    continue;
                std::string normal = toLower(simplified(alias));
                if (!normal.empty() && normal[0] == '^') {
                    normal = trimmed(normal.substr(1));
                    capitalOnlyWords.push_back(normal);
                }
                if (!normal.empty())
                    aliases.push_back(normal);
            }
            taxonomy.add(canonical, category == "hard", aliases, capitalOnlyWords);
        }
        taxonomy.buildPhraseSteps();
        return taxonomy;
    }
};

// OffsetTermTable::capacityFor and its linear probing.
std::vector<const Table::Entry*> layOut(const Table& table)
{
    size_t capacity = 16;
    while (capacity * 3 < table.entries.size() * 4)
        capacity *= 2;
    std::vector<const Table::Entry*> slots(capacity, nullptr);
    for (const Table::Entry& entry : table.entries) {
        size_t i = entry.hash & (capacity - 1);
        while (slots[i])
            i = (i + 1) & (capacity - 1);
        slots[i] = &entry;
    }
    return slots;
}

void writeTable(std::ostream& out, const char* name, const Table& table)
{
    const std::vector<const Table::Entry*> slots = layOut(table);
    out << "constexpr OffsetTermTable::Slot " << name << "[] = {\n";
    for (const Table::Entry* entry : slots) {
        if (entry)
            out << "{0x" << entry->hash << "ULL," << std::dec << entry->offset << ',' << entry->size << ','
                << entry->value << "},\n" << std::hex;
        else
            out << "{},\n";
    }
    out << "};\n";
}

std::string tableValue(const char* name, const Table& table)
{
    return std::string("{") + name + ", " + std::to_string(layOut(table).size()) + ", "
         + std::to_string(table.entries.size()) + "}";
}

} // namespace

bool writeTaxonomyTables(const std::string& text, std::ostream& out, std::string& error)
{
    size_t line = 1;
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            error = "line " + std::to_string(line) + " holds a character outside ASCII: SkillTaxonomy::parse() folds "
                    "case by Unicode rules this tool does not have";
            return false;
        }
        line += c == '\n' ? 1 : 0;
    }
    const Parsed taxonomy = Parsed::parse(text);
    if (taxonomy.skills.empty()) {
        error = "the taxonomy names no skill";
        return false;
    }
    out << "// Generated at build time by tools/taxonomy/reduce_taxonomy.cpp (taxonomy_tables.cpp there): the\n"
           "// built-in skill taxonomy's tables, src/core/matching/BuiltInTaxonomy.h. Do not edit.\n"
           "#include \"matching/BuiltInTaxonomy.h\"\n\n"
           "namespace jobdeck {\nnamespace {\n\n";
    out << "constexpr char16_t kText[] = {";
    for (size_t i = 0; i < taxonomy.text.size(); ++i)
        out << (i % 32 == 0 ? "\n" : "") << int(taxonomy.text[i]) << ',';
    out << "\n};\n";
    out << "constexpr BuiltInTaxonomy::Skill kSkills[] = {\n" << std::hex;
    for (const Parsed::Skill& skill : taxonomy.skills)
        out << "{0x" << skill.hash << "ULL,{" << std::dec << skill.offset << ',' << skill.size << "},"
            << (skill.hard ? "true" : "false") << "},\n" << std::hex;
    out << std::dec << "};\nconstexpr BuiltInTaxonomy::Span kKeys[] = {\n";
    for (const auto& [offset, size] : taxonomy.keys)
        out << '{' << offset << ',' << size << "},\n";
    out << "};\n" << std::hex;
    writeTable(out, "kByPhrase", taxonomy.byPhrase);
    writeTable(out, "kPhraseHeads", taxonomy.phraseHeads);
    writeTable(out, "kPhraseSteps", taxonomy.phraseSteps);
    writeTable(out, "kCapitalOnly", taxonomy.capitalOnly);
    out << std::dec << "\n} // namespace\n\n"
        << "constinit const BuiltInTaxonomy kBuiltInTaxonomy = {\n"
        << "    kText, " << taxonomy.text.size() << ",\n"
        << "    kSkills, " << taxonomy.skills.size() << ",\n"
        << "    kKeys, " << taxonomy.keys.size() << ",\n"
        << "    " << tableValue("kByPhrase", taxonomy.byPhrase) << ",\n"
        << "    " << tableValue("kPhraseHeads", taxonomy.phraseHeads) << ",\n"
        << "    " << tableValue("kPhraseSteps", taxonomy.phraseSteps) << ",\n"
        << "    " << tableValue("kCapitalOnly", taxonomy.capitalOnly) << ",\n"
        << "    " << taxonomy.longestPhrase << ",\n"
        << "    \"" << sha1Hex(text) << "\",\n};\n\n} // namespace jobdeck\n";
    return true;
}
