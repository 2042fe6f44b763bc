// Build-time reduction of the skill taxonomy (issue 15, item 4): merges the project's hand-written lists
// with the O*NET extract and writes the one compact list the default analyzer uses (the format of
// resources/matching/skills.txt: "canonical | hard or soft | alias, alias"), then the lookup tables
// SkillTaxonomy::parse() would make of it, as C++ constants (taxonomy_tables.h).
//
//   reduce_taxonomy OUT.txt OUT_TABLES.cpp SKILLS.txt TRADES.txt ONET-EXTRACT.tsv STOP_WORDS.txt
//
// Plain C++ with no Qt, so it runs on the build host before anything else is built. The rules:
// - the hand-written lists come first and win every clash (the analyzer keeps the first claim on a key);
// - an O*NET example is kept when at least two of the extract's occupations list it, or O*NET calls it
//   a hot technology; a tool listed by more than kMaxToolOccupations occupations (personal computers,
//   measuring tapes, telephones) says nothing about a trade and is dropped;
// - "Computerized numerical control CNC lathes" gives the keys "cnc lathes", "computerized numerical
//   control lathes" and the full name, and the canonical term is the acronym's form; a tool's plural
//   name gives its singular too ("forklifts" -> "forklift"); "Salesforce software" gives "salesforce";
// - an example whose key is already known (from the lists or an earlier example) adds its other keys as
//   aliases of that skill, so spellings of one thing fold into one term;
// - "X software" gives "X" only for a brand: a capital inside X or a first word O*NET never writes in lower
//   case ("Salesforce", not "Database"); a one-word technology named with such a common word (Forth,
//   Scheme, Zoom) counts only when written capitalised ('^');
// - a one-word key that is a stop word or listed after '-' in TRADES.txt ("level", "file", "scale") is
//   never taken: such words mean something else in most ads.
#include "taxonomy_tables.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr int kMaxToolOccupations = 60;
constexpr int kMaxWords = 5;

struct Entry
{
    std::string canonical;
    std::string category;
    std::vector<std::string> aliases; // as written (a '^' prefix kept)
};

std::string trim(const std::string& s)
{
    const auto begin = s.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    const auto end = s.find_last_not_of(" \t\r\n");
    return s.substr(begin, end - begin + 1);
}

std::string lower(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::vector<std::string> split(const std::string& s, char by)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(s);
    while (std::getline(in, part, by))
        parts.push_back(part);
    if (!s.empty() && s.back() == by)
        parts.emplace_back();
    return parts;
}

