// Benchmark corpora. The generated corpus fills sentence templates written for this benchmark with
// names drawn from the project's own gazetteers and generated name lists, interleaved with the sample
// sentences of examples/data and filler sentences of common words, so entity density, sentence
// length, the English/French mix and the relation triggers look like threat-intelligence news while
// the text stays fully reproducible from one seed (splitmix64, not <random>, whose distributions
// differ between standard libraries). Documents are generated one after another from one stream, so
// a smaller size is a prefix of a larger one.
#include "corpus.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace gazette_bench {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

std::string Corpus::Joined() const {
  std::string out;
  out.reserve(bytes + 2 * docs.size());
  for (const std::string& d : docs) {
    out += d;
    out += "\n\n";
  }
  return out;
}

Corpus Corpus::Prefix(std::size_t want) const {
  Corpus out;
  out.name = name;
  for (const std::string& d : docs) {
    if (out.bytes >= want) break;
    out.docs.push_back(d);
    out.bytes += d.size();
  }
  return out;
}

uint64_t Fingerprint(const Corpus& corpus) {
  uint64_t h = 0xcbf29ce484222325ull;
  auto mix = [&](unsigned char c) { h = (h ^ c) * 0x100000001b3ull; };
  for (const std::string& d : corpus.docs) {
    for (char c : d) mix(static_cast<unsigned char>(c));
    for (int i = 0; i < 8; ++i) mix(static_cast<unsigned char>(d.size() >> (8 * i)));
  }
  return h;
}