std::vector<std::string> words(const std::string& s)
{
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

std::string join(const std::vector<std::string>& parts, size_t from, size_t to)
{
    std::string out;
    for (size_t i = from; i < to; ++i) {
        if (!out.empty())
            out += ' ';
        out += parts[i];
    }
    return out;
}

// The key a written alias stands for: lower case, one space between words, no '^'.
std::string keyOf(const std::string& alias)
{
    std::string s = trim(alias);
    if (!s.empty() && s.front() == '^')
        s = trim(s.substr(1));
    return lower(join(words(s), 0, words(s).size()));
}

bool isAcronym(const std::string& w)
{
    if (w.size() < 2 || w.size() > 6)
        return false;
    return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "forklifts" -> "forklift", "batteries" -> "battery"; words it cannot safely fold stay as they are.
std::string singular(const std::string& w)
{
    const auto ends = [&](const char* tail) {
        const std::string t(tail);
        return w.size() > t.size() + 2 && w.compare(w.size() - t.size(), t.size(), t) == 0;
    };
    if (ends("ies"))
        return w.substr(0, w.size() - 3) + "y";
    if (ends("ches") || ends("shes") || ends("xes"))
        return w.substr(0, w.size() - 2);
    if (ends("ss") || ends("us") || ends("is") || ends("ses") || ends("ceps"))
        return w;
    if (ends("s"))
        return w.substr(0, w.size() - 1);
    return w;
}

class Taxonomy
{
public:
    std::set<std::string> blockedWords;
    std::set<std::string> lowercaseWords; // words O*NET writes in lower case somewhere: common words

    void learnWords(const std::string& example)
    {
        for (std::string w : words(example)) {
            while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w.back())))
                w.pop_back();
            if (!w.empty() && std::islower(static_cast<unsigned char>(w[0])))
                lowercaseWords.insert(w);
        }
    }
    bool commonWord(const std::string& k) const { return lowercaseWords.count(k) || lowercaseWords.count(k + "s"); }

    // A hand-written line; returns false if it does not parse.
    bool addListLine(const std::string& line)
    {
        const std::vector<std::string> fields = split(line, '|');
        if (fields.size() < 2 || fields.size() > 3)
            return false;
        const std::string category = lower(trim(fields[1]));
        if (category != "hard" && category != "soft")
            return false;
        Entry entry{trim(fields[0]), category, {}};
        if (fields.size() == 3) {
            for (const std::string& alias : split(fields[2], ',')) {
                if (!trim(alias).empty())
                    entry.aliases.push_back(trim(alias));
            }
        }
        std::vector<std::string> keys{keyOf(entry.canonical)};
        for (const std::string& alias : entry.aliases)
            keys.push_back(keyOf(alias));
        const int existing = claimedBy(keys);
        if (existing >= 0) {
            // A later list extends a skill an earlier one named (the trades list adds spellings).
            for (const std::string& alias : entry.aliases)
                addAlias(existing, alias);
            addAlias(existing, entry.canonical);
            return true;
        }
        add(entry);
        return true;
    }

    void addOnet(const std::string& kind, const std::string& example)
    {
        std::string name = example;
        // Parenthesised remarks ("(GPS)", "(e.g. ...)") never appear like that in an ad.
        for (auto open = name.find('('); open != std::string::npos; open = name.find('(')) {
            const auto close = name.find(')', open);
            name.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
        }
        if (name.find_first_of(",|;:\"") != std::string::npos)
            return;
        std::vector<std::string> w = words(name);
        if (w.empty())
            return;
        std::vector<std::vector<std::string>> forms{w};
        int canonicalForm = 0;
        // "Computer aided design CAD software": the acronym spelled out by the words just before it.
        for (size_t i = 1; i < w.size(); ++i) {
            if (!isAcronym(w[i]))
                continue;
            std::string initials;
            size_t from = i;
            while (from > 0 && initials.size() < w[i].size()) {
                --from;
                std::string part;
                for (const std::string& piece : split(w[from], '-'))
                    part += piece.empty() ? "" : std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(piece[0]))));
                initials = part + initials;
            }
            if (initials != w[i])
                break;
            std::vector<std::string> shortForm(w.begin(), w.begin() + long(from));
            shortForm.insert(shortForm.end(), w.begin() + long(i), w.end());
            std::vector<std::string> longForm(w.begin(), w.begin() + long(i));
            longForm.insert(longForm.end(), w.begin() + long(i) + 1, w.end());
            forms.push_back(shortForm);
            forms.push_back(longForm);
            canonicalForm = 1;
            break;
        }
        // "Salesforce software", "SAP software": the brand alone is what ads write.
        if (kind == "T" && w.size() >= 2 && lower(w.back()) == "software") {
            std::vector<std::string> brand(w.begin(), w.end() - 1);
            // A brand has a capital inside ("HubSpot", "SAP", "IBM Notes") or a first word O*NET never
            // writes in lower case ("Salesforce"); "Database software" and "Mapping software" are no brands.
            const std::string joined = join(brand, 0, brand.size());
            const bool innerCapital = std::any_of(joined.begin() + 1, joined.end(),
                                                  [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
            if (innerCapital || !commonWord(lower(brand.front()))) {
                forms.push_back(brand);
                if (canonicalForm == 0)
                    canonicalForm = int(forms.size()) - 1;
            }
        }
        std::vector<std::string> keys;
        std::string canonical;
        for (size_t f = 0; f < forms.size(); ++f) {
            if (forms[f].empty() || forms[f].size() > size_t(kMaxWords))
                continue;
            std::string key = lower(join(forms[f], 0, forms[f].size()));
            std::string single = key;
            if (kind == "U") {
                std::vector<std::string> kw = words(key);
                kw.back() = singular(kw.back());
                single = join(kw, 0, kw.size());
            }
            for (std::string k : {single, key}) {
                if (k.find(' ') == std::string::npos && (blockedWords.count(k) || k.size() < 3))
                    continue;
                // A product named with a common word (Forth, Scheme, Zoom) counts only when capitalised.
                if (kind == "T" && k.find(' ') == std::string::npos && commonWord(k))
                    k = "^" + k;
                if (std::find(keys.begin(), keys.end(), k) == keys.end())
                    keys.push_back(k);
                if (int(f) == canonicalForm && canonical.empty())
                    canonical = k;
            }
        }
        if (keys.empty())
            return;
        if (canonical.empty())
            canonical = keys.front();
        const int existing = claimedBy(keys);
        if (existing >= 0) {
            for (const std::string& k : keys)
                addAlias(existing, k);
            return;
        }
        Entry entry{canonical, "hard", {}};
        for (const std::string& k : keys) {
            if (k != canonical)
                entry.aliases.push_back(k);
        }
        add(entry);
    }

    void write(std::ostream& out) const
    {
        for (const Entry& e : m_entries) {
            out << e.canonical << " | " << e.category << " |";
            for (size_t i = 0; i < e.aliases.size(); ++i)
                out << (i == 0 ? " " : ", ") << e.aliases[i];
            out << '\n';
        }
    }

    size_t size() const { return m_entries.size(); }

private:
    int claimedBy(const std::vector<std::string>& keys) const
    {
        for (const std::string& written : keys) {
            if (const auto it = m_byKey.find(keyOf(written)); it != m_byKey.end())
                return it->second;
        }
        return -1;
    }

    void addAlias(int index, const std::string& alias)
    {
        const std::string key = keyOf(alias);
        if (key.empty() || m_byKey.count(key))
            return;
        m_byKey.emplace(key, index);
        m_entries[size_t(index)].aliases.push_back(alias);
    }

    void add(const Entry& entry)
    {
        const int index = int(m_entries.size());
        m_entries.push_back(Entry{entry.canonical, entry.category, {}});
        m_byKey.emplace(keyOf(entry.canonical), index);
        for (const std::string& alias : entry.aliases)
            addAlias(index, alias);
    }

    std::vector<Entry> m_entries;
    std::map<std::string, int> m_byKey;
};

bool readLines(const char* path, std::vector<std::string>& lines)
{
    std::ifstream in(path);
    if (!in) {
        std::cerr << "reduce_taxonomy: cannot read " << path << '\n';
        return false;
    }
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 7) {
        std::cerr << "usage: reduce_taxonomy OUT.txt OUT_TABLES.cpp SKILLS.txt TRADES.txt ONET-EXTRACT.tsv STOP_WORDS.txt\n";
        return 2;
    }
    std::vector<std::string> skills, trades, onet, stopWords;
    if (!readLines(argv[3], skills) || !readLines(argv[4], trades) || !readLines(argv[5], onet)
        || !readLines(argv[6], stopWords))
        return 1;
    Taxonomy taxonomy;
    for (const std::string& line : stopWords) {
        if (!line.empty() && line[0] != '#')
            for (const std::string& w : words(line))
                taxonomy.blockedWords.insert(lower(w));
    }
    int bad = 0;
    for (const std::vector<std::string>* list : {&skills, &trades}) {
        for (const std::string& raw : *list) {
            const std::string line = trim(raw);
            if (line.empty() || line[0] == '#')
                continue;
            if (line[0] == '-') {
                for (const std::string& w : split(line.substr(1), ','))
                    taxonomy.blockedWords.insert(keyOf(w));
                continue;
            }
            if (!taxonomy.addListLine(line)) {
                std::cerr << "reduce_taxonomy: line does not parse: " << line << '\n';
                ++bad;
            }
        }
    }
    const size_t handWritten = taxonomy.size();
    for (size_t i = 1; i < onet.size(); ++i) {
        const std::vector<std::string> f = split(onet[i], '\t');
        if (f.size() == 4)
            taxonomy.learnWords(f[1]);
    }
    for (size_t i = 1; i < onet.size(); ++i) { // line 0 is the header
        const std::vector<std::string> f = split(onet[i], '\t');
        if (f.size() != 4 || (f[0] != "T" && f[0] != "U"))
            continue;
        const int occupations = int(split(f[3], ',').size());
        if (occupations < 2 && f[2] != "Y")
            continue;
        if (f[0] == "U" && occupations > kMaxToolOccupations)
            continue;
        taxonomy.addOnet(f[0], f[1]);
    }
    std::ostringstream text;
    text << "# Generated at build time by tools/taxonomy/reduce_taxonomy.cpp; do not edit. Sources: Jobdeck's\n"
           "# resources/matching/skills.txt and resources/taxonomy/trades.txt, then O*NET 29.2 Technology Skills and\n"
           "# Tools Used (resources/taxonomy/onet-extract.tsv), CC BY 4.0, see resources/taxonomy/SOURCE.md.\n"
        << "# " << handWritten << " hand-written skills, " << (taxonomy.size() - handWritten) << " from O*NET.\n";
    taxonomy.write(text);
    if (bad != 0)
        return 1;
    std::ofstream out(argv[1]);
    out << text.str();
    if (!out.flush()) {
        std::cerr << "reduce_taxonomy: cannot write " << argv[1] << '\n';
        return 1;
    }
    std::ostringstream tables;
    std::string error;
    if (!writeTaxonomyTables(text.str(), tables, error)) {
        std::cerr << "reduce_taxonomy: no tables for the taxonomy: " << error << '\n';
        return 1;
    }
    std::ofstream tablesOut(argv[2]);
    tablesOut << tables.str();
    if (!tablesOut.flush()) {
        std::cerr << "reduce_taxonomy: cannot write " << argv[2] << '\n';
        return 1;
    }
    return 0;
}