namespace {

// Syllables for generated names: pronounceable, rarely real words.
constexpr const char* kOnsets[] = {"b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "z", "dr", "kr", "tr", "br", "st", "th", "gr", "v", "h"};
constexpr const char* kVowels[] = {"a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "y"};
constexpr const char* kCodas[] = {"", "", "", "n", "r", "l", "s", "sk", "v", "th", "m", "x"};
constexpr const char* kOrgSuffixes[] = {"Labs", "Systems", "Holdings", "Institute", "Foundation", "Networks", "Dynamics",
                                        "Security", "Analytics", "Partners", "Consulting", "Telecom", "Energy", "Bank",
                                        "University", "Association", "Industries", "Media", "Group SA", "Technologies"};

template <std::size_t N>
const char* Pick(Rng& rng, const char* const (&list)[N]) {
  return list[rng.Below(N)];
}

std::string Syllables(Rng& rng, int count) {
  std::string s;
  for (int i = 0; i < count; ++i) {
    s += Pick(rng, kOnsets);
    s += Pick(rng, kVowels);
    if (i + 1 == count || rng.Percent(30)) s += Pick(rng, kCodas);
  }
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string AsciiLower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

const std::string& PickOf(Rng& rng, const std::vector<std::string>& v) { return v[rng.Below(v.size())]; }

constexpr const char* kDaysEn[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
constexpr const char* kMonthsEn[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"};
constexpr const char* kDaysFr[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi"};
constexpr const char* kMonthsFr[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                     "septembre", "octobre", "novembre", "décembre"};

// Fallback agency names (used only when no bundled gazetteer has AGENCY entries).
constexpr const char* kAgenciesEn[] = {"National Cyber Security Centre", "Ministry of Defence", "Federal Bureau of Investigation",
                                       "Cybersecurity and Infrastructure Security Agency", "Ministry of Foreign Affairs",
                                       "National Security Agency", "Department of Justice"};
constexpr const char* kAgenciesFr[] = {"Agence nationale de la sécurité des systèmes d'information", "ministère des Armées",
                                       "Centre pour la cybersécurité Belgique", "ministère de l'Intérieur",
                                       "Direction générale de la sécurité intérieure"};

// Templates. Slots: {G} group, {C} country, {D} capitalized demonym, {d} lower-case demonym, {L} location,
// {P} person, {O} organization, {A} agency, {DAY} {MONTH} {YEAR} {N} {IP} {HASH} {CVE} {DOMAIN}.
constexpr const char* kTemplatesEn[] = {
    "{D} authorities said on {DAY} that the state-sponsored hacking group {G} had targeted {C}.",
    "{G}, a group linked to {C}, targeted government networks in {L} earlier this year.",
    "The {A} warned {O} about the intrusions in {MONTH}.",
    "Senator {P}, a member of the {O}, said {C} should sanction the group.",
    "Security researchers attributed the campaign to {G}, which is believed to be operating from {C}.",
    "{C} summoned the {D} ambassador over the attacks on {O}.",
    "{P}, director of the {A}, said the group used spear-phishing emails against ministries in {L}.",
    "According to {O}, {G} has been active since at least {YEAR} and focuses on {D} telecommunications firms.",
    "In {MONTH} {YEAR}, {G} compromised servers belonging to {O} in {L}, {C}.",
    "{C} and {C} accused {C} of sponsoring {G}, a charge the embassy denied.",
    "{P} told reporters in {L} that the attacks had not been attributed to any state.",
    "The {D} government-backed group {G} targeted {O} and at least {N} other organisations.",
    "{G} exploited {CVE} in software used by {O}, the {A} said in an advisory published on {DAY}.",
    "The malware contacted {IP} and downloaded a second-stage payload with SHA-256 hash {HASH}.",
    "Investigators linked the domain {DOMAIN} to {G} after it was registered with an address in {L}.",
    "{O} said it had notified {N} customers, including agencies in {C} and {C}.",
    "{P} and {P} were charged by prosecutors in {L} for working on behalf of {C}'s intelligence services.",
    "{C} sanctioned {P}, a {D} national, for his role in the operations of {G}.",
    "The {A} and the {A} published a joint advisory on {G} on {DAY}.",
    "Officials in {L} said the {O} was among the victims of the campaign.",
    "{G} is tied to {C}, according to a report by {O} released in {MONTH}.",
    "Minister {P} said {C} would not tolerate attacks on its critical infrastructure.",
    "The group, also tracked as {G}, has previously targeted {D} defence contractors and think tanks in {L}.",
    "{O} researchers observed {G} using a new backdoor against targets in {C}, {C} and {C}.",
    "A spokesperson for the {D} embassy in {L} rejected the accusations as groundless.",
};
constexpr const char* kTemplatesFr[] = {
    "Le groupe de pirates lié à la {C} {G} a visé plusieurs ministères {d}, selon {A}.",
    "Le gouvernement {d} a convoqué l'ambassadeur de {C} à {L}.",
    "Selon {O}, le groupe {G} est soutenu par {C} depuis {YEAR}.",
    "{P}, directeur de l'{A}, a déclaré que {G} visait des entreprises à {L}.",
    "Les autorités de {C} ont attribué l'attaque à {G} le {DAY} {N} {MONTH}.",
    "En {MONTH} {YEAR}, {G} a compromis des serveurs de {O} en {C}.",
    "{C} a sanctionné {P} pour son rôle dans les cyberattaques menées par {G}.",
    "L'{A} a averti {O} d'une campagne d'hameçonnage menée par {G}.",
    "Le sénateur {P}, membre de {O}, a demandé des sanctions contre {C}.",
    "Les chercheurs de {O} ont observé {G} utilisant une nouvelle porte dérobée contre des cibles en {C}.",
    "Le logiciel malveillant contactait {IP} et téléchargeait une charge utile ({HASH}).",
    "La députée {P} a indiqué que les courriels piégés visaient des élus à {L}.",
    "{G} a exploité la vulnérabilité {CVE} pour accéder aux réseaux de {O}, selon l'{A}.",
    "Le ministère des Affaires étrangères de {C} a dénoncé une opération attribuée au groupe {G}.",
    "{P} et {P} ont été inculpés à {L} pour avoir agi pour le compte de {C}.",
};
constexpr const char* kHeadlinesEn[] = {"{G} targeted {C}, officials say", "{C} accuses {G} of cyberattacks on {O}",
                                        "{D} hackers breached {O}", "{A} warns of {G} campaign against {L}",
                                        "{C} sanctions {D} officials over {G} attacks"};
constexpr const char* kHeadlinesFr[] = {"{G} a visé {C}, selon les autorités", "{C} accuse {G} de cyberattaques contre {O}",
                                        "Des pirates {d} ont infiltré {O}", "L'{A} alerte sur une campagne de {G}"};

class DocWriter {
 public:
  DocWriter(const GeneratorInputs& in, const GeneratedNames& names, Rng& rng) : in_(in), names_(names), rng_(rng) {
    auto get = [&](const char* type) -> const std::vector<std::string>* {
      auto it = in.names_by_type.find(type);
      return it == in.names_by_type.end() || it->second.empty() ? nullptr : &it->second;
    };
    groups_ = get("GROUP");
    countries_ = get("COUNTRY");
    locations_ = get("LOCATION");
    agencies_ = get("AGENCY");
    bundled_orgs_ = get("ORGANIZATION");
    bundled_persons_ = get("PERSON");
  }

  std::string Document(bool french) {
    std::string doc = Fill(french ? Pick(rng_, kHeadlinesFr) : Pick(rng_, kHeadlinesEn), french);
    doc += "\n\n";
    const std::size_t target = 2000 + rng_.Below(4000);
    while (doc.size() < target) {
      std::size_t sentences = 2 + rng_.Below(5);
      for (std::size_t s = 0; s < sentences; ++s) {
        if (s > 0) doc += ' ';
        doc += Sentence(french);
      }
      doc += "\n\n";
    }
    doc.pop_back();
    return doc;
  }

 private:
  std::string Sentence(bool french) {
    unsigned r = static_cast<unsigned>(rng_.Below(100));
    const std::vector<std::string>& samples = french ? in_.sample_fr : in_.sample_en;
    if (r < 50) return Fill(french ? Pick(rng_, kTemplatesFr) : Pick(rng_, kTemplatesEn), french);
    if (r < 58 && !samples.empty()) return PickOf(rng_, samples);
    return Filler(french);
  }

  // 6-24 common words, a comma now and then, the first capitalized.
  std::string Filler(bool french) {
    std::size_t n = 6 + rng_.Below(19);
    std::string s;
    for (std::size_t i = 0; i < n; ++i) {
      if (i > 0) s += (rng_.Percent(8) && i + 1 < n) ? ", " : " ";
      if (rng_.Percent(4)) {
        s += std::to_string(1 + rng_.Below(500));
        continue;
      }
      s += PickOf(rng_, in_.common_words);
    }
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    s += rng_.Percent(5) ? (french ? " ?" : "?") : ".";
    return s;
  }

  std::string Hex(std::size_t digits) {
    static const char kHex[] = "0123456789abcdef";
    std::string s;
    for (std::size_t i = 0; i < digits; ++i) s += kHex[rng_.Below(16)];
    return s;
  }

  std::string Slot(const std::string& slot, bool french) {
    if (slot == "G") return groups_ ? PickOf(rng_, *groups_) : "APT28";
    if (slot == "C") return countries_ ? PickOf(rng_, *countries_) : "France";
    if (slot == "L") return locations_ ? PickOf(rng_, *locations_) : "Paris";
    if (slot == "D") return in_.demonyms_upper.empty() ? "French" : PickOf(rng_, in_.demonyms_upper);
    if (slot == "d") return in_.demonyms_lower.empty() ? "français" : PickOf(rng_, in_.demonyms_lower);
    if (slot == "P") {
      if (bundled_persons_ && rng_.Percent(20)) return PickOf(rng_, *bundled_persons_);
      return PickOf(rng_, names_.persons);
    }
    if (slot == "O") {
      if (bundled_orgs_ && rng_.Percent(30)) return PickOf(rng_, *bundled_orgs_);
      return PickOf(rng_, names_.organizations);
    }
    if (slot == "A") {
      if (agencies_) return PickOf(rng_, *agencies_);
      return french ? Pick(rng_, kAgenciesFr) : Pick(rng_, kAgenciesEn);
    }
    if (slot == "DAY") return french ? Pick(rng_, kDaysFr) : Pick(rng_, kDaysEn);
    if (slot == "MONTH") return french ? Pick(rng_, kMonthsFr) : Pick(rng_, kMonthsEn);
    if (slot == "YEAR") return std::to_string(2010 + rng_.Below(16));
    if (slot == "N") return std::to_string(2 + rng_.Below(40));
    if (slot == "IP") {
      return std::to_string(1 + rng_.Below(223)) + "." + std::to_string(rng_.Below(256)) + "." +
             std::to_string(rng_.Below(256)) + "." + std::to_string(1 + rng_.Below(254));
    }
    if (slot == "HASH") return Hex(64);
    if (slot == "CVE") return "CVE-" + std::to_string(2015 + rng_.Below(11)) + "-" + std::to_string(1000 + rng_.Below(40000));
    if (slot == "DOMAIN") return AsciiLower(Syllables(rng_, 3)) + (rng_.Percent(50) ? ".com" : ".net");
    return "{" + slot + "}";
  }

  std::string Fill(const char* tmpl, bool french) {
    std::string out;
    for (const char* p = tmpl; *p;) {
      if (*p == '{') {
        const char* close = p + 1;
        while (*close && *close != '}') ++close;
        out += Slot(std::string(p + 1, close), french);
        p = *close ? close + 1 : close;
      } else {
        out += *p++;
      }
    }
    return out;
  }

  const GeneratorInputs& in_;
  const GeneratedNames& names_;
  Rng& rng_;
  const std::vector<std::string>* groups_ = nullptr;
  const std::vector<std::string>* countries_ = nullptr;
  const std::vector<std::string>* locations_ = nullptr;
  const std::vector<std::string>* agencies_ = nullptr;
  const std::vector<std::string>* bundled_orgs_ = nullptr;
  const std::vector<std::string>* bundled_persons_ = nullptr;
};

}  // namespace

GeneratedNames GenerateNames(std::size_t persons, std::size_t organizations, uint64_t seed,
                             const std::unordered_set<std::string>& taken_lower) {
  Rng rng(seed);
  GeneratedNames out;
  std::unordered_set<std::string> seen;
  seen.reserve(persons + organizations);
  auto fresh = [&](const std::string& name) {
    std::string lower = AsciiLower(name);
    return !taken_lower.count(lower) && seen.insert(lower).second;
  };
  while (out.persons.size() < persons) {
    std::string name = Syllables(rng, 1 + static_cast<int>(rng.Below(2))) + " " + Syllables(rng, 2 + static_cast<int>(rng.Below(2)));
    if (fresh(name)) out.persons.push_back(std::move(name));
  }
  while (out.organizations.size() < organizations) {
    std::string name = Syllables(rng, 2 + static_cast<int>(rng.Below(2)));
    if (rng.Percent(40)) name += " " + Syllables(rng, 2);
    name += " ";
    name += Pick(rng, kOrgSuffixes);
    if (fresh(name)) out.organizations.push_back(std::move(name));
  }
  return out;
}

std::string NamesTsv(const GeneratedNames& names) {
  std::string out = "# Generated by gazette-bench (fixed seed); temporary.\nid\ttype\tcanonical\taliases\tattributes\n";
  for (std::size_t i = 0; i < names.persons.size(); ++i)
    out += "person:bench-" + std::to_string(i) + "\tPERSON\t" + names.persons[i] + "\t\t\n";
  for (std::size_t i = 0; i < names.organizations.size(); ++i)
    out += "org:bench-" + std::to_string(i) + "\tORGANIZATION\t" + names.organizations[i] + "\t\t\n";
  return out;
}

Corpus GenerateCorpus(const GeneratorInputs& in, const GeneratedNames& names, std::size_t target_bytes, uint64_t seed) {
  Corpus out;
  out.name = "generated";
  Rng rng(seed);
  DocWriter writer(in, names, rng);
  while (out.bytes < target_bytes) {
    bool french = rng.Percent(30);
    out.docs.push_back(writer.Document(french));
    out.bytes += out.docs.back().size();
  }
  return out;
}

Corpus LoadEvalCorpus(const std::string& eval_dir, std::size_t target_bytes) {
  namespace fs = std::filesystem;
  Corpus out;
  out.name = "eval texts";
  std::vector<std::string> texts;
  std::error_code ec;
  std::vector<fs::path> seeds;
  for (auto it = fs::directory_iterator(fs::path(eval_dir) / "seeds", ec); !ec && it != fs::directory_iterator();
       it.increment(ec))
    if (it->path().extension() == ".txt") seeds.push_back(it->path());
  std::sort(seeds.begin(), seeds.end());
  for (const fs::path& p : seeds) {
    std::string s;
    if (ReadFile(p.string(), &s) && !s.empty()) texts.push_back(std::move(s));
  }
  for (const char* name : {"annoctr/train.jsonl", "annoctr/dev.jsonl"}) {
    std::string content;
    if (!ReadFile((fs::path(eval_dir) / name).string(), &content)) continue;
    std::istringstream lines(content);
    std::string line;
    while (std::getline(lines, line)) {
      if (line.empty()) continue;
      nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (j.is_object() && j.contains("text") && j["text"].is_string()) texts.push_back(j["text"].get<std::string>());
    }
  }
  if (texts.empty()) return out;
  for (std::size_t i = 0; out.bytes < target_bytes; i = (i + 1) % texts.size()) {
    out.docs.push_back(texts[i]);
    out.bytes += texts[i].size();
  }
  return out;
}

}  // namespace gazette_bench
